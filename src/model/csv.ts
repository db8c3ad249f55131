/**
 * CSV as Excel on a Chinese Windows desktop reads it: UTF-8 with a byte-order mark (without it Excel guesses
 * GBK and shows mojibake), CRLF line ends and RFC 4180 quoting.
 */
export const BOM = '\uFEFF';

/**
 * One field. Content is untrusted: a text that begins like a formula (=, +, @, or - followed by a letter)
 * would be run by a spreadsheet, so it is prefixed with an apostrophe (OWASP "CSV injection"). Dates
 * such as --10-28 and negative numbers stay as they are.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^(?:[=+@\t\r]|-[^-\d])/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** A column: its stable header (never renamed: downstream scripts address columns by it) and its value. */
export interface CsvColumn<T> {
  key: string;
  /** Chinese meaning, documented on /data/. */
  label: string;
  value: (row: T) => string | number | null | undefined;
}

export function csvHeader<T>(columns: readonly CsvColumn<T>[]): string {
  return BOM + csvLine(columns.map((c) => c.key));
}

export function csvRow<T>(columns: readonly CsvColumn<T>[], row: T): string {
  return csvLine(columns.map((c) => c.value(row)));
}
