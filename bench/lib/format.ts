/** Figures written the French way, for the report and the summary (explicit fr-FR, never the runtime's locale). */

const numberFormats = new Map<number, Intl.NumberFormat>();

/** "12 345", "12 345,6": `digits` decimals at most. */
export function formatNumber(value: number, digits = 0): string {
  let formatter = numberFormats.get(digits);
  if (!formatter) {
    formatter = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    numberFormats.set(digits, formatter);
  }
  return formatter.format(value);
}

/** Bytes as mebibytes: "312,4 Mio". */
export function formatMebibytes(bytes: number): string {
  return `${formatNumber(bytes / 1024 / 1024, 1)} Mio`;
}

/** Bytes as gibibytes: "23,5 Gio". */
export function formatGibibytes(bytes: number): string {
  return `${formatNumber(bytes / 1024 ** 3, 1)} Gio`;
}

/** A relative change, signed: "+4,2 %", "−3,0 %", "0,0 %". */
export function formatChange(change: number): string {
  const percent = Math.round(change * 1000) / 10;
  const sign = percent > 0 ? "+" : percent < 0 ? "−" : "";
  return `${sign}${formatNumber(Math.abs(percent), 1)} %`;
}

/** Milliseconds: "12 ms", "1 234 ms"; one decimal under 10 ms. */
export function formatMs(ms: number): string {
  return `${formatNumber(ms, ms < 10 ? 1 : 0)} ms`;
}

/** "1 erreur", "3 erreurs" (French: 0 and 1 take the singular). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)} ${count > 1 ? pluralForm : singular}`;
}

/** A Markdown table, figures right-aligned after the first column. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const rule = header.map((_, i) => (i === 0 ? "---" : "---:")).join("|");
  return [`| ${header.join(" | ")} |`, `|${rule}|`, ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");
}
