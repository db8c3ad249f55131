/**
 * Measures the generated PDFs against GB/T 9704-2012 (GBT9704.md §5, Model B grid): page size,
 * fonts, 16 pt body, 22 lines × 28 cells, 天头/订口, page numbers, 发文字号/成文日期, red rule,
 * 版记 rules, and that the data is all in the text. The final document is the 毕桥镇 fixture
 * (with an invented test issuer); the drafts come from the same plan without issuer / staffing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CELL, grid, SIZE_3, TYPE_AREA } from '../../src/pdf/grid.ts';
import type { RenderAllReport } from '../../src/pdf/index.ts';
import { biqiaoFinal } from './fixtures/index.ts';
import { cells, flatText, fonts, popplerText, horizontalRules, isBlack, isRed, lines, raster, readPages, type PageInfo } from './inspect.ts';
import { FIXTURES, pdfBytes, pdfFile, renderFixtures } from './render-fixtures.ts';

const G = grid('B');
const ASCENT = 0.88;
const FINAL = 'fixture/biqiao-final';

let report: RenderAllReport;
const pages: Record<string, PageInfo[]> = {};

beforeAll(async () => {
  report = await renderFixtures();
  for (const f of FIXTURES) pages[f.slug] = await readPages(pdfBytes(f.slug));
}, 120_000);

/** Body pages: every page of the regulation but its first (title) and last (版记) page. */
const fullPages = () => pages[FINAL]!.slice(2, -1);

describe('every generated PDF', () => {
  it('renders all fixtures without failure, final and drafts as expected', () => {
    expect(report.failures).toEqual([]);
    const bySlug = Object.fromEntries(report.results.map((r) => [r.slug, r]));
    expect(bySlug[FINAL]!.final).toBe(true);
    expect(bySlug['fixture/biqiao-no-issuer']!.final).toBe(false);
    expect(bySlug['fixture/biqiao-no-staffing']!.missing).toContain('行政编制总数（staffing.administrative）');
  });

  it.each(FIXTURES.map((f) => f.slug))('%s: A4, fonts embedded TrueType (no Type 3), text without Kangxi radicals', (slug) => {
    for (const p of pages[slug]!) {
      expect(Math.abs(p.widthMm - 210)).toBeLessThan(0.5);
      expect(Math.abs(p.heightMm - 297)).toBeLessThan(0.5);
    }
    const rows = fonts(pdfFile(slug));
    expect(rows.length).toBeGreaterThan(0);
    for (const f of rows) {
      expect(f.embedded, f.name).toBe(true);
      expect(f.type, f.name).toMatch(/TrueType/);
    }
    const text = popplerText(pdfFile(slug));
    expect(text).not.toMatch(/[\u2e80-\u2fdf\uf900-\ufaff\u0001]/u);
    expect(text).toContain('职能配置、内设机构和人员编制规定');
  });

  it.each(FIXTURES.map((f) => f.slug))('%s: only the sizes of the standard (no shrink-to-fit)', (slug) => {
    // 16 pt body, 22 pt titles, 14 pt 版记/page numbers, 42 pt 标志 (scaled horizontally only), 110 pt 草稿.
    for (const p of pages[slug]!) for (const i of p.items) expect([16, 22, 14, 42, 110].some((s) => Math.abs(i.size - s) < 0.05), `${i.str} ${i.size}`).toBe(true);
  });
});

describe('drafts', () => {
  it('list the missing items on page 1 and carry the 草稿 mark on every page', () => {
    const p = pages['fixture/biqiao-no-issuer']!;
    const first = flatText([p[0]!]);
    expect(first).toContain('草稿');
    for (const m of ['发文机关', '发文字号', '成文日期']) expect(first).toContain(m);
    for (const page of p) expect(page.items.some((i) => i.str.includes('草') && Math.abs(i.size - 110) < 0.05)).toBe(true);
  });
});

describe('the final 毕桥镇 regulation (Model B grid)', () => {
  it('sets body text at 16.00 pt', () => {
    const body = pages[FINAL]!.flatMap((p) => p.items).filter((i) => Math.abs(i.size - 16) < 0.5);
    expect(body.length).toBeGreaterThan(100);
    for (const i of body) expect(Math.abs(i.size - 16)).toBeLessThan(0.005);
  });

  it('has 22 lines on every full page, on the grid, first em top at 37 ± 1 mm and left edge at 28 ± 1 mm', () => {
    expect(fullPages().length).toBeGreaterThanOrEqual(3);
    for (const p of fullPages()) {
      const ls = lines(p, 16);
      expect(ls.length, `page ${p.number}`).toBe(22);
      const top = ls[0]!.baseline - ASCENT * SIZE_3;
      expect(Math.abs(top - 37)).toBeLessThan(1);
      for (const [k, l] of ls.entries()) expect(Math.abs(l.baseline - (37 + ASCENT * SIZE_3 + k * G.pitch))).toBeLessThan(0.5);
      expect(Math.abs(Math.min(...ls.map((l) => l.left)) - TYPE_AREA.left)).toBeLessThan(1);
    }
  });

  it('fills full lines to the right edge of the 版心 with 28 cells (digits count ½)', () => {
    const full = fullPages().flatMap((p) => lines(p, 16)).filter((l) => l.right > TYPE_AREA.right - 2);
    const counts = full.map((l) => cells(l.text) + Math.round((l.left - TYPE_AREA.left) / CELL));
    for (const l of full) {
      // A closing mark squeezed in at the line end keeps its full em advance in the text layer
      // (its empty right half is clipped at the 版心 edge), so its box ends half a cell further.
      const squeezedEnd = /[，。、；：）》」』”’〕】]$/.test(l.text) && l.right > TYPE_AREA.right + CELL / 4;
      expect(Math.abs(l.right - TYPE_AREA.right - (squeezedEnd ? CELL / 2 : 0)), l.text).toBeLessThan(0.5);
    }
    // 26–27.5: a character pushed down (nothing to squeeze, or an unbreakable `〔2020〕` run).
    for (const c of counts) expect(c).toBeGreaterThanOrEqual(26);
    for (const c of counts) expect(c).toBeLessThanOrEqual(29); // 29 = one mark squeezed into the line
    const exact = counts.filter((c) => c === 28).length / counts.length;
    console.info(`full lines: ${counts.length}; 28 cells: ${(exact * 100).toFixed(1)} %; 26–27.5: ${counts.filter((c) => c < 28).length}; 28.5–29 (squeezed): ${counts.filter((c) => c > 28).length}`);
    expect(exact).toBeGreaterThan(0.8);
  });

  it('numbers pages `— n —` in 14 pt, 7 mm below the 版心, right on odd pages and left on even pages', () => {
    for (const p of pages[FINAL]!) {
      const [num] = lines(p, 14).filter((l) => l.baseline > TYPE_AREA.bottom + 3);
      expect(num, `page ${p.number}`).toBeDefined();
      expect(num!.text.replace(/\s/g, '')).toBe(`—${p.number}—`);
      const em = 14 * (25.4 / 72);
      // The dash sits at mid-height of the em box: 269 mm from the top.
      expect(Math.abs(num!.baseline - ASCENT * em + em / 2 - 269)).toBeLessThan(1);
      if (p.number % 2) expect(Math.abs(num!.right - (TYPE_AREA.right - em))).toBeLessThan(0.5);
      else expect(Math.abs(num!.left - (TYPE_AREA.left + em))).toBeLessThan(0.5);
    }
  });

  it('prints 发文字号 with 〔〕 and 成文日期 in Arabic digits, and the 标志 at 72 mm, red rule 4 mm under the 字号', () => {
    const p1 = pages[FINAL]![0]!;
    const docno = lines(p1, 16).find((l) => /〔\d{4}〕/.test(l.text))!;
    expect(docno.text.replace(/\s/g, '')).toMatch(/^[\u4e00-\u9fa5]+〔\d{4}〕[1-9]\d*号$/);
    expect(flatText([p1])).toMatch(/中共郎溪县委机构编制委员会\d{4}年[1-9]\d?月[1-9]\d?日/);
    const mark = lines(p1, 42)[0]!;
    expect(Math.abs(mark.baseline - ASCENT * 42 * (25.4 / 72) - 72)).toBeLessThan(1);
    expect(mark.right - mark.left).toBeLessThanOrEqual(156.5);
    const red = horizontalRules(raster(pdfFile(FINAL), 1, 200), isRed);
    expect(red).toHaveLength(1);
    const rule = red[0]!;
    const docnoEmBottom = docno.baseline + (1 - ASCENT) * SIZE_3;
    expect(Math.abs(rule.y - (docnoEmBottom + 4))).toBeLessThan(0.5);
    expect(Math.abs(rule.right - rule.left - 156)).toBeLessThan(0.5);
    expect(Math.abs(rule.left - 28)).toBeLessThan(0.5);
    expect(rule.thickness).toBeGreaterThan(0.3);
    expect(rule.thickness).toBeLessThan(0.7);
  });

  it('places the 版记 rules 0.35/0.25/0.35 mm, the last on the bottom of the 版心 of the last page', () => {
    const last = pages[FINAL]!.length;
    const rules = horizontalRules(raster(pdfFile(FINAL), last, 300), isBlack);
    expect(rules).toHaveLength(3);
    expect(Math.abs(rules[2]!.y - TYPE_AREA.bottom)).toBeLessThan(0.5);
    for (const r of rules) expect(Math.abs(r.right - r.left - 156)).toBeLessThan(0.5);
    expect(Math.abs(rules[0]!.thickness - 0.35)).toBeLessThan(0.1);
    expect(Math.abs(rules[1]!.thickness - 0.25)).toBeLessThan(0.1);
    expect(Math.abs(rules[2]!.thickness - 0.35)).toBeLessThan(0.1);
    const text = flatText([pages[FINAL]!.at(-1)!]);
    expect(text).toMatch(/抄送：.*。/);
    expect(text).toMatch(/中共郎溪县委机构编制委员会办公室\d{4}年[1-9]\d?月[1-9]\d?日印发/);
  });

  it('contains every body, plaque, duty, staffing figure and post of the data', () => {
    const t = biqiaoFinal();
    const text = flatText(pages[FINAL]!);
    for (const b of t.bodies) {
      expect(text).toContain(b.name);
      for (const p of b.plaques) expect(text).toContain(p);
      for (const d of b.duties) expect(text).toContain(d.replace(/\s/g, ''));
      for (const p of b.posts) expect(text).toContain(`${p.title}${p.count}名`);
      if (b.staffing.administrative !== null) expect(text).toContain(`行政编制${b.staffing.administrative}名`);
      if (b.staffing.institutional !== null) expect(text).toContain(`事业编制${b.staffing.institutional}名`);
    }
    for (const f of t.functions) expect(text).toContain(f);
    for (const p of t.platforms) expect(text).toContain(p.name);
    expect(text).toContain(`行政编制${t.staffing.administrative}名、事业编制${t.staffing.institutional}名`);
    expect(text).toContain('第一条');
    expect(text).toMatch(/本规定自.+起施行。/);
  });
});
