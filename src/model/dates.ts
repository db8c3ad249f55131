/** Dates as sources give them: `2020-11-30`, `2020-11`, `2020`, or `--10-28` (day known, year not). */
export interface PartialDate {
  year?: number;
  month?: number;
  day?: number;
}

export function parsePartialDate(s: string): PartialDate {
  const noYear = /^--(\d{2})-(\d{2})$/.exec(s);
  if (noYear) return { month: Number(noYear[1]), day: Number(noYear[2]) };
  const [y, m, d] = s.split('-').map(Number);
  return { year: y, month: m, day: d };
}

/**
 * Orders two dates when the sources allow it: both with a year, or both without (same unnamed year).
 * Returns undefined when they cannot be compared honestly.
 */
export function compareDates(a: string, b: string): number | undefined {
  const x = parsePartialDate(a);
  const y = parsePartialDate(b);
  if ((x.year === undefined) !== (y.year === undefined)) return undefined;
  if (x.year !== y.year) return (x.year ?? 0) - (y.year ?? 0);
  if (x.month === undefined || y.month === undefined) return 0;
  if (x.month !== y.month) return x.month - y.month;
  if (x.day === undefined || y.day === undefined) return 0;
  return x.day - y.day;
}

/** `2020年11月30日`, `2020年11月`, `10月28日` — Arabic digits, no leading zeros (GB/T 9704 7.3.5.4). */
export function formatChineseDate(s: string): string {
  const d = parsePartialDate(s);
  return `${d.year !== undefined ? `${d.year}年` : ''}${d.month !== undefined ? `${d.month}月` : ''}${d.day !== undefined ? `${d.day}日` : ''}`;
}
