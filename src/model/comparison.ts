import type { Post } from '../schema/post.ts';
import { STAFFING_KINDS, STAFFING_LABELS } from '../schema/staffing.ts';
import type { Township } from '../schema/township.ts';
import { BODY_FUNCTION_ORDER, bodyFunction, type BodyFunction } from './body-functions.ts';
import { facetValues } from './facets.ts';
import type { TownshipFacts } from './township-facts.ts';

/**
 * What the comparison page fetches per township (`/compare/data/<slug>.json`): a few kilobytes, with the
 * bodies already grouped by normalised function so the browser only lines rows up. Figures stay `null`
 * when unpublished; the page shows 未公布.
 */
export interface ComparisonRecord {
  slug: string;
  url: string;
  name: string;
  region: string;
  status: string;
  /** Figures copied from the township's facts; `platforms` as its model's name (五个平台) rather than a count. */
  facts: Pick<TownshipFacts, 'population' | 'band' | 'areaKm2' | 'bodies' | 'stationedBodies' | 'staffing'> & { platforms: string };
  staffing: { label: string; value: number | null }[];
  leadership: { title: string; count: string }[];
  platforms: { name: string; lead: string | null; members: string[] }[];
  /** Bodies by function, in BODY_FUNCTION_ORDER. */
  functions: { key: BodyFunction; bodies: ComparedBody[] }[];
}

export interface ComparedBody {
  name: string;
  category: string;
  plaques: string[];
  rank: string | null;
  staffing: number | null;
  posts: string;
}

const sumKnown = (values: (number | null)[]) => {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) : null;
};

/** 主任1、副主任1 — posts as plans write them. */
export function formatPosts(posts: readonly { title: string; count: number | null }[]): string {
  return posts.map((p) => `${p.title}${p.count ?? ''}`).join('、');
}

/** A post count as written: 1, 7–9 (a range the source allows), or 未公布. */
function formatCount(p: Post): string {
  if (p.count !== null) return String(p.count);
  if (p.min !== undefined && p.max !== undefined) return `${p.min}–${p.max}`;
  return '未公布';
}

export function comparisonRecord(facts: TownshipFacts, t: Township): ComparisonRecord {
  const names = new Map(t.bodies.map((b) => [b.id, b.name]));
  const grouped = new Map<BodyFunction, ComparedBody[]>();
  for (const b of t.bodies) {
    const key = bodyFunction(b);
    const body: ComparedBody = {
      name: b.name,
      category: b.category,
      plaques: b.plaques,
      rank: b.rank ?? null,
      staffing: sumKnown(STAFFING_KINDS.map((k) => b.staffing[k])),
      posts: formatPosts(b.posts),
    };
    const group = grouped.get(key);
    if (group) group.push(body);
    else grouped.set(key, [body]);
  }
  return {
    slug: facts.slug,
    url: facts.url,
    name: facts.name,
    region: [facts.province, facts.city, facts.county].filter(Boolean).join(' '),
    status: facts.status,
    facts: {
      population: facts.population,
      band: facts.band,
      areaKm2: facts.areaKm2,
      bodies: facts.bodies,
      stationedBodies: facts.stationedBodies,
      staffing: facts.staffing,
      platforms: facetValues(facts).platforms,
    },
    staffing: STAFFING_KINDS.map((k) => ({ label: STAFFING_LABELS[k], value: t.staffing[k] })),
    leadership: t.leadership.map((p) => ({ title: p.title, count: formatCount(p) })),
    platforms: t.platforms.map((p) => ({
      name: p.name,
      lead: names.get(p.lead) ?? null,
      members: t.bodies.filter((b) => b.platform === p.id).map((b) => b.name),
    })),
    functions: BODY_FUNCTION_ORDER.filter((k) => grouped.has(k)).map((key) => ({ key, bodies: grouped.get(key)! })),
  };
}
