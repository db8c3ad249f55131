import type { PopulationBand, Township } from '../schema/township.ts';

/** The published band, or the band the published population falls in; undefined when neither is known. */
export function populationBand(t: Pick<Township, 'population' | 'population_band'>): PopulationBand | undefined {
  if (t.population_band) return t.population_band;
  if (t.population === null) return undefined;
  if (t.population < 30_000) return '<3万';
  if (t.population < 50_000) return '3–5万';
  if (t.population <= 100_000) return '5–10万';
  return '>10万';
}
