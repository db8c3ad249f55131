import type { Township } from '../schema/township.ts';
import { isCountedBody } from './bodies.ts';
import { populationBand } from './population.ts';

/**
 * The handful of facts every finder, comparison, similarity and statistics view works from: small enough
 * that 40,000 of them fit in memory at build time, and that a province's worth can be shipped as JSON.
 * `null` always means 未公布 (the source does not say), never zero.
 */
export interface TownshipFacts {
  slug: string;
  /** Page of the township on the site. */
  url: string;
  name: string;
  kind: Township['kind'];
  province: string;
  city: string | null;
  county: string;
  /** 统计用区划代码. */
  code: string | null;
  population: number | null;
  /** Published band, or the band the published population falls in. */
  band: string | null;
  areaKm2: number | null;
  /** 机构数: 党政机构 + 事业单位 (what counts against the 机构限额); 派驻机构 are counted apart. */
  bodies: number;
  stationedBodies: number;
  /** 行政 + 事业 + 政法专项编制 of the township; null when any published kind is missing and none is known. */
  staffing: number | null;
  /** Number of work platforms (五个平台 → 5); 0 when the plan sets up none. */
  platforms: number;
  status: Township['status'];
}

/** Where a township's page lives; the rule `unique-slug` guarantees one township per URL. */
export function townshipUrl(slug: string): string {
  return `/townships/${slug}/`;
}

/** Total 核定编制 of the township: the published kinds added up, or null when none is published. */
export function totalStaffing(staffing: Township['staffing']): number | null {
  const known = [staffing.administrative, staffing.institutional, staffing.political_legal].filter((n): n is number => n !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) : null;
}

export function townshipFacts(slug: string, t: Township): TownshipFacts {
  return {
    slug,
    url: townshipUrl(slug),
    name: t.name,
    kind: t.kind,
    province: t.region.province,
    city: t.region.city ?? null,
    county: t.region.county,
    code: t.code ?? null,
    population: t.population,
    band: populationBand(t) ?? null,
    areaKm2: t.area_km2,
    bodies: t.bodies.filter(isCountedBody).length,
    stationedBodies: t.bodies.filter((b) => !isCountedBody(b)).length,
    staffing: totalStaffing(t.staffing),
    platforms: t.platforms.length,
    status: t.status,
  };
}
