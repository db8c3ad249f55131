import type { Township } from '../schema/township.ts';
import { bodyCounts } from './bodies.ts';
import { bodiesFacet, platformFacet, populationFacet, staffingFacet, UNPUBLISHED } from './facets.ts';
import { populationBand } from './population.ts';
import { totalStaffing } from './township-facts.ts';

/**
 * The Pagefind filters of a township page (`data-pagefind-filter`), agreed with the finder: keys are the
 * finder's facet keys (src/model/facets.ts FACETS) and values come from the same functions, so the facet
 * a reader ticks and the value in the index cannot drift apart.
 */
export function searchFacets(t: Township): Record<string, string> {
  return {
    province: t.region.province,
    city: t.region.city ?? UNPUBLISHED,
    county: t.region.county,
    kind: t.kind,
    population: populationFacet({ band: populationBand(t) ?? null }),
    bodies: bodiesFacet({ bodies: bodyCounts(t.bodies).counted }),
    staffing: staffingFacet({ staffing: totalStaffing(t.staffing) }),
    platforms: platformFacet({ platforms: t.platforms.length }),
  };
}

/**
 * The Pagefind sort keys (`data-pagefind-sort`): numbers as decimal strings. Pagefind sorts numerically
 * when every value parses as a number, so a key is left out of a page whose figure is 未公布 rather than
 * given a fake 0.
 */
export function searchSorts(t: Township): Record<string, string> {
  const sorts: Record<string, string> = { name: t.name, bodies: String(bodyCounts(t.bodies).counted) };
  const staffing = totalStaffing(t.staffing);
  if (staffing !== null) sorts.staffing = String(staffing);
  if (t.population !== null) sorts.population = String(t.population);
  if (t.updated) sorts.updated = t.updated;
  return sorts;
}
