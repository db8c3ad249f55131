import type { Township } from '../schema/township.ts';
import { bodyCounts } from './bodies.ts';
import { sumKnown } from './staffing-table.ts';
import { totalStaffing } from './township-facts.ts';

/** Figures of a county's townships added up; a sum over partly published figures says how many it covers. */
export interface RegionFigures {
  townships: number;
  byKind: Record<Township['kind'], number>;
  /** 党政机构 + 事业单位 of all townships. */
  bodies: number;
  stationedBodies: number;
  /** Total 核定编制 of the townships that publish one, and how many do. */
  staffing: number | null;
  staffingPublished: number;
  population: number | null;
  populationPublished: number;
}

export function regionFigures(townships: readonly Township[]): RegionFigures {
  const byKind = { 乡: 0, 镇: 0, 街道: 0 };
  let bodies = 0;
  let stationedBodies = 0;
  const staffing: number[] = [];
  const population: number[] = [];
  for (const t of townships) {
    byKind[t.kind]++;
    const counts = bodyCounts(t.bodies);
    bodies += counts.counted;
    stationedBodies += counts.派驻机构;
    const s = totalStaffing(t.staffing);
    if (s !== null) staffing.push(s);
    if (t.population !== null) population.push(t.population);
  }
  return {
    townships: townships.length,
    byKind,
    bodies,
    stationedBodies,
    staffing: sumKnown(staffing),
    staffingPublished: staffing.length,
    population: sumKnown(population),
    populationPublished: population.length,
  };
}

/** The region of a township is the folder it lives in: townships/anhui/langxi/biqiao → regions/anhui/langxi. */
export function regionSlugOf(townshipSlug: string): string {
  return townshipSlug.slice(0, townshipSlug.lastIndexOf('/'));
}

/** Groups townships under their region slug in one pass (pages then look up, never scan). */
export function groupByRegion<T extends { slug: string }>(townships: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const t of townships) {
    const key = regionSlugOf(t.slug);
    const list = groups.get(key);
    if (list) list.push(t);
    else groups.set(key, [t]);
  }
  return groups;
}
