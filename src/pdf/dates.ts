/**
 * Dates as an official document prints them (GB/T 9704 7.3.5.4): Arabic digits, year in
 * full, no leading zeros — 2020-03-05 → 2020年3月5日.
 */

/** Formats an ISO date or month (`2020-03-05`, `2020-03`, `2020`); returns null for anything else. */
export function chineseDate(iso: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const [, y, mo, d] = m;
  return `${y}年` + (mo ? `${Number(mo)}月` : '') + (d ? `${Number(d)}日` : '');
}
