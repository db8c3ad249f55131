/**
 * Breaks a title into centred lines (GB/T 9704 7.3.1): 回行时要做到词意完整，排列对称，
 * 长短适宜，间距恰当，标题排列应当使用梯形或菱形. At 2号 (22 pt) a line holds at most 20
 * characters (156 mm / 7.76 mm). Breaks go only after 、，》 or before 《 and 的通知, so words stay whole;
 * the chosen split has lines that never get shorter (梯形) or peak in the middle (菱形).
 */

export const TITLE_MAX_CHARS = 20;

function breakPoints(title: string): number[] {
  const chars = [...title];
  const points: number[] = [];
  chars.forEach((c, i) => {
    if ('、，》'.includes(c) && i + 1 < chars.length && !'，。、）》'.includes(chars[i + 1]!)) points.push(i + 1);
    if (c === '《' && i > 0) points.push(i);
  });
  const tail = title.lastIndexOf('的通知');
  if (tail > 0) points.push([...title.slice(0, tail)].length);
  return [...new Set(points)].sort((a, b) => a - b);
}

/** True for 梯形 (non-decreasing) or 菱形 (rises then falls, longest line not first or last). */
export function isTrapezoidOrDiamond(lengths: number[]): boolean {
  if (lengths.length <= 2) return lengths.length < 2 || lengths[0]! <= lengths[1]!;
  const peak = lengths.indexOf(Math.max(...lengths));
  const rising = lengths.slice(0, peak + 1).every((l, i, a) => i === 0 || a[i - 1]! <= l);
  const falling = lengths.slice(peak).every((l, i, a) => i === 0 || a[i - 1]! >= l);
  return rising && falling && (peak === lengths.length - 1 || peak > 0);
}

export function splitTitle(title: string, max = TITLE_MAX_CHARS): string[] {
  const chars = [...title];
  if (chars.length <= max) return [title];
  const points = breakPoints(title);
  let best: { lines: string[]; score: number } | null = null;
  // Try every combination of 1 or 2 break points (titles of 3 lines at most here).
  const candidates: number[][] = [...points.map((p) => [p]), ...points.flatMap((p, i) => points.slice(i + 1).map((q) => [p, q]))];
  for (const cut of candidates) {
    const bounds = [0, ...cut, chars.length];
    const lines = bounds.slice(1).map((end, k) => chars.slice(bounds[k], end).join(''));
    const lengths = lines.map((l) => [...l].length);
    if (lengths.some((l) => l > max) || !isTrapezoidOrDiamond(lengths)) continue;
    // Fewer lines first, then the most even lengths.
    const score = lines.length * 1000 + (Math.max(...lengths) - Math.min(...lengths));
    if (!best || score < best.score) best = { lines, score };
  }
  if (best) return best.lines;
  // No word boundary gives a good shape: cut into equal-ish pieces, shorter first (梯形).
  const n = Math.ceil(chars.length / max);
  const size = Math.floor(chars.length / n);
  const out: string[] = [];
  let at = 0;
  for (let k = 0; k < n; k++) {
    const len = size + (k >= n - (chars.length % n) ? 1 : 0);
    out.push(chars.slice(at, at + len).join(''));
    at += len;
  }
  return out;
}
