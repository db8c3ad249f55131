import { describe, expect, it } from 'vitest';
import { staffingNoIncrease } from '../../src/rules/staffing-no-increase.ts';
import { rules, township } from './helpers.ts';

// Before: 32 行政编制, 25 事业编制; after: 30 and 23. The profile demands 只减不增.
describe('staffing-no-increase', () => {
  it('accepts the valid plan (30 ≤ 32, 23 ≤ 25)', () => {
    expect(staffingNoIncrease.check(township(), rules())).toEqual([]);
  });

  it('reports each kind that grew, at the new total', () => {
    const t = township();
    t.staffing.administrative = 33;
    t.staffing.institutional = 25; // equal is not an increase
    expect(staffingNoIncrease.check(t, rules())).toEqual([
      { severity: 'error', path: ['staffing', 'administrative'], message: '行政编制由改革前的 32 名增至 33 名，违反“只减不增”的规定' },
    ]);
    t.before!.staffing!.political_legal = 0;
    t.staffing.political_legal = 2;
    expect(staffingNoIncrease.check(t, rules()).map((i) => i.message)).toEqual([
      '行政编制由改革前的 32 名增至 33 名，违反“只减不增”的规定',
      '政法专项编制由改革前的 0 名增至 2 名，违反“只减不增”的规定',
    ]);
  });

  it('does not judge unknown figures, a plan without `before`, or a profile without the rule', () => {
    const t = township();
    t.staffing.administrative = 40;
    expect(staffingNoIncrease.check(t, { ...rules(), staffing_no_increase: false })).toEqual([]);
    expect(staffingNoIncrease.check(t, undefined)).toEqual([]);
    t.before!.staffing!.administrative = null;
    expect(staffingNoIncrease.check(t, rules())).toEqual([]);
    delete t.before;
    expect(staffingNoIncrease.check(t, rules())).toEqual([]);
  });
});
