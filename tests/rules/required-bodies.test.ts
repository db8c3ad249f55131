import { describe, expect, it } from 'vitest';
import { requiredBodies } from '../../src/rules/required-bodies.ts';
import { bodyIndex, rules, township } from './helpers.ts';

// Profile: 必设 党政综合办公室, 党建工作办公室 (a plaque of 党政综合办公室 in the fixture), 综合行政执法队.
describe('required-bodies', () => {
  it('accepts the valid plan, where a plaque satisfies 党建工作办公室', () => {
    expect(requiredBodies.check(township(), rules())).toEqual([]);
  });

  it('reports a required body that is neither a body nor a plaque', () => {
    const t = township();
    t.bodies[0].plaques = [];
    expect(requiredBodies.check(t, rules())).toEqual([
      { severity: 'error', path: ['bodies'], message: '缺少必设机构：党建工作办公室（可单设或加挂牌子）' },
    ]);
  });

  it('lists every missing body in one finding, in the profile’s order', () => {
    const t = township();
    t.bodies[0].plaques = [];
    t.bodies[bodyIndex(t, 'zonghe-zhifa')].name = '综合执法中心';
    expect(requiredBodies.check(t, rules())).toEqual([
      { severity: 'error', path: ['bodies'], message: '缺少必设机构：党建工作办公室、综合行政执法队（可单设或加挂牌子）' },
    ]);
  });

  it('accepts a required body set up on its own, or as a plaque of any body', () => {
    const t = township();
    const zhifa = bodyIndex(t, 'zonghe-zhifa');
    t.bodies[zhifa].name = '综合执法中心';
    t.bodies[zhifa].plaques = ['综合行政执法队'];
    expect(requiredBodies.check(t, rules())).toEqual([]);
  });

  it('requires nothing without a profile', () => {
    const t = township();
    t.bodies = [];
    expect(requiredBodies.check(t, undefined)).toEqual([]);
  });
});
