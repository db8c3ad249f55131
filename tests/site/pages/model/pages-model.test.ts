import { describe, expect, it } from 'vitest';
import { acknowledgedByFile, editorNotes } from '../../../../src/model/editor-notes.ts';
import { demoteHeadings } from '../../../../src/model/markdown.ts';
import { plainRules } from '../../../../src/model/profile-rules.ts';
import { recentlyUpdated } from '../../../../src/model/recent-updates.ts';
import { groupByRegion, regionFigures, regionSlugOf } from '../../../../src/model/region-summary.ts';
import { searchFacets, searchSorts } from '../../../../src/model/search-facets.ts';
import { bundled, township } from './content.ts';

describe('editorNotes', () => {
  it('turns the Jiangxi plan’s acknowledged stage-order finding into a note with rule and reason', async () => {
    const content = await bundled();
    const file = content.townships.find((t) => t.slug === 'jiangxi/mouxian/mouxiang')!;
    const notes = editorNotes(acknowledgedByFile(content.findings).get(file.file) ?? [], file.data);
    expect(notes).toHaveLength(1);
    expect(notes[0].rule).toBe('stage-order');
    expect(notes[0].ruleTitle).toBe('实施步骤日期先后有序且不晚于完成时限');
    expect(notes[0].finding).toContain('10月5日');
    expect(notes[0].finding).not.toContain('已确认');
    expect(notes[0].reason).toContain('照录原文');
  });
});

describe('searchFacets', () => {
  it('gives 毕桥镇 the finder’s facet values', async () => {
    const t = await township('anhui/langxi/biqiao');
    expect(searchFacets(t)).toEqual({
      province: '安徽省',
      city: '宣城市',
      county: '郎溪县',
      kind: '镇',
      population: '未公布',
      bodies: '8–9个',
      staffing: '50–99名',
      platforms: '五个平台',
    });
    expect(searchSorts(t)).toEqual({ name: '毕桥镇', bodies: '8', staffing: '53' });
  });

  it('uses the published band and leaves unknown sort keys out', async () => {
    const t = await township('hebei/xinglong/anziling');
    expect(searchFacets(t)).toMatchObject({ population: '<3万', staffing: '未公布', platforms: '未设平台' });
    expect(searchSorts(t)).not.toHaveProperty('staffing');
  });
});

describe('plainRules', () => {
  it('says the 兴隆县 rules in plain Chinese', async () => {
    const profile = (await bundled()).profiles.get('hebei-xinglong')!.data;
    const rules = plainRules(profile.rules);
    const byTitle = Object.fromEntries(rules.map((r) => [r.title.replace(/（.*/, ''), r.items]));
    expect(byTitle['机构限额']).toEqual(['人口<3万的乡镇：不超过7个，另可单独设置退役军人服务站', '人口5–10万的乡镇：不超过9个']);
    expect(byTitle['机构规格']).toEqual(['机构规格只能为股级']);
    expect(byTitle['机构最少编制']).toEqual(['综合行政执法队：不少于10名']);
    expect(byTitle['内设机构和事业单位领导职数']).toEqual(['每个机构2至3名']);
    expect(byTitle['乡镇领导职数']).toContain('党委委员：7至9名');
  });
});

describe('regions', () => {
  it('groups townships under their folder', () => {
    expect(regionSlugOf('anhui/langxi/biqiao')).toBe('anhui/langxi');
    const groups = groupByRegion([{ slug: 'a/b/x' }, { slug: 'a/c/y' }, { slug: 'a/b/z' }]);
    expect(groups.get('a/b')!.map((t) => t.slug)).toEqual(['a/b/x', 'a/b/z']);
  });

  it('adds up 兴隆县: 20 townships, staffing unpublished', async () => {
    const townships = (await bundled()).townships.filter((t) => t.slug.startsWith('hebei/xinglong/')).map((t) => t.data);
    const f = regionFigures(townships);
    expect(f.townships).toBe(20);
    expect(f.byKind).toEqual({ 乡: 5, 镇: 15, 街道: 0 });
    expect(f.staffing).toBeNull();
    expect(f.staffingPublished).toBe(0);
  });
});

describe('recentlyUpdated', () => {
  it('keeps the newest, newest first, and skips undated plans', () => {
    const items = [{ updated: '2020-01-01' }, {}, { updated: '2021-05-01' }, { updated: '2020-06-01' }];
    expect(recentlyUpdated(items, 2)).toEqual([{ updated: '2021-05-01' }, { updated: '2020-06-01' }]);
  });
});

describe('demoteHeadings', () => {
  it('shifts heading tags one level, leaving text alone', () => {
    expect(demoteHeadings('<h2 id="a">改革背景</h2><h6>x</h6><p>&lt;h2&gt;</p><header>')).toBe('<h3 id="a">改革背景</h3><h6>x</h6><p>&lt;h2&gt;</p><header>');
  });
});
