import { describe, expect, it } from 'vitest';
import { assessCompleteness } from '../../src/pdf/completeness.ts';
import { chineseDate } from '../../src/pdf/dates.ts';
import { breakParagraph } from '../../src/pdf/linebreak.ts';
import { articleLabel, chineseNumeral, itemLabel } from '../../src/pdf/numerals.ts';
import { buildDocument } from '../../src/pdf/regulation.ts';
import { isTrapezoidOrDiamond, splitTitle } from '../../src/pdf/title.ts';
import { biqiaoFinal, biqiaoWithoutIssuer, biqiaoWithoutStaffing } from './fixtures/index.ts';

describe('numerals and dates', () => {
  it('writes Chinese numerals for articles and items', () => {
    expect([1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110].map(chineseNumeral)).toEqual([
      '一', '九', '十', '十一', '十九', '二十', '二十一', '九十九', '一百', '一百零一', '一百一十',
    ]);
    expect(articleLabel(11)).toBe('第十一条');
    expect(itemLabel(3)).toBe('（三）');
    expect(() => chineseNumeral(0)).toThrow();
  });
  it('prints dates with Arabic digits and no leading zeros', () => {
    expect(chineseDate('2020-03-05')).toBe('2020年3月5日');
    expect(chineseDate('2020-12')).toBe('2020年12月');
    expect(chineseDate('--10-28')).toBeNull();
  });
});

describe('title lines (7.3.1)', () => {
  it('keeps a short title on one line and breaks long ones as a trapezoid at word boundaries', () => {
    expect(splitTitle('毕桥镇职能配置、内设机构和人员编制规定')).toHaveLength(1);
    const lines = splitTitle('关于印发《毕桥镇职能配置、内设机构和人员编制规定》的通知');
    expect(lines).toEqual(['关于印发《毕桥镇职能配置、', '内设机构和人员编制规定》的通知']);
    expect(isTrapezoidOrDiamond(lines.map((l) => l.length))).toBe(true);
    expect(isTrapezoidOrDiamond([16, 12])).toBe(false);
  });
});

describe('line breaking on the 28-cell grid', () => {
  const doc = buildDocument(biqiaoFinal());
  const all = doc.regulation.paragraphs.flatMap((p) => breakParagraph((p.label ? `${p.label}　` : '') + p.text));
  it('never starts a line with closing punctuation or ends one with opening punctuation', () => {
    for (const l of all) {
      expect('，。、；：！？）》”’〕】'.includes(l.units[0]!.text[0]!)).toBe(false);
      expect('（《“‘〔【'.includes(l.units.at(-1)!.text.at(-1)!)).toBe(false);
    }
  });
  it('fills full lines to 28 cells, squeezing punctuation rather than pushing characters down', () => {
    const full = all.filter((l) => !l.last);
    for (const l of full) {
      expect(l.cells + l.indent).toBeLessThanOrEqual(28 + 1e-9);
      expect(l.cells + l.indent).toBeGreaterThanOrEqual(26);
    }
    const exact = full.filter((l) => Math.abs(l.cells + l.indent - 28) < 0.05).length / full.length;
    expect(exact).toBeGreaterThan(0.9);
  });
  it('squeezes a closing mark into the line instead of starting the next line with it', () => {
    const lines = breakParagraph('一二三四五六七八九十一二三四五六七八九十一二三四五六、七，八', 28, 0);
    expect(lines[0]!.units.map((u) => u.text).join('')).toBe('一二三四五六七八九十一二三四五六七八九十一二三四五六、七，');
    expect(lines[0]!.cells).toBeCloseTo(28, 6);
    expect(lines[0]!.units.filter((u) => u.squeeze).map((u) => u.text)).toEqual(['、', '，']);
    expect(lines[1]!.units.map((u) => u.text).join('')).toBe('八');
  });
});

describe('document model', () => {
  it('numbers the articles 第一条… in order and ends with 解释 and 施行', () => {
    const doc = buildDocument(biqiaoFinal());
    const labels = doc.regulation.paragraphs.filter((p) => p.label).map((p) => p.label);
    expect(labels).toEqual(labels.map((_, i) => articleLabel(i + 1)));
    const last = doc.regulation.paragraphs.filter((p) => p.label).slice(-2).map((p) => p.text);
    expect(last[0]).toMatch(/负责解释，其调整由.*按规定程序办理。$/);
    expect(last[1]).toMatch(/^本规定自.+起施行。$/);
    expect(doc.notice.docNumber).toMatch(/^[\u4e00-\u9fa5]+〔\d{4}〕[1-9]\d*号$/);
    expect(doc.notice.date).toBe('2020年12月15日');
    expect(doc.record.cc).toMatch(/^抄送：.*。$/);
  });
  it('states every body, plaque, rank, staffing figure, post and duty of the data', () => {
    const t = biqiaoFinal();
    const text = buildDocument(t).regulation.paragraphs.map((p) => p.text).join('');
    for (const b of t.bodies) {
      expect(text).toContain(b.name);
      for (const p of b.plaques) expect(text).toContain(p);
      for (const d of b.duties) expect(text).toContain(d.replace(/[。；]$/, ''));
      for (const p of b.posts) expect(text).toContain(`${p.title}${p.count}名`);
      if (b.staffing.administrative !== null) expect(text).toContain(`行政编制${b.staffing.administrative}名`);
      if (b.staffing.institutional !== null) expect(text).toContain(`事业编制${b.staffing.institutional}名`);
    }
    expect(text).toContain(`行政编制${t.staffing.administrative}名、事业编制${t.staffing.institutional}名`);
  });
});

describe('completeness: final or draft', () => {
  it('finds the fixture with a test issuer complete', () => {
    expect(assessCompleteness(biqiaoFinal())).toEqual({ final: true, missing: [] });
  });
  it('lists 发文机关, 发文字号 and 成文日期 when there is no issuer (all bundled plans today)', () => {
    const c = assessCompleteness(biqiaoWithoutIssuer());
    expect(c.final).toBe(false);
    expect(c.missing.join()).toMatch(/发文机关.*发文字号.*成文日期/);
  });
  it('lists unknown staffing figures (the 兴隆县 case)', () => {
    const c = assessCompleteness(biqiaoWithoutStaffing());
    expect(c.final).toBe(false);
    expect(c.missing).toContain('行政编制总数（staffing.administrative）');
    expect(c.missing.some((m) => m.startsWith('党政综合办公室的核定编制'))).toBe(true);
  });
});
