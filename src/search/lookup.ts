import type { TownshipFacts } from '../model/township-facts.ts';

/**
 * Name and 统计用区划代码 lookup beside full-text search. Pagefind ranks an exact township name or code
 * poorly (and drops words it has never seen), so the search page first asks a small static shard:
 * names by their first character, codes by their first six digits (the county). Each shard holds a few
 * dozen entries even at 40,000 townships, so a lookup downloads a few kilobytes.
 */

/** [name, url, region, code] — an array, not an object, to keep shards small. */
export type LookupEntry = [name: string, url: string, region: string, code: string | null];

export const CODE_PREFIX_LENGTH = 6;

/** Shard of a name: the first character's code point in hex, so file names stay ASCII. */
export function nameShard(name: string): string {
  return name.codePointAt(0)!.toString(16);
}

export function codeShard(code: string): string {
  return code.slice(0, CODE_PREFIX_LENGTH);
}

function entry(f: TownshipFacts): LookupEntry {
  return [f.name, f.url, [f.province, f.city, f.county].filter(Boolean).join(' '), f.code];
}

function group(facts: readonly TownshipFacts[], key: (f: TownshipFacts) => string | null): Map<string, LookupEntry[]> {
  const shards = new Map<string, LookupEntry[]>();
  for (const f of facts) {
    const k = key(f);
    if (k === null) continue;
    const list = shards.get(k);
    if (list) list.push(entry(f));
    else shards.set(k, [entry(f)]);
  }
  return shards;
}

export function nameShards(facts: readonly TownshipFacts[]): Map<string, LookupEntry[]> {
  return group(facts, (f) => nameShard(f.name));
}

export function codeShards(facts: readonly TownshipFacts[]): Map<string, LookupEntry[]> {
  return group(facts, (f) => (f.code ? codeShard(f.code) : null));
}

/** One search partition per province folder (the first segment of the slug): `/pagefind/<id>/`. */
export interface SearchPartition {
  id: string;
  province: string;
  townships: number;
}

export function partitionId(slug: string): string {
  return slug.split('/')[0];
}

export function searchPartitions(facts: readonly TownshipFacts[]): SearchPartition[] {
  const partitions = new Map<string, SearchPartition>();
  for (const f of facts) {
    const id = partitionId(f.slug);
    const p = partitions.get(id);
    if (p) p.townships++;
    else partitions.set(id, { id, province: f.province, townships: 1 });
  }
  return [...partitions.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}
