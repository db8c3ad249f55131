/**
 * Document model → the HTML page Chromium prints: templates/regulation.html filled with the
 * generated fonts and grid CSS, templates/gbt9704.css, and the body laid out on grid rows.
 * Every text line comes from linebreak.ts; everything printed is escaped (content is untrusted).
 *
 * The renderer loads the page without a document once per tab (the shell: fonts, grid, CSS) and
 * swaps each document's title and body into it, so fonts are loaded and parsed once per tab rather
 * than once per document.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FONT_DIR, fontCss, PAGE_NUMBER_FAMILY } from './fonts.ts';
import { CELL, grid, PAGE_NUMBER_DASH_FROM_TOP, PT_MM, type Grid, type GridModel } from './grid.ts';
import { breakParagraph, tokenize, type Line } from './linebreak.ts';
import { MISSING, type DocumentModel } from './regulation.ts';
import { splitTitle } from './title.ts';

export const TEMPLATE_DIR = resolve(import.meta.dirname, '../../templates');
export const TEMPLATE_FILES = ['regulation.html', 'gbt9704.css'] as const;
const templateFiles = () => ({
  html: readFileSync(resolve(TEMPLATE_DIR, 'regulation.html'), 'utf8'),
  css: readFileSync(resolve(TEMPLATE_DIR, 'gbt9704.css'), 'utf8'),
});

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const cellsOf = (s: string) => tokenize(s).reduce((n, u) => n + u.cells, 0);

/** The grid variables, @page margins and page-number margin boxes of one grid model. */
export function gridCss(g: Grid): string {
  const m = g.margin;
  // Page number (7.5): 4号 (14 pt) 宋体 `— n —`; its line box (14 pt high) is centred on the dash at
  // 269 mm; 居右空一字 on odd pages, 居左空一字 on even pages (one 4号 character, 14 pt).
  const pageBoxTop = 297 - m.bottom;
  const pad = PAGE_NUMBER_DASH_FROM_TOP - 7 * PT_MM - pageBoxTop;
  const box = (side: 'left' | 'right') =>
    `@bottom-${side}{content:"— " counter(page) " —";font:14pt/14pt "${PAGE_NUMBER_FAMILY}";letter-spacing:0;` +
    `vertical-align:top;padding-top:${pad.toFixed(3)}mm;margin-${side}:14pt}`;
  return [
    `:root{--C:${CELL}mm;--G:${g.pitch}mm;--half:${g.half}mm;--ls:-0.28px;--page-top:${g.margin.top}mm}`,
    `@page{size:210mm 297mm;margin:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm}`,
    `@page :right{${box('right')}}`,
    `@page :left{${box('left')}}`,
  ].join('\n');
}

/**
 * Chromium does not justify a nowrap line, so a full line short of 28 cells (a pushed character,
 * an odd number of half-width digits) gets the missing width spread over its gaps as extra
 * letter-spacing, carried by --ls so squeezed marks inside keep their own reduction.
 */
function justify(line: Line): string {
  const gaps = line.units.reduce((n, u) => n + [...u.text].length, 0) - 1;
  const short = 28 - line.indent - line.cells;
  if (line.last || short < 1e-6 || gaps < 1) return '';
  return ` style="--ls:calc(-0.28px + ${((short * CELL) / gaps).toFixed(4)}mm)"`;
}

function lineHtml(line: Line, labelLength = 0): string {
  const cls = ['ln', line.indent ? 'i2' : ''].filter(Boolean).join(' ');
  let out = '';
  for (const u of line.units) {
    let t = esc(u.text);
    if (u.squeeze) t = `<span class="sq-${u.squeeze === 'right' ? 'r' : 'l'}">${t}</span>`;
    if (u.start < labelLength) t = `<span class="label">${t}</span>`;
    out += t;
  }
  return `<div class="${cls}"${justify(line)}>${out}</div>`;
}

const paragraph = (text: string, indent = 2, labelLength = 0) =>
  breakParagraph(text, 28, indent).map((l) => lineHtml(l, labelLength)).join('\n');
const blankRow = '<div class="row"></div>';

/** 7.3.5.2 (unsealed): 署名 右空二字; the date on the next line starts two cells right of the 署名. */
function signatureRows(signature: string, date: string): string {
  const sig = cellsOf(signature);
  const dt = cellsOf(date);
  let sigStart = 28 - 2 - sig;
  let dateStart = sigStart + 2;
  if (dateStart + dt > 26) {
    dateStart = 26 - dt; // a long date: the date 右空二字 and the 署名 moves left
    sigStart = dateStart - 2;
  }
  const at = (cells: number, s: string) => `<div class="row" style="padding-left:calc(${cells} * var(--C))">${esc(s)}</div>`;
  return at(sigStart, signature) + '\n' + at(dateStart, date);
}

function noticeHtml(d: DocumentModel): string {
  const n = d.notice;
  const mark = n.mark ?? `${MISSING}文件`;
  // Horizontal scale so the 标志 fits the 156 mm 版心 (42 pt characters, 7.2.4 leaves the size free).
  const scale = Math.min(1, 156 / (cellsOf(mark) * 42 * PT_MM));
  const parts = [
    `<div class="head"><div class="mark"><span style="transform:scaleX(${scale.toFixed(4)})">${esc(mark)}</span></div></div>`,
    `<div class="row docno">${esc(n.docNumber ?? MISSING)}<div class="red-rule"></div></div>`,
    blankRow,
    blankRow,
    `<div class="title">${splitTitle(n.title).map((l) => `<div class="row">${esc(l)}</div>`).join('')}</div>`,
    blankRow,
    paragraph(n.recipients, 0),
    paragraph(n.body),
    blankRow,
    signatureRows(n.signature ?? MISSING, n.date ?? MISSING),
    paragraph(n.note),
  ];
  return `<section class="notice">\n${parts.join('\n')}\n</section>`;
}

function regulationHtml(d: DocumentModel): string {
  const r = d.regulation;
  const title = `<div class="title">${splitTitle(r.title).map((l) => `<div class="row">${esc(l)}</div>`).join('')}</div>`;
  const body = r.paragraphs
    .map((p) => (p.label ? paragraph(`${p.label}　${p.text}`, 2, p.label.length) : paragraph(p.text)))
    .join('\n');
  return `<section class="regulation">\n${title}\n${blankRow}\n${body}\n${recordHtml(d)}\n</section>`;
}

/** 7.4 版记: (抄送) and 印发机关/印发日期 between three rules; moved to the page bottom after layout. */
function recordHtml(d: DocumentModel): string {
  const r = d.record;
  const rows: string[] = [];
  if (r.cc) {
    // Wrapped lines align after 抄送：(7.4.2); an organ's name is never split across lines.
    const [label, list] = [r.cc.slice(0, 3), r.cc.slice(3)];
    const organs = list.split(/(?<=[，。])/).map((o) => `<span class="organ">${esc(o)}</span>`).join('');
    rows.push(`<div class="cc"><div class="rule"></div><span>${esc(label)}</span><span class="list">${organs}</span></div>`);
  }
  rows.push(
    `<div class="row printer"><div class="rule${r.cc ? ' thin' : ''}"></div><span>${esc(r.printer ?? MISSING)}</span>` +
      `<span>${esc(r.printed ?? MISSING)}印发</span><div class="rule" style="top:100%"></div></div>`,
  );
  return `<div class="record-spacer"></div>\n<div class="record">\n${rows.join('\n')}\n</div>`;
}

function draftHtml(d: DocumentModel): string {
  const items = d.completeness.missing.map((m, i) => `${i + 1}．${m}`);
  return [
    '<div class="draft-mark">草稿</div>',
    '<div class="missing">',
    paragraph('草稿：本方案缺少正式印发所需的下列内容，不得作为正式文件印发。', 0),
    ...items.map((m) => paragraph(m, 2)),
    '</div>',
  ].join('\n');
}

export interface HtmlOptions {
  model?: GridModel;
  fontDir?: string;
}

/** What one document puts into the shell: the body's class and content, and the title (plain text, for the PDF's metadata). */
export interface DocumentPage {
  /** The template with fonts, grid and CSS and an empty body: one per grid model and font folder. */
  shell: string;
  title: string;
  kind: 'draft' | 'final';
  body: string;
}

/** The template filled with fonts, grid and CSS, and with one document or none (the shell). */
function pageHtml(opts: HtmlOptions, doc?: Omit<DocumentPage, 'shell'>): string {
  const { html, css } = templateFiles();
  const values: Record<string, string> = {
    title: esc(doc?.title ?? ''),
    fonts: fontCss(opts.fontDir),
    grid: gridCss(grid(opts.model)),
    css,
    kind: doc?.kind ?? '',
    body: doc?.body ?? '',
  };
  return html.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');
}

const shells = new Map<string, string>();

/** The shell of a grid model and font folder, built once per process. */
function pageShell(opts: HtmlOptions = {}): string {
  const id = `${opts.model ?? 'B'}\0${opts.fontDir ?? FONT_DIR}`;
  if (!shells.has(id)) shells.set(id, pageHtml(opts));
  return shells.get(id)!;
}

export function documentPage(d: DocumentModel, opts: HtmlOptions = {}): DocumentPage {
  const draft = !d.completeness.final;
  return {
    shell: pageShell(opts),
    title: d.regulation.title,
    kind: draft ? 'draft' : 'final',
    body: (draft ? draftHtml(d) + '\n' : '') + noticeHtml(d) + '\n' + regulationHtml(d),
  };
}

/** The whole page of one document, as a file a person (or a markup check) can open. */
export function documentHtml(d: DocumentModel, opts: HtmlOptions = {}): string {
  return pageHtml(opts, documentPage(d, opts));
}

/** Lift of the 版记 above the bottom of the 22nd line box so its last rule sits on the 版心 bottom (262 mm). */
export const recordLift = (g: Grid) => g.margin.top + 22 * g.pitch - 262;

