import type { TownshipFacts } from './township-facts.ts';
import { contentFacts } from './content-facts.ts';
import { platformFacet } from './facets.ts';

/**
 * Similar townships: for each township the k nearest others by population (or the midpoint of its band),
 * area, number of bodies, total staffing and number of platforms.
 *
 * Features are put on one scale: population, area and staffing are log-scaled (a township of 5,000 vs
 * 10,000 differs as much as one of 50,000 vs 100,000), then every feature is divided by its interquartile
 * range across all townships, so no unit dominates. A feature unknown for either township (未公布) is left
 * out of that pair's distance rather than guessed; the distance is the root-mean-square over the features
 * both publish, and a pair sharing fewer than two features is not offered as similar.
 *
 * Scale (40,000 townships): comparing every pair would be 8×10⁸ distances. Instead townships are put into
 * buckets by coarse coordinates (bodies, platforms, population band, staffing in doubling steps) — the
 * features readers compare first — and a township's candidates are its own bucket and then the nearest
 * other buckets, until at least `CANDIDATES` townships are in hand. The exact distance is
 * computed only for those candidates: O(N × candidates) plus O(B²) for B buckets (a few hundred). The
 * result is exact within the candidates; a nearer township in a far bucket can only be missed when its
 * coarse coordinates differ a lot, which the distance would punish anyway. Ties are broken toward the same county, then the same province, then by slug, so the result
 * is stable from build to build.
 */

export interface SimilarTownship {
  slug: string;
  name: string;
  url: string;
  /** Distance in normalised feature units (0 = identical on every shared feature). */
  distance: number;
  /** Why it is similar, in Chinese, for readers: 同为<3万人口档次；机构数相同（8个）. */
  why: string;
}

const BAND_MIDPOINTS: Record<string, number> = { '<3万': 20_000, '3–5万': 40_000, '5–10万': 75_000, '>10万': 150_000 };
const BAND_ORDER = ['<3万', '3–5万', '5–10万', '>10万'];

/** Candidates gathered from nearby buckets before exact ranking: enough that k = 5 is rarely cut short. */
const CANDIDATES = 64;

type Vector = (number | null)[];

function populationOf(f: TownshipFacts): number | null {
  return f.population ?? (f.band ? BAND_MIDPOINTS[f.band] ?? null : null);
}

function rawFeatures(f: TownshipFacts): Vector {
  const log = (n: number | null) => (n === null ? null : Math.log1p(n));
  return [log(populationOf(f)), log(f.areaKm2), f.bodies || null, log(f.staffing), f.platforms];
}

/** Interquartile range of the known values, or 1 when they are (nearly) all the same. */
function spread(values: number[]): number {
  if (values.length < 4) return 1;
  const s = [...values].sort((a, b) => a - b);
  const iqr = s[Math.floor(s.length * 0.75)] - s[Math.floor(s.length * 0.25)];
  return iqr > 1e-9 ? iqr : 1;
}

/**
 * Root-mean-square difference over the features both townships publish; undefined when they share fewer
 * than two. Vectors are rows of one flat array with NaN for 未公布: at 40,000 townships, rows scattered
 * over the heap cost more in cache misses than the arithmetic.
 */
export function featureDistance(a: ArrayLike<number>, b: ArrayLike<number>, aAt = 0, bAt = 0, dims = a.length): number | undefined {
  let sum = 0;
  let shared = 0;
  for (let i = 0; i < dims; i++) {
    const diff = a[aAt + i] - b[bAt + i];
    if (Number.isNaN(diff)) continue;
    sum += diff * diff;
    shared++;
  }
  return shared >= 2 ? Math.sqrt(sum / shared) : undefined;
}

/** Coarse coordinates of a township's bucket: bodies, platforms, population band, staffing (doubling steps). */
function bucketCoords(f: TownshipFacts): number[] {
  const staffingStep = f.staffing === null ? -1 : Math.floor(Math.log2(1 + f.staffing / 10));
  return [f.bodies, f.platforms, f.band ? BAND_ORDER.indexOf(f.band) : -1, staffingStep];
}

/** Readers' reasons, from the facts both townships publish. */
export function similarityReasons(a: TownshipFacts, b: TownshipFacts): string {
  const reasons: string[] = [];
  if (a.band && a.band === b.band) reasons.push(`同为${a.band}人口档次`);
  if (a.bodies && a.bodies === b.bodies) reasons.push(`机构数相同（${a.bodies}个）`);
  else if (a.bodies && b.bodies && Math.abs(a.bodies - b.bodies) === 1) reasons.push(`机构数相近（${a.bodies}个、${b.bodies}个）`);
  if (a.staffing !== null && b.staffing !== null && Math.abs(a.staffing - b.staffing) <= Math.max(a.staffing, b.staffing) * 0.2) {
    reasons.push(`编制总数相近（${a.staffing}名、${b.staffing}名）`);
  }
  if (a.platforms && a.platforms === b.platforms) reasons.push(`同为${platformFacet(a)}`);
  if (a.areaKm2 !== null && b.areaKm2 !== null && Math.abs(a.areaKm2 - b.areaKm2) <= Math.max(a.areaKm2, b.areaKm2) * 0.2) {
    reasons.push('面积相近');
  }
  if (a.county === b.county && a.province === b.province) reasons.push(`同属${a.county}`);
  else if (a.province === b.province) reasons.push(`同属${a.province}`);
  return reasons.join('；') || '各项已公布指标最接近';
}

/** The k most similar townships of every township, keyed by slug. Pure; O(N × CANDIDATES). */
export function nearestTownships(all: readonly TownshipFacts[], k = 5): Map<string, SimilarTownship[]> {
  const raw = all.map(rawFeatures);
  const scales = raw[0]?.map((_, i) => spread(raw.map((v) => v[i]).filter((x): x is number => x !== null))) ?? [];
  const dims = scales.length;
  const vectors = new Float64Array(all.length * dims);
  raw.forEach((v, i) => v.forEach((x, d) => (vectors[i * dims + d] = x === null ? NaN : x / scales[d])));

  const buckets = new Map<string, { coords: number[]; members: number[] }>();
  all.forEach((f, i) => {
    const coords = bucketCoords(f);
    const key = coords.join(',');
    const bucket = buckets.get(key);
    if (bucket) bucket.members.push(i);
    else buckets.set(key, { coords, members: [i] });
  });

  // Townships of one bucket share their candidates: the bucket itself, then other buckets from the nearest
  // (smallest largest-coordinate difference, then smallest total difference) until CANDIDATES townships
  // are gathered. B buckets cost B² here.
  const bucketList = [...buckets.entries()].map(([key, b]) => ({ key, ...b }));
  const candidatesOf = new Map<string, number[]>();
  for (const bucket of bucketList) {
    const byNearness = bucketList
      .map((other) => {
        const diffs = other.coords.map((x, d) => Math.abs(x - bucket.coords[d]));
        return { other, ring: Math.max(...diffs), sum: diffs.reduce((a, b) => a + b, 0) };
      })
      .sort((a, b) => a.ring - b.ring || a.sum - b.sum || (a.other.key < b.other.key ? -1 : 1));
    const candidates: number[] = [];
    for (const { other } of byNearness) {
      if (candidates.length >= CANDIDATES) break;
      candidates.push(...other.members);
    }
    candidatesOf.set(bucket.key, candidates);
  }

  const result = new Map<string, SimilarTownship[]>();
  all.forEach((f, i) => {
    // Keep the k best in a small sorted array instead of sorting every candidate: N × candidates stays cheap.
    const best: { j: number; d: number }[] = [];
    const before = (x: { j: number; d: number }, y: { j: number; d: number }) =>
      x.d - y.d || closeness(f, all[y.j]) - closeness(f, all[x.j]) || (all[x.j].slug < all[y.j].slug ? -1 : 1);
    for (const j of candidatesOf.get(bucketCoords(f).join(','))!) {
      if (j === i) continue;
      const d = featureDistance(vectors, vectors, i * dims, j * dims, dims);
      if (d === undefined) continue;
      if (best.length === k && d > best[k - 1].d) continue;
      const candidate = { j, d };
      if (best.length === k && before(candidate, best[k - 1]) >= 0) continue;
      let at = best.length;
      while (at > 0 && before(candidate, best[at - 1]) < 0) at--;
      best.splice(at, 0, candidate);
      if (best.length > k) best.pop();
    }
    result.set(
      f.slug,
      best.map(({ j, d }) => ({ slug: all[j].slug, name: all[j].name, url: all[j].url, distance: Math.round(d * 1000) / 1000, why: similarityReasons(f, all[j]) })),
    );
  });
  return result;
}

/** 2 = same county, 1 = same province, 0 = elsewhere: the tie-break between equally distant townships. */
function closeness(a: TownshipFacts, b: TownshipFacts): number {
  if (a.province !== b.province) return 0;
  return a.county === b.county ? 2 : 1;
}

let nearest: Promise<Map<string, SimilarTownship[]>> | undefined;

/**
 * The 5 townships most similar to `slug` among plans in force, computed once per build for all townships.
 * For a superseded plan, or a township with too little published to compare, the list is empty.
 */
export async function similarTownships(slug: string): Promise<SimilarTownship[]> {
  nearest ??= contentFacts().then(({ current }) => nearestTownships(current));
  return (await nearest).get(slug) ?? [];
}
