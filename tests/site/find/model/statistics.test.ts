import { describe, expect, it } from 'vitest';
import { bodiesHistogram, median, statistics } from '../../../../src/model/statistics.ts';
import type { Township } from '../../../../src/schema/township.ts';
import { facts } from './facts-fixtures.ts';

const township = (ranks: (string | undefined)[]) => ({ bodies: ranks.map((rank) => ({ category: '党政机构', rank, plaques: [] })) }) as unknown as Township;

describe('statistics', () => {
  it('draws every body count between the smallest and the largest, leaving plans without bodies apart', () => {
    expect(bodiesHistogram([facts('a', { bodies: 7 }), facts('b', { bodies: 9 }), facts('c', { bodies: 9 }), facts('d', { bodies: 0 })])).toEqual([
      { label: '7个', count: 1 },
      { label: '8个', count: 0 },
      { label: '9个', count: 2 },
    ]);
  });

  it('counts ranks of bodies, unknown ranks as 未公布, and summarises provinces', () => {
    const s = statistics([
      { facts: facts('a', { province: '甲省', bodies: 2, staffing: 40, platforms: 5 }), township: township(['股级', '副科级']) },
      { facts: facts('b', { province: '甲省', bodies: 1, staffing: null, platforms: 5 }), township: township([undefined]) },
      { facts: facts('c', { province: '乙省', bodies: 0 }), township: township([]) },
    ]);
    expect(s.ranks).toEqual([
      { label: '副科级', count: 1 },
      { label: '股级', count: 1 },
      { label: '未公布', count: 1 },
    ]);
    expect(s.withoutBodies).toBe(1);
    const jia = s.provinces.find((p) => p.province === '甲省')!;
    expect(jia).toMatchObject({ townships: 2, withBodies: 2, medianBodies: 1.5, withStaffing: 1, medianStaffing: 40, commonPlatforms: '五个平台' });
  });

  it('has no median without values', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
  });
});
