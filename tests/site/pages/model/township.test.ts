import { describe, expect, it } from 'vitest';
import { bodiesByCategory, bodyCounts } from '../../../../src/model/bodies.ts';
import { displayTitle, formatPostCount, fullName, safeHttpUrl } from '../../../../src/model/display.ts';
import { platformMembership } from '../../../../src/model/platforms.ts';
import { staffingTable, sumKnown } from '../../../../src/model/staffing-table.ts';
import { township } from './content.ts';

const BIQIAO = 'anhui/langxi/biqiao';

describe('staffingTable', () => {
  it('adds up 毕桥镇 to 30 行政编制 and 23 事业编制, matching the approved totals', async () => {
    const table = staffingTable(await township(BIQIAO));
    expect(table.kinds).toEqual(['administrative', 'institutional']);
    expect(table.bodies).toHaveLength(8);
    expect(table.bodiesTotal.values).toMatchObject({ administrative: 30, institutional: 23 });
    expect(table.approved.values).toMatchObject({ administrative: 30, institutional: 23, political_legal: null });
    expect(table.approved.total).toBe(53);
  });

  it('keeps unknown figures unknown: 兴隆县 publishes no staffing', async () => {
    const table = staffingTable(await township('hebei/xinglong/anziling'));
    expect(table.bodiesTotal.total).toBeNull();
    expect(table.approved.total).toBeNull();
    expect(table.bodies.every((r) => r.total === null)).toBe(true);
  });

  it('shows 政法专项编制 only when some figure of it is published', async () => {
    const t = await township(BIQIAO);
    t.bodies[0].staffing.political_legal = 2;
    expect(staffingTable(t).kinds).toContain('political_legal');
  });

  it('sums only known values', () => {
    expect(sumKnown([null, undefined])).toBeNull();
    expect(sumKnown([0, null])).toBe(0);
    expect(sumKnown([3, null, 4])).toBe(7);
  });
});

describe('bodies', () => {
  it('groups by category in 三定 order and counts 派驻机构 apart', async () => {
    const t = await township('jiangxi/mouxian/mouxiang');
    expect(bodiesByCategory(t.bodies).map((g) => [g.category, g.bodies.length])).toEqual([
      ['党政机构', 5],
      ['事业单位', 6],
      ['派驻机构', 1],
    ]);
    expect(bodyCounts(t.bodies)).toEqual({ 党政机构: 5, 事业单位: 6, 派驻机构: 1, counted: 11 });
  });
});

describe('platformMembership', () => {
  it('puts each 毕桥镇 platform lead first and leaves bodies without platform apart', async () => {
    const { platforms, unassigned } = platformMembership(await township(BIQIAO));
    expect(platforms.map((p) => p.platform.name)).toEqual(['党群综合平台', '经济发展平台', '综合治理平台', '综合执法平台', '为民服务平台']);
    expect(platforms.every((p) => p.members[0] === p.lead)).toBe(true);
    expect(unassigned.map((b) => b.name)).toEqual(['农业农村发展办公室乡村振兴办公室', '社会事务中心', '财政所']);
  });

  it('counts a lead as a member even when its own platform field is missing', async () => {
    const t = await township(BIQIAO);
    delete t.bodies[0].platform;
    const { platforms } = platformMembership(t);
    expect(platforms[0].members.map((b) => b.id)).toEqual(['dangzheng-zonghe']);
  });
});

describe('display', () => {
  it('leads with the township name unless the title has it', async () => {
    expect(displayTitle(await township(BIQIAO))).toBe('毕桥镇机构改革方案');
    expect(displayTitle(await township('hebei/xinglong/anziling'))).toBe('安子岭乡：兴隆县深化乡镇改革方案');
    expect(fullName(await township(BIQIAO))).toBe('安徽省宣城市郎溪县毕桥镇');
  });

  it('formats posts as published, 未公布 when nothing is', () => {
    expect(formatPostCount({ count: 1 })).toBe('1名');
    expect(formatPostCount({ count: null, min: 7, max: 9 })).toBe('7–9名');
    expect(formatPostCount({ count: null, max: 8 })).toBe('不超过8名');
    expect(formatPostCount({ count: null })).toBe('未公布');
  });

  it('links only http(s) sources', () => {
    expect(safeHttpUrl('https://example.gov.cn/a')).toBe('https://example.gov.cn/a');
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('data:text/html,x')).toBeUndefined();
    expect(safeHttpUrl(null)).toBeUndefined();
  });
});
