import { formatLongDateTime, formatShortDate, formatTime, toIsoWithOffset } from "@/lib/dates";

const formats = {
  long: formatLongDateTime,
  short: formatShortDate,
  time: formatTime,
} as const;

/** A date in the house style, with its exact instant for machines. */
export function DateTime({ date, style = "short" }: { date: Date; style?: keyof typeof formats }) {
  return <time dateTime={toIsoWithOffset(date)}>{formats[style](date)}</time>;
}
