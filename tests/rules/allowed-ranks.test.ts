import { describe, expect, it } from 'vitest';
import { allowedRanks } from '../../src/rules/allowed-ranks.ts';
import { bodyIndex, rules, township } from './helpers.ts';

// Profile: 副科级 and 股级 allowed.
describe('allowed-ranks', () => {
  it('accepts the valid plan', () => {
    expect(allowedRanks.check(township(), rules())).toEqual([]);
  });

  it('reports a rank the profile does not allow, at the rank', () => {
    const t = township();
    t.bodies[0].rank = '正科级';
    expect(allowedRanks.check(t, rules())).toEqual([
      { severity: 'error', path: ['bodies', 0, 'rank'], message: '机构“党政综合办公室”规格为正科级，本地规定只能为副科级、股级' },
    ]);
  });

  it('兴隆县: 股级 only', () => {
    const t = township();
    const only = { ...rules(), allowed_ranks: ['股级' as const] };
    const wrong = t.bodies.flatMap((b, i) => (b.category !== '派驻机构' && b.rank === '副科级' ? [i] : []));
    expect(allowedRanks.check(t, only)).toEqual(
      wrong.map((i) => ({ severity: 'error', path: ['bodies', i, 'rank'], message: `机构“${t.bodies[i].name}”规格为副科级，本地规定只能为股级` })),
    );
    expect(wrong).toHaveLength(4);
  });

  it('does not judge 派驻机构 (they follow their department) nor bodies without a rank', () => {
    const t = township();
    t.bodies[bodyIndex(t, 'sifa-suo')].rank = '正科级';
    delete t.bodies[1].rank;
    // 股级 only: bodies 0, 2 and 4 are 副科级; 1 has no rank now; 7 (司法所, 正科级) is stationed.
    expect(allowedRanks.check(t, { ...rules(), allowed_ranks: ['股级'] }).map((i) => i.path)).toEqual([
      ['bodies', 0, 'rank'],
      ['bodies', 2, 'rank'],
      ['bodies', 4, 'rank'],
    ]);
    expect(allowedRanks.check(t, rules())).toEqual([]);
  });

  it('allows any rank when the list is empty or there is no profile', () => {
    const t = township();
    t.bodies[0].rank = '正科级';
    expect(allowedRanks.check(t, { ...rules(), allowed_ranks: [] })).toEqual([]);
    expect(allowedRanks.check(t, undefined)).toEqual([]);
  });
});
