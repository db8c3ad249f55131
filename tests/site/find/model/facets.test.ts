import { describe, expect, it } from 'vitest';
import { bodiesFacet, countFacet, FACETS, facetValues, platformFacet, staffingFacet } from '../../../../src/model/facets.ts';
import { facts } from './facts-fixtures.ts';

describe('facets', () => {
  it('buckets numbers into a few values and says 未公布 for unknown figures', () => {
    expect(bodiesFacet({ bodies: 0 })).toBe('未列机构');
    expect(bodiesFacet({ bodies: 7 })).toBe('7个及以下');
    expect(bodiesFacet({ bodies: 8 })).toBe('8–9个');
    expect(bodiesFacet({ bodies: 12 })).toBe('10–12个');
    expect(bodiesFacet({ bodies: 20 })).toBe('13个及以上');
    expect(staffingFacet({ staffing: null })).toBe('未公布');
    expect(staffingFacet({ staffing: 53 })).toBe('50–99名');
    expect(platformFacet({ platforms: 0 })).toBe('未设平台');
    expect(platformFacet({ platforms: 5 })).toBe('五个平台');
    expect(platformFacet({ platforms: 4 })).toBe('四个平台');
  });

  it('gives every township one value per facet', () => {
    const v = facetValues(facts('anhui/langxi/biqiao', { province: '安徽省', county: '郎溪县', city: '宣城市', bodies: 8, staffing: 53, platforms: 5 }));
    expect(v).toEqual({ province: '安徽省', city: '宣城市', county: '郎溪县', kind: '镇', population: '未公布', bodies: '8–9个', staffing: '50–99名', platforms: '五个平台' });
  });

  it('counts values in reading order, smallest sizes first and 未公布 last', () => {
    const staffing = FACETS.find((f) => f.key === 'staffing')!;
    const counted = countFacet(staffing, [facts('a', { staffing: null }), facts('b', { staffing: 120 }), facts('c', { staffing: 10 }), facts('d', { staffing: 12 })]);
    expect(counted).toEqual([
      { value: '30名以下', count: 2 },
      { value: '100名及以上', count: 1 },
      { value: '未公布', count: 1 },
    ]);
  });
});
