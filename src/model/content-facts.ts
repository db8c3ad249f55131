import { validatedContent } from '../content/astro-loader.ts';
import type { ContentFile } from '../content/load.ts';
import type { Township } from '../schema/township.ts';
import { townshipFacts, type TownshipFacts } from './township-facts.ts';

/**
 * The facts of every township of the content being built, computed once per build process and shared by
 * the finder, comparison, similarity and statistics pages.
 */
export interface ContentFacts {
  /** Every published township, superseded plans included (they keep their pages), in slug order. */
  all: TownshipFacts[];
  /** Plans in force: not 已废止 and not superseded. Statistics and similarity count only these. */
  current: TownshipFacts[];
  bySlug: Map<string, { facts: TownshipFacts; township: ContentFile<Township> }>;
}

let facts: Promise<ContentFacts> | undefined;

export function contentFacts(): Promise<ContentFacts> {
  facts ??= validatedContent().then(({ townships }) => factsOf(townships));
  return facts;
}

export function isInForce(t: Township): boolean {
  return t.status !== '已废止' && !t.superseded_by;
}

export function factsOf(townships: readonly ContentFile<Township>[]): ContentFacts {
  const bySlug = new Map<string, { facts: TownshipFacts; township: ContentFile<Township> }>();
  const all: TownshipFacts[] = [];
  const current: TownshipFacts[] = [];
  for (const township of townships) {
    const f = townshipFacts(township.slug, township.data);
    bySlug.set(township.slug, { facts: f, township });
    all.push(f);
    if (isInForce(township.data)) current.push(f);
  }
  return { all, current, bySlug };
}
