import { describe, expect, it } from 'vitest';
import { shareOut } from '../../../../src/search/build-index.ts';

const p = (id: string, townships: number) => ({ id, province: id, townships });

describe('search index: provinces shared out over indexing processes', () => {
  it('gives every province to exactly one process and balances their townships', () => {
    const provinces = [p('a', 3000), p('b', 2500), p('c', 1200), p('d', 1000), p('e', 900), p('f', 40)];
    const shares = shareOut(provinces, 2);
    expect(shares).toHaveLength(2);
    expect(shares.flat().map((s) => s.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    const loads = shares.map((s) => s.reduce((n, x) => n + x.townships, 0));
    expect(Math.abs(loads[0] - loads[1])).toBeLessThanOrEqual(1000);
  });

  it('indexes the largest provinces of two processes at different times', () => {
    const [first, second] = shareOut([p('a', 3000), p('b', 2500), p('c', 1200), p('d', 1000), p('e', 900), p('f', 40)], 2);
    expect(first[0].id).toBe('a');
    expect(second.at(-1)!.id).toBe('b');
    expect(second[0].townships).toBeLessThan(first[0].townships / 2);
  });

  it('never starts more processes than there are provinces, and at least one', () => {
    expect(shareOut([p('a', 5)], 2)).toEqual([[p('a', 5)]]);
    expect(shareOut([p('a', 5), p('b', 1)], 0)).toEqual([[p('a', 5), p('b', 1)]]);
    expect(shareOut([], 2)).toEqual([]);
  });
});
