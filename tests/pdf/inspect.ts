/**
 * A PDF inspector for the GB/T 9704 checks of GBT9704.md §5: pdf.js for text, sizes and
 * baselines; poppler (pdffonts, pdftoppm) for fonts and for rules measured on a raster.
 * All lengths are returned in mm from the paper's top-left corner.
 */
import { execFileSync } from 'node:child_process';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const PT = 25.4 / 72;

export interface TextItem {
  str: string;
  /** Left edge and right edge (mm from the left). */
  x: number;
  right: number;
  /** Baseline (mm from the top). */
  baseline: number;
  /** Font size (pt): |(c, d)| of the text matrix, so horizontal scaling does not change it. */
  size: number;
}

export interface PageInfo {
  number: number;
  widthMm: number;
  heightMm: number;
  items: TextItem[];
}

export interface TextLine {
  baseline: number;
  size: number;
  text: string;
  left: number;
  right: number;
}

export async function readPages(bytes: Uint8Array): Promise<PageInfo[]> {
  const task = getDocument({ data: bytes.slice(), disableFontFace: true, verbosity: 0 });
  const doc = await task.promise;
  const pages: PageInfo[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    for (const it of content.items) {
      // pdf.js reports the space glyph of a CID TrueType subset as U+0001 (poppler reads U+0020).
      if (!('str' in it)) continue;
      const str = it.str.replace(/\u0001/g, ' ');
      if (str.trim() === '') continue;
      const [, , c, d, e, f] = it.transform as number[];
      items.push({ str, x: e! * PT, right: (e! + it.width) * PT, baseline: (y1 - f!) * PT, size: Math.hypot(c!, d!) });
    }
    pages.push({ number: n, widthMm: (x1 - x0) * PT, heightMm: (y1 - y0) * PT, items });
  }
  await task.destroy();
  return pages;
}

/** Items grouped into lines by baseline (± 0.3 mm) and size class, left to right. */
export function lines(page: PageInfo, size?: number): TextLine[] {
  const items = page.items.filter((i) => size === undefined || Math.abs(i.size - size) < 0.5);
  const out: (TextLine & { parts: TextItem[] })[] = [];
  for (const it of [...items].sort((a, b) => a.baseline - b.baseline || a.x - b.x)) {
    const line = out.find((l) => Math.abs(l.baseline - it.baseline) < 0.3 && Math.abs(l.size - it.size) < 0.5);
    if (line) line.parts.push(it);
    else out.push({ baseline: it.baseline, size: it.size, text: '', left: 0, right: 0, parts: [it] });
  }
  return out.map(({ parts, ...l }) => {
    parts.sort((a, b) => a.x - b.x);
    return { ...l, text: parts.map((p) => p.str).join(''), left: parts[0]!.x, right: Math.max(...parts.map((p) => p.right)) };
  });
}

/** Width of a text in grid cells: Chinese characters and full-width marks 1, ASCII ½. */
export const cells = (s: string) => [...s.replace(/\s/g, '')].reduce((n, c) => n + (c.charCodeAt(0) < 0x7f ? 0.5 : 1), 0);

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
}

export function fonts(file: string): FontRow[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return out.map((row) => {
    const cols = row.trim().split(/\s+/);
    // name type… encoding emb sub uni object ID: read from the right, the type may contain spaces.
    const emb = cols.at(-5)!;
    return { name: cols[0]!, type: row.slice(37, 55).trim(), embedded: emb === 'yes' };
  });
}

export interface Raster {
  width: number;
  height: number;
  dpi: number;
  /** RGB at pixel (x, y). */
  rgb(x: number, y: number): [number, number, number];
}

/** One page rendered by pdftoppm to raw PPM (no PNG decoder needed). */
export function raster(file: string, page: number, dpi = 300): Raster {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), file], { maxBuffer: 1 << 28 });
  // P6\n<w> <h>\n255\n<data>
  let pos = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(ppm[pos]!))) pos++;
    let tok = '';
    while (!/\s/.test(String.fromCharCode(ppm[pos]!))) tok += String.fromCharCode(ppm[pos++]!);
    fields.push(tok);
  }
  pos++;
  const [, w, h] = fields.map(Number) as [number, number, number];
  const data = ppm.subarray(pos);
  return { width: w, height: h, dpi, rgb: (x, y) => [data[(y * w + x) * 3]!, data[(y * w + x) * 3 + 1]!, data[(y * w + x) * 3 + 2]!] };
}

export interface Rule {
  /** Centre (mm from the top), thickness, left and right ends (mm). */
  y: number;
  thickness: number;
  left: number;
  right: number;
}

/**
 * Horizontal rules: runs of pixel rows where at least 90 % of the 版心 width (28…184 mm) is ink
 * matching `isInk`. Text never fills 90 % of a row, so only rules are found.
 */
export function horizontalRules(r: Raster, isInk: (rgb: [number, number, number]) => boolean): Rule[] {
  const px = (mm: number) => Math.round((mm / 25.4) * r.dpi);
  const mm = (p: number) => (p / r.dpi) * 25.4;
  const x0 = px(28);
  const x1 = px(184);
  const rows: number[] = [];
  for (let y = 0; y < r.height; y++) {
    let ink = 0;
    for (let x = x0; x < x1; x++) if (isInk(r.rgb(x, y))) ink++;
    if (ink >= 0.9 * (x1 - x0)) rows.push(y);
  }
  const rules: Rule[] = [];
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i] === rows[i - 1]! + 1) continue;
    const first = rows[start]!;
    const last = rows[i - 1]!;
    const mid = Math.round((first + last) / 2);
    let left = 0;
    while (left < r.width && !isInk(r.rgb(left, mid))) left++;
    let right = r.width - 1;
    while (right > 0 && !isInk(r.rgb(right, mid))) right--;
    rules.push({ y: mm((first + last + 1) / 2), thickness: mm(last - first + 1), left: mm(left), right: mm(right + 1) });
    start = i;
  }
  return rules.filter((x) => x.thickness > 0);
}

export const isRed = ([r, g, b]: [number, number, number]) => r > 200 && g < 90 && b < 90;
export const isBlack = ([r, g, b]: [number, number, number]) => r < 100 && g < 100 && b < 100;

/** Text as poppler extracts it (what a reader's copy-paste or a search engine gets). */
export const popplerText = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

/** Whole text of a document, without whitespace or line breaks (for "is this phrase present"). */
export const flatText = (pages: PageInfo[]) =>
  pages
    .map((p) => lines(p).filter((l) => l.baseline < 265).map((l) => l.text).join('')) // without page numbers
    .join('')
    .replace(/\s/g, '');
