import { now } from "@/lib/clock";
import { formatLongDateTime, formatShortDate, formatTime, formatWireStamp, toIsoWithOffset } from "@/lib/dates";

const formats = {
  long: formatLongDateTime,
  short: formatShortDate,
  time: formatTime,
  /** Today's time, or the day for older items: « En continu ». */
  stamp: (date: Date) => formatWireStamp(date, now()),
} as const;

/** A date in the house style, with its exact instant for machines. */
export function DateTime({ date, style = "short" }: { date: Date; style?: keyof typeof formats }) {
  return <time dateTime={toIsoWithOffset(date)}>{formats[style](date)}</time>;
}
