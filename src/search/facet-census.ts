import { countFacet, FACETS, sortFacetValues, type Facet } from '../model/facets.ts';
import type { TownshipFacts } from '../model/township-facts.ts';
import { partitionId, searchPartitions } from './lookup.ts';

/**
 * How many townships of each province take each facet value, precomputed for the search page: with 全部省份
 * chosen it learns from one small file which provinces can have results for the chosen facets (and about how
 * many), instead of opening every province's index to count. 市 and 县 have thousands of values nationally, so
 * they are counted per province, in the file the page reads when a province is chosen.
 */

/** Facets counted country-wide: all but 省份 (the partition itself) and the per-province 市 and 县. */
export const COUNTRY_FACETS: readonly Facet[] = FACETS.filter((f) => !['province', 'city', 'county'].includes(f.key));
export const PROVINCE_FACETS: readonly Facet[] = FACETS.filter((f) => ['city', 'county'].includes(f.key));

export interface FacetCensus {
  /** Partition ids, in the order of the count arrays. */
  partitions: string[];
  /** facet key → value → townships per partition */
  facets: Record<string, Record<string, number[]>>;
}

export function facetCensus(facts: readonly TownshipFacts[]): FacetCensus {
  const partitions = searchPartitions(facts).map((p) => p.id);
  const index = new Map(partitions.map((id, i) => [id, i]));
  const facets: FacetCensus['facets'] = {};
  for (const facet of COUNTRY_FACETS) {
    const values = sortFacetValues(facet, facts.map(facet.value));
    const counts: Record<string, number[]> = Object.fromEntries(values.map((v) => [v, partitions.map(() => 0)]));
    for (const f of facts) counts[facet.value(f)][index.get(partitionId(f.slug))!]++;
    facets[facet.key] = counts;
  }
  return { partitions, facets };
}

/** 市 and 县 of one province with their township counts, in reading order: the options of the per-province selects. */
export function provinceFacets(facts: readonly TownshipFacts[], partition: string): Record<string, [value: string, count: number][]> {
  const own = facts.filter((f) => partitionId(f.slug) === partition);
  return Object.fromEntries(
    PROVINCE_FACETS.map((facet) => [
      facet.key,
      countFacet(facet, own)
        .sort((a, b) => a.value.localeCompare(b.value, 'zh-CN'))
        .map(({ value, count }) => [value, count] as [string, number]),
    ]),
  );
}
