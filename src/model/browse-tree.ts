import type { TownshipFacts } from './township-facts.ts';

/**
 * The finder's browsable list for readers without JavaScript: province → county → township, each level
 * its own page under /find/, keyed by the content folders (`anhui/langxi/biqiao` → /find/anhui/langxi/).
 * No page lists more than one county's townships, so pages stay small at 40,000 townships.
 */
export interface BrowseCounty {
  id: string;
  name: string;
  city: string | null;
  townships: TownshipFacts[];
}

export interface BrowseProvince {
  id: string;
  name: string;
  townships: number;
  counties: BrowseCounty[];
}

export function browseTree(facts: readonly TownshipFacts[]): BrowseProvince[] {
  const provinces = new Map<string, BrowseProvince>();
  for (const f of facts) {
    const [provinceId, countyId] = f.slug.split('/');
    let province = provinces.get(provinceId);
    if (!province) provinces.set(provinceId, (province = { id: provinceId, name: f.province, townships: 0, counties: [] }));
    province.townships++;
    let county = province.counties.find((c) => c.id === countyId);
    if (!county) province.counties.push((county = { id: countyId, name: f.county, city: f.city, townships: [] }));
    county.townships.push(f);
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return [...provinces.values()].sort(byId).map((p) => ({ ...p, counties: p.counties.sort(byId) }));
}
