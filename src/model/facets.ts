import { POPULATION_BANDS } from '../schema/township.ts';
import type { TownshipFacts } from './township-facts.ts';

/**
 * The finder's facets: which values a township takes on each, as the strings shown to readers and stored
 * as Pagefind filter values. Numbers are bucketed so a facet has a handful of values at any scale
 * (40,000 townships still give ≤ 6 choices per numeric facet). One function per facet keeps the page
 * markup (data-pagefind-filter) and the finder's option lists from drifting apart.
 */

export const UNPUBLISHED = '未公布';

/** Upper bounds (inclusive) of the 机构数 buckets; 乡镇 caps run from 7 (兴隆县) to 12 (青岛). */
const BODY_BUCKETS: [max: number, label: string][] = [
  [0, '未列机构'],
  [7, '7个及以下'],
  [9, '8–9个'],
  [12, '10–12个'],
  [Infinity, '13个及以上'],
];

/** Upper bounds (inclusive) of the 编制 total buckets. */
const STAFFING_BUCKETS: [max: number, label: string][] = [
  [29, '30名以下'],
  [49, '30–49名'],
  [99, '50–99名'],
  [Infinity, '100名及以上'],
];

export function bodiesFacet(f: Pick<TownshipFacts, 'bodies'>): string {
  return BODY_BUCKETS.find(([max]) => f.bodies <= max)![1];
}

export function staffingFacet(f: Pick<TownshipFacts, 'staffing'>): string {
  if (f.staffing === null) return UNPUBLISHED;
  return STAFFING_BUCKETS.find(([max]) => f.staffing! <= max)![1];
}

export function populationFacet(f: Pick<TownshipFacts, 'band'>): string {
  return f.band ?? UNPUBLISHED;
}

const CHINESE_COUNTS = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 平台模式 as plans name it: 四大平台, 五个平台 …; 未设平台 when the plan has none. */
export function platformFacet(f: Pick<TownshipFacts, 'platforms'>): string {
  if (f.platforms === 0) return '未设平台';
  return `${CHINESE_COUNTS[f.platforms] ?? f.platforms}个平台`;
}

export interface Facet {
  /** Stable key, also the URL parameter of the finder. */
  key: 'province' | 'city' | 'county' | 'kind' | 'population' | 'bodies' | 'staffing' | 'platforms';
  label: string;
  value: (f: TownshipFacts) => string;
  /** Values in reading order (sizes ascending); values of facets without one are sorted by code point. */
  order?: readonly string[];
}

export const FACETS: readonly Facet[] = [
  { key: 'province', label: '省份', value: (f) => f.province },
  { key: 'city', label: '地级市', value: (f) => f.city ?? UNPUBLISHED },
  { key: 'county', label: '县（区）', value: (f) => f.county },
  { key: 'kind', label: '乡镇类型', value: (f) => f.kind, order: ['乡', '镇', '街道'] },
  { key: 'population', label: '人口规模', value: populationFacet, order: [...POPULATION_BANDS, UNPUBLISHED] },
  { key: 'bodies', label: '机构数', value: bodiesFacet, order: BODY_BUCKETS.map(([, l]) => l) },
  { key: 'staffing', label: '编制总数', value: staffingFacet, order: [...STAFFING_BUCKETS.map(([, l]) => l), UNPUBLISHED] },
  {
    key: 'platforms',
    label: '平台模式',
    value: platformFacet,
    order: ['未设平台', ...CHINESE_COUNTS.slice(1).map((c) => `${c}个平台`)],
  },
];

/** Facet values of one township, keyed by facet. */
export function facetValues(f: TownshipFacts): Record<Facet['key'], string> {
  return Object.fromEntries(FACETS.map((facet) => [facet.key, facet.value(f)])) as Record<Facet['key'], string>;
}

/** Sorts values by the facet's reading order; values outside it (or facets without one) by code point. */
export function sortFacetValues(facet: Facet, values: Iterable<string>): string[] {
  const rank = (v: string) => {
    const i = facet.order?.indexOf(v) ?? -1;
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...new Set(values)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** How many townships take each value of a facet, in the facet's order. */
export function countFacet(facet: Facet, facts: readonly TownshipFacts[]): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const f of facts) counts.set(facet.value(f), (counts.get(facet.value(f)) ?? 0) + 1);
  return sortFacetValues(facet, counts.keys()).map((value) => ({ value, count: counts.get(value)! }));
}
