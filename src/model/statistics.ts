import { RANKS } from '../schema/body.ts';
import type { Township } from '../schema/township.ts';
import { isCountedBody } from './bodies.ts';
import { countFacet, FACETS, platformFacet, UNPUBLISHED, type Facet } from './facets.ts';
import type { TownshipFacts } from './township-facts.ts';

/** One bar of a chart / one row of its table. */
export interface Bin {
  label: string;
  count: number;
}

export interface PlanForStatistics {
  facts: TownshipFacts;
  township: Township;
}

export interface ProvinceSummary {
  province: string;
  townships: number;
  /** Townships whose plan lists its bodies. */
  withBodies: number;
  medianBodies: number | null;
  /** Townships that publish a staffing total. */
  withStaffing: number;
  medianStaffing: number | null;
  /** Most frequent platform model, e.g. 五个平台 (ties: the larger model). */
  commonPlatforms: string | null;
}

export interface Statistics {
  townships: number;
  /** Townships per number of bodies (党政机构 + 事业单位), every count from the smallest to the largest. */
  bodies: Bin[];
  /** Plans that list no bodies: left out of `bodies` rather than drawn as 0. */
  withoutBodies: number;
  /** Townships per staffing bucket, 未公布 last. */
  staffing: Bin[];
  /** Bodies (党政机构 + 事业单位) per 机构规格. */
  ranks: Bin[];
  platforms: Bin[];
  kinds: Bin[];
  population: Bin[];
  provinces: ProvinceSummary[];
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const facet = (key: Facet['key']) => FACETS.find((f) => f.key === key)!;
const bins = (key: Facet['key'], facts: readonly TownshipFacts[]): Bin[] => countFacet(facet(key), facts).map(({ value, count }) => ({ label: value, count }));

export function bodiesHistogram(facts: readonly TownshipFacts[]): Bin[] {
  const listed = facts.filter((f) => f.bodies > 0).map((f) => f.bodies);
  if (!listed.length) return [];
  const counts = new Map<number, number>();
  for (const n of listed) counts.set(n, (counts.get(n) ?? 0) + 1);
  const min = Math.min(...listed);
  const max = Math.max(...listed);
  return Array.from({ length: max - min + 1 }, (_, i) => ({ label: `${min + i}个`, count: counts.get(min + i) ?? 0 }));
}

export function rankCounts(townships: readonly Township[]): Bin[] {
  const counts = new Map<string, number>();
  for (const t of townships) {
    for (const b of t.bodies.filter(isCountedBody)) {
      const rank = b.rank ?? UNPUBLISHED;
      counts.set(rank, (counts.get(rank) ?? 0) + 1);
    }
  }
  return [...RANKS, UNPUBLISHED].filter((r) => counts.has(r)).map((r) => ({ label: r, count: counts.get(r)! }));
}

function summariseProvince(province: string, facts: readonly TownshipFacts[]): ProvinceSummary {
  const withBodies = facts.filter((f) => f.bodies > 0);
  const withStaffing = facts.filter((f) => f.staffing !== null);
  const models = new Map<number, number>();
  for (const f of facts) if (f.platforms > 0) models.set(f.platforms, (models.get(f.platforms) ?? 0) + 1);
  const common = [...models].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return {
    province,
    townships: facts.length,
    withBodies: withBodies.length,
    medianBodies: median(withBodies.map((f) => f.bodies)),
    withStaffing: withStaffing.length,
    medianStaffing: median(withStaffing.map((f) => f.staffing!)),
    commonPlatforms: common ? platformFacet({ platforms: common[0] }) : null,
  };
}

/** Every figure of the statistics page, for plans in force. Pure. */
export function statistics(plans: readonly PlanForStatistics[]): Statistics {
  const facts = plans.map((p) => p.facts);
  const byProvince = new Map<string, TownshipFacts[]>();
  for (const f of facts) {
    const list = byProvince.get(f.province);
    if (list) list.push(f);
    else byProvince.set(f.province, [f]);
  }
  return {
    townships: facts.length,
    bodies: bodiesHistogram(facts),
    withoutBodies: facts.filter((f) => f.bodies === 0).length,
    staffing: bins('staffing', facts),
    ranks: rankCounts(plans.map((p) => p.township)),
    platforms: bins('platforms', facts),
    kinds: bins('kind', facts),
    population: bins('population', facts),
    provinces: [...byProvince].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, f]) => summariseProvince(p, f)),
  };
}
