import { describe, expect, it } from 'vitest';
import { featureDistance, nearestTownships, similarityReasons } from '../../../../src/model/similarity.ts';
import { facts, syntheticFacts } from './facts-fixtures.ts';

describe('nearestTownships', () => {
  it('ranks the township with the closest published figures first, with the reason', () => {
    const all = [
      facts('a/x/me', { population: 40_000, bodies: 8, staffing: 50, platforms: 5 }),
      facts('a/x/twin', { population: 41_000, bodies: 8, staffing: 52, platforms: 5 }),
      facts('a/x/far', { population: 120_000, bodies: 13, staffing: 140, platforms: 3 }),
      facts('a/x/mid', { population: 60_000, bodies: 10, staffing: 80, platforms: 4 }),
    ];
    const similar = nearestTownships(all, 3).get('a/x/me')!;
    expect(similar.map((s) => s.slug)).toEqual(['a/x/twin', 'a/x/mid', 'a/x/far']);
    expect(similar[0].why).toContain('机构数相同（8个）');
    expect(similar[0].why).toContain('同为五个平台');
    expect(similar[0].distance).toBeLessThan(similar[1].distance);
  });

  it('never lists a township as similar to itself, and returns at most k', () => {
    const all = syntheticFacts(200);
    for (const [slug, similar] of nearestTownships(all, 5)) {
      expect(similar.length).toBeLessThanOrEqual(5);
      expect(similar.map((s) => s.slug)).not.toContain(slug);
    }
  });

  it('leaves unpublished figures out instead of treating them as zero', () => {
    const me = facts('a/x/me', { population: 40_000, bodies: 8, staffing: null, platforms: 5 });
    const unknownStaffing = facts('a/x/u', { population: 40_000, bodies: 8, staffing: null, platforms: 5 });
    const zeroStaffing = facts('a/x/z', { population: 40_000, bodies: 8, staffing: 0, platforms: 5 });
    const [first] = nearestTownships([me, zeroStaffing, unknownStaffing], 2).get('a/x/me')!;
    expect(first.distance).toBe(0);
    expect(featureDistance([1, NaN, 2], [1, 5, NaN])).toBeUndefined();
  });

  it('breaks ties toward the same county, then the same province', () => {
    const base = { band: '<3万', bodies: 8, platforms: 0 } as const;
    const all = [
      facts('hebei/xinglong/me', { ...base, county: '兴隆县', province: '河北省' }),
      facts('anhui/other/a', { ...base, county: '别县', province: '安徽省' }),
      facts('hebei/other/b', { ...base, county: '别县', province: '河北省' }),
      facts('hebei/xinglong/c', { ...base, county: '兴隆县', province: '河北省' }),
    ];
    expect(nearestTownships(all, 3).get('hebei/xinglong/me')!.map((s) => s.slug)).toEqual(['hebei/xinglong/c', 'hebei/other/b', 'anhui/other/a']);
    expect(similarityReasons(all[0], all[3])).toBe('同为<3万人口档次；机构数相同（8个）；同属兴隆县');
  });

  it('handles 40,000 townships without comparing every pair', () => {
    const all = syntheticFacts(40_000);
    const started = performance.now();
    const result = nearestTownships(all, 5);
    const seconds = (performance.now() - started) / 1000;
    expect(result.size).toBe(40_000);
    // All pairs would be 8×10⁸ distances (minutes); bucketed candidates take a few seconds on 2 cores.
    expect(seconds).toBeLessThan(60);
  });
});
