import { describe, expect, it } from 'vitest';
import { leadershipRange } from '../../src/rules/leadership-range.ts';
import { rules, township } from './helpers.ts';

// leadership: [0] 党委书记 1, [1] 党委副书记 2, [2] 党委委员 8 (7–9), [3] 人大主席 1, [4] 副镇长 3
describe('leadership-range', () => {
  it('accepts the valid plan against its own ranges and the profile', () => {
    expect(leadershipRange.check(township(), rules())).toEqual([]);
  });

  it('reports a count above both the plan’s own range and the profile’s', () => {
    const t = township();
    t.leadership[2].count = 10;
    expect(leadershipRange.check(t, rules())).toEqual([
      { severity: 'error', path: ['leadership', 2, 'count'], message: '“党委委员”10 名，超过本方案所列上限 9 名' },
      { severity: 'error', path: ['leadership', 2, 'count'], message: '“党委委员”10 名，超过规定上限 9 名' },
    ]);
    // Without a profile only the plan's own range applies.
    expect(leadershipRange.check(t, undefined)).toEqual([
      { severity: 'error', path: ['leadership', 2, 'count'], message: '“党委委员”10 名，超过本方案所列上限 9 名' },
    ]);
  });

  it('reports a count below the profile’s range (副书记 2)', () => {
    const t = township();
    t.leadership[1].count = 1;
    expect(leadershipRange.check(t, rules())).toEqual([
      { severity: 'error', path: ['leadership', 1, 'count'], message: '“党委副书记”1 名，少于规定下限 2 名' },
    ]);
  });

  it('applies a profile range with only a maximum (副镇长 ≤ 4)', () => {
    const t = township();
    t.leadership[4].count = 5;
    expect(leadershipRange.check(t, rules())).toEqual([
      { severity: 'error', path: ['leadership', 4, 'count'], message: '“副镇长”5 名，超过规定上限 4 名' },
    ]);
  });

  it('reports an inverted own range at its min, and judges the count against both ends', () => {
    const t = township();
    Object.assign(t.leadership[2], { min: 9, max: 7 });
    expect(leadershipRange.check(t, undefined)).toEqual([
      { severity: 'error', path: ['leadership', 2, 'min'], message: '“党委委员”职数下限 9 大于上限 7' },
      { severity: 'error', path: ['leadership', 2, 'count'], message: '“党委委员”8 名，少于本方案所列下限 9 名' },
      { severity: 'error', path: ['leadership', 2, 'count'], message: '“党委委员”8 名，超过本方案所列上限 7 名' },
    ]);
  });

  it('does not judge a post whose count is unpublished (only a range is given)', () => {
    const t = township();
    t.leadership[2].count = null;
    t.leadership[1].count = null;
    expect(leadershipRange.check(t, rules())).toEqual([]);
  });

  it('ignores titles the profile does not name', () => {
    const t = township();
    t.leadership.push({ title: '人大副主席', count: 6 });
    expect(leadershipRange.check(t, rules())).toEqual([]);
  });
});
