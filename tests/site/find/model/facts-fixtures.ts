import type { TownshipFacts } from '../../../../src/model/township-facts.ts';

/** A township's facts with defaults; only what a test is about needs saying. */
export function facts(slug: string, over: Partial<TownshipFacts> = {}): TownshipFacts {
  return {
    slug,
    url: `/townships/${slug}/`,
    name: slug.split('/').pop()!,
    kind: '镇',
    province: '示例省',
    city: '示例市',
    county: '示例县',
    code: null,
    population: null,
    band: null,
    areaKm2: null,
    bodies: 8,
    stationedBodies: 0,
    staffing: null,
    platforms: 0,
    status: '已批复',
    ...over,
  };
}

/** A deterministic pseudo-random generator (mulberry32), so synthetic data sets are the same every run. */
export function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** N synthetic townships spread over 31 provinces with varied, partly unpublished figures. */
export function syntheticFacts(n: number): TownshipFacts[] {
  const random = seeded(42);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  return Array.from({ length: n }, (_, i) => {
    const province = `p${i % 31}`;
    const population = random() < 0.7 ? Math.round(5_000 + random() * 120_000) : null;
    return facts(`${province}/c${(i >> 5) % 97}/t${i}`, {
      province,
      county: `c${(i >> 5) % 97}`,
      population,
      areaKm2: random() < 0.6 ? Math.round(20 + random() * 300) : null,
      bodies: 5 + Math.floor(random() * 10),
      staffing: random() < 0.8 ? Math.round(20 + random() * 120) : null,
      platforms: pick([0, 3, 4, 5, 5, 6]),
    });
  });
}
