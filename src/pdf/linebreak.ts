/**
 * Our own line breaking on the 28-character grid (GB/T 9704 5.2.3).
 *
 * Chromium cannot compress or hang punctuation at a line end the way Word does; left to itself
 * about 11 % of full lines hold 27 characters (TOOLCHAIN.md). So every paragraph is broken here,
 * in cells (one cell = one Chinese character), and each line is laid out as a single nowrap line:
 *  - kinsoku (GB/T 15834 and clreq): no closing punctuation at a line start, no opening
 *    punctuation at a line end, digit/Latin runs and ——/…… never split;
 *  - when a closing mark would start a line, squeeze it in (挤进): the mark itself and, if needed,
 *    other punctuation of the line take half a cell (their ink sits in one half of the em box);
 *  - only when there is nothing to squeeze, push a character down (推出): the line keeps 27 cells
 *    and is justified across the full 28.
 */

/** A unit that never splits: one character, a digit/Latin run, or a doubled dash/ellipsis. */
export interface Unit {
  text: string;
  /** Offset of the unit in the paragraph text. */
  start: number;
  /** Width in cells (a Chinese character = 1). */
  cells: number;
  /** Set when the unit is squeezed to half a cell: which half of the em box is dropped. */
  squeeze?: 'right' | 'left';
}

export interface Line {
  units: Unit[];
  /** Cells used, after squeezing. */
  cells: number;
  /** Indent in cells (the paragraph's first line). */
  indent: number;
  /** Last line of the paragraph: left-aligned, not justified. */
  last: boolean;
}

const NO_START = new Set('，。、；：！？）》」』”’〕】〉…—%‰·,.;:!?)]}%');
const NO_END = new Set('（《「『“‘〔【〈([{');
/** Marks whose ink sits in the left half of the em box: their right half can be dropped. */
const SQUEEZE_RIGHT = new Set('，。、；：）》」』”’〕】〉');
/** Marks whose ink sits in the right half: their left half can be dropped. */
const SQUEEZE_LEFT = new Set('（《「『“‘〔【〈');

/**
 * Advances of ASCII U+0020…U+007E in FandolFang (1/1000 em), read from the font's hmtx: digits are
 * 500, but '+' is 778 and 'i' 283, so Latin runs are measured, not guessed.
 */
const FANG_ASCII = [333,278,500,833,500,833,781,278,389,389,500,778,278,333,278,500,500,500,500,500,500,500,500,500,500,500,278,278,778,778,778,472,778,739,703,722,758,675,647,782,739,350,508,767,619,906,739,778,675,778,731,556,722,739,739,1017,739,739,611,278,500,278,611,778,500,489,561,444,561,444,306,500,561,283,311,533,283,839,561,500,561,533,392,394,389,561,533,728,533,533,446,500,278,500,611];
/** One character's advance in cells: 16 pt glyph plus the grid letter-spacing (−0.28 px = −0.21 pt). */
const PT_PER_CELL = (156 / 28) * (72 / 25.4);
const asciiCells = (ch: string) => ((FANG_ASCII[ch.charCodeAt(0) - 0x20] ?? 500) * 0.016 - 0.21) / PT_PER_CELL;

export function tokenize(text: string): Unit[] {
  const units: Unit[] = [];
  const re = /[\x21-\x7e]+|——|……|[\s\S]/gu;
  for (const m of text.matchAll(re)) {
    const t = m[0];
    const cells = /^[\x21-\x7e]+$/.test(t) ? [...t].reduce((s, c) => s + asciiCells(c), 0) : [...t].length;
    units.push({ text: t, start: m.index, cells });
  }
  return units;
}

const first = (u: Unit | undefined) => (u ? [...u.text][0]! : '');
const lastChar = (u: Unit | undefined) => (u ? [...u.text].at(-1)! : '');
const noStart = (u: Unit | undefined) => u !== undefined && NO_START.has(first(u));
const noEnd = (u: Unit | undefined) => u !== undefined && NO_END.has(lastChar(u));
const squeezable = (u: Unit) => u.text.length === 1 && (SQUEEZE_RIGHT.has(u.text) || SQUEEZE_LEFT.has(u.text));

const EPS = 1e-6;

/** Breaks one paragraph into lines of at most `width` cells; the first line is indented by `indent`. */
export function breakParagraph(text: string, width = 28, indent = 2): Line[] {
  const units = tokenize(text);
  const lines: Line[] = [];
  let i = 0;
  while (i < units.length) {
    const lineIndent = lines.length === 0 ? indent : 0;
    const cap = width - lineIndent;
    let j = i;
    let used = 0;
    while (j < units.length && used + units[j]!.cells <= cap + EPS) used += units[j++]!.cells;
    if (j >= units.length) {
      lines.push(makeLine(units.slice(i), lineIndent, true));
      break;
    }
    if (j === i) j = i + 1; // a single unit wider than the line (a long Latin run): let it overflow
    else if (noStart(units[j])) {
      const squeezed = trySqueeze(units, i, j, cap);
      if (squeezed) {
        lines.push(makeLine(units.slice(i, squeezed), lineIndent, squeezed >= units.length));
        i = squeezed;
        continue;
      }
    }
    while (j > i + 1 && (noStart(units[j]) || noEnd(units[j - 1]))) j--;
    lines.push(makeLine(units.slice(i, j), lineIndent, false));
    i = j;
  }
  return lines;
}

/**
 * Pulls the closing marks at `j` (one or two in a row, e.g. `。”`) into the line units[i..j) by
 * squeezing punctuation, the latest first. Returns the end of the line, or null when impossible.
 */
function trySqueeze(units: Unit[], i: number, j: number, cap: number): number | null {
  let k = j;
  while (k < units.length && k - j < 2 && noStart(units[k])) k++;
  if (noStart(units[k])) return null; // three closing marks in a row: push instead
  const line = units.slice(i, k);
  let over = line.reduce((s, u) => s + u.cells, 0) - cap;
  const candidates = line.filter(squeezable).reverse();
  const chosen: Unit[] = [];
  for (const u of candidates) {
    if (over <= EPS) break;
    chosen.push(u);
    over -= u.cells / 2;
  }
  if (over > EPS) return null;
  for (const u of chosen) {
    u.squeeze = SQUEEZE_RIGHT.has(u.text) ? 'right' : 'left';
    u.cells /= 2;
  }
  return k;
}

function makeLine(units: Unit[], indent: number, last: boolean): Line {
  return { units, indent, last, cells: units.reduce((s, u) => s + u.cells, 0) };
}
