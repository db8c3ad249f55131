import { describe, expect, it } from 'vitest';
import { reformDiff } from '../../../../src/model/reform-diff.ts';
import { township } from './content.ts';

describe('reformDiff', () => {
  it('makes no comparison when the plan says nothing of the state before', async () => {
    expect(reformDiff(await township('anhui/langxi/biqiao'))).toBeUndefined();
  });

  it('tells kept, merged (now a plaque), added and removed bodies apart, and the staffing change', async () => {
    const t = await township('anhui/langxi/biqiao');
    t.before = {
      bodies: [
        { name: '财政所', category: '事业单位' },
        { name: '生态环境办公室', category: '党政机构' },
        { name: '文化旅游办公室', category: '党政机构' },
        { name: '计划生育办公室', category: '党政机构' },
        { name: '派出所', category: '派驻机构' },
      ],
      staffing: { administrative: 34, institutional: 20, political_legal: null },
      auxiliary_staff: 12,
    };
    const diff = reformDiff(t)!;
    expect(diff.kept.map((b) => b.name)).toEqual(['财政所']);
    expect(diff.merged.map((m) => [m.into.name, m.from.map((b) => b.name)])).toEqual([['经济发展办公室', ['生态环境办公室', '文化旅游办公室']]]);
    expect(diff.removed.map((b) => b.name)).toEqual(['计划生育办公室']);
    expect(diff.added.map((b) => b.name)).not.toContain('财政所');
    expect(diff.added.map((b) => b.name)).not.toContain('经济发展办公室');
    expect(diff.added).toHaveLength(6);
    expect(diff.countBefore).toBe(4);
    expect(diff.countAfter).toBe(8);
    expect(diff.staffing).toEqual([
      { kind: 'administrative', before: 34, after: 30, change: -4 },
      { kind: 'institutional', before: 20, after: 23, change: 3 },
    ]);
    expect(diff.auxiliaryStaff).toBe(12);
  });

  it('gives no change where either side is unpublished', async () => {
    const t = await township('hebei/xinglong/anziling');
    t.before = { bodies: [], staffing: { administrative: 20, institutional: null, political_legal: null } };
    expect(reformDiff(t)!.staffing).toEqual([{ kind: 'administrative', before: 20, after: null, change: null }]);
  });
});
