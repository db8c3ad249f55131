import { describe, expect, it } from 'vitest';
import { bodyMinStaffing } from '../../src/rules/body-min-staffing.ts';
import { bodyIndex, rules, township } from './helpers.ts';

// Profile: 综合行政执法队 ≥ 10 (兴隆县's rule); the fixture's has exactly 10 事业编制.
describe('body-min-staffing', () => {
  it('accepts the valid plan (exactly the minimum)', () => {
    expect(bodyMinStaffing.check(township(), rules())).toEqual([]);
  });

  it('reports a named body below its minimum, at its staffing', () => {
    const t = township();
    const i = bodyIndex(t, 'zonghe-zhifa');
    t.bodies[i].staffing.institutional = 9;
    expect(bodyMinStaffing.check(t, rules())).toEqual([
      { severity: 'error', path: ['bodies', i, 'staffing'], message: '机构“综合行政执法队”编制 9 名，少于规定的 10 名' },
    ]);
  });

  it('finds the body by a plaque too', () => {
    const t = township();
    const i = bodyIndex(t, 'zonghe-zhifa');
    Object.assign(t.bodies[i], { name: '综合执法中心', plaques: ['综合行政执法队'] });
    t.bodies[i].staffing.institutional = 6;
    expect(bodyMinStaffing.check(t, rules())).toEqual([
      { severity: 'error', path: ['bodies', i, 'staffing'], message: '机构“综合执法中心”编制 6 名，少于规定的 10 名' },
    ]);
  });

  it('adds every kind of staffing, and does not judge unpublished figures', () => {
    const t = township();
    const i = bodyIndex(t, 'zonghe-zhifa');
    t.bodies[i].staffing = { administrative: 4, institutional: 6, political_legal: null };
    expect(bodyMinStaffing.check(t, rules())).toEqual([]);
    t.bodies[i].staffing = { administrative: null, institutional: null, political_legal: null };
    expect(bodyMinStaffing.check(t, rules())).toEqual([]);
  });

  it('finds nothing without a profile', () => {
    const t = township();
    t.bodies[bodyIndex(t, 'zonghe-zhifa')].staffing.institutional = 1;
    expect(bodyMinStaffing.check(t, undefined)).toEqual([]);
  });
});
