import { describe, expect, it } from 'vitest';
import { staffingKind } from '../../src/rules/staffing-kind.ts';
import { bodyIndex, rules, township } from './helpers.ts';

describe('staffing-kind', () => {
  it('accepts the valid plan', () => {
    expect(staffingKind.check(township(), rules())).toEqual([]);
  });

  it('reports 行政编制 in a 事业单位 and 事业编制 in a 党政机构, at the figure', () => {
    const t = township();
    const zhifa = bodyIndex(t, 'zonghe-zhifa');
    t.bodies[zhifa].staffing.administrative = 2;
    t.bodies[0].staffing.institutional = 3;
    expect(staffingKind.check(t, rules())).toEqual([
      { severity: 'error', path: ['bodies', 0, 'staffing', 'institutional'], message: '党政机构“党政综合办公室”不应核定事业编制（3 名）' },
      { severity: 'error', path: ['bodies', zhifa, 'staffing', 'administrative'], message: '事业单位“综合行政执法队”不应核定行政编制（2 名）' },
    ]);
  });

  it('accepts an explicit 0, and any mix in a 派驻机构', () => {
    const t = township();
    t.bodies[bodyIndex(t, 'zonghe-zhifa')].staffing.administrative = 0;
    t.bodies[bodyIndex(t, 'sifa-suo')].staffing = { administrative: 2, institutional: 2, political_legal: 3 };
    expect(staffingKind.check(t, undefined)).toEqual([]);
  });

  it('accepts mixing when the profile allows it (兴隆县)', () => {
    const t = township();
    t.bodies[bodyIndex(t, 'zonghe-zhifa')].staffing.administrative = 2;
    expect(staffingKind.check(t, { ...rules(), cross_staffing_allowed: true })).toEqual([]);
  });
});
