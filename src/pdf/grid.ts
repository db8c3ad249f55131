/**
 * The GB/T 9704-2012 grid in millimetres, for both readings of the standard (GBT9704.md §1.3).
 *  - Model B (default), the 7/8 definition: 行 = one character + 7/8 of a 3号 character, with the
 *    character cell C = 156/28 mm; the first character box top is exactly at 37 mm and the 22nd
 *    box bottom at 262 mm (the 版心 edges).
 *  - Model A, the Word grid: 225/22 mm pitch (28.98 pt, the largest pitch for which Chromium
 *    still puts 22 lines in the type area), type area box = 37…262 mm.
 * The template and the inspector both read these numbers, so they cannot disagree.
 */

export type GridModel = 'B' | 'A';

export const PT_MM = 25.4 / 72;
/** 三号 (16 pt) in mm: the em box of body text. */
export const SIZE_3 = 16 * PT_MM;
/** 版心 edges from the paper's top-left corner (5.2.1). */
export const TYPE_AREA = { top: 37, left: 28, width: 156, height: 225, right: 184, bottom: 262 } as const;
/** One character cell: 156 mm / 28 characters. */
export const CELL = TYPE_AREA.width / 28;
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

export interface Grid {
  model: GridModel;
  /** Line pitch (mm). */
  pitch: number;
  /** Half-leading: space above the em box inside a line box (mm). */
  half: number;
  /** @page margins (mm). */
  margin: { top: number; right: number; bottom: number; left: number };
  /** Distance of the first em-box top from the paper top (mm): 37 in Model B. */
  firstEmTop: number;
}

export function grid(model: GridModel = 'B'): Grid {
  if (model === 'A') {
    const pitch = 28.98 * PT_MM; // 225/22 mm rounded down to a pitch Chromium keeps at 22 lines
    const half = (pitch - SIZE_3) / 2;
    return { model, pitch, half, margin: { top: 37, right: 26, bottom: 35, left: 28 }, firstEmTop: 37 + half };
  }
  const pitch = (CELL * 15) / 8;
  const half = (pitch - SIZE_3) / 2;
  // Bottom margin rounded down so 22 line boxes (22 × pitch = 229.82 mm) fit in the page area.
  return { model, pitch, half, margin: { top: 37 - half, right: 26, bottom: 32.5, left: 28 }, firstEmTop: 37 };
}

/** Page number (7.5): the 一字线 is 7 mm below the 版心, i.e. 269 mm from the paper top. */
export const PAGE_NUMBER_DASH_FROM_TOP = TYPE_AREA.bottom + 7;
