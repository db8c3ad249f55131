import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
// The browser reads the census with the same key and bucket functions (public/assets/find/census.js).
import { bucketOf, censusBuckets, EXACT_WORD_MAX_CHARS, PREFIX_MAX_CHARS, prefixKey } from '../../public/assets/find/census.js';
import type { IndexWords } from './pagefind-files.ts';

/**
 * The word census: for each word of the province indexes, how many pages of each province hold it, so that a
 * search over the whole country opens only the province indexes that can answer (see census.js for the reading
 * side). Short words (≤ 4 characters: what Intl.Segmenter makes of a Chinese query) are counted one by one;
 * every word is also counted under its first one and two characters, which is what Pagefind matches when a
 * query word is not itself in an index. Long words (12-digit codes, titles) are therefore never listed one by
 * one: the census grows with the vocabulary of short words, not with the number of townships.
 */

/** key → counts by partition index (sparse) */
export type Census = Map<string, number[]>;

/** Adds one partition's words to the census. */
export function addPartition(census: Census, partition: number, index: IndexWords): void {
  const prefixPages = new Map<string, Set<number>>();
  for (const [word, pages] of index.words) {
    const chars = [...word];
    if (chars.length <= EXACT_WORD_MAX_CHARS) count(census, word, partition, pages.length);
    for (let n = 1; n <= Math.min(PREFIX_MAX_CHARS, chars.length); n++) {
      const key = prefixKey(chars.slice(0, n).join(''));
      let set = prefixPages.get(key);
      if (!set) prefixPages.set(key, (set = new Set()));
      for (const page of pages) set.add(page);
    }
  }
  for (const [key, pages] of prefixPages) count(census, key, partition, pages.size);
}

function count(census: Census, key: string, partition: number, pages: number): void {
  let counts = census.get(key);
  if (!counts) census.set(key, (counts = []));
  counts[partition] = pages;
}

/** [partition, count, partition, count …]: a sparse array written compactly. */
export function flatCounts(counts: number[]): number[] {
  const flat: number[] = [];
  counts.forEach((n, p) => n > 0 && flat.push(p, n));
  return flat;
}

/** What the page reads first (`index.json`): how many files the census is split into. */
export interface CensusManifest {
  buckets: number;
}

/**
 * The census split into files by bucket (bucketOf); every bucket has a file (an empty one is `{}`), so no lookup
 * is a 404. Counts index partitions in the order of /search/partitions.json, which the search page lists too.
 */
export function censusFiles(census: Census, buckets = censusBuckets(censusBytes(census))): Map<number, Record<string, number[]>> {
  const files = new Map<number, Record<string, number[]>>(Array.from({ length: buckets }, (_, b) => [b, {}]));
  const keys = [...census.keys()].sort();
  for (const key of keys) files.get(bucketOf(key, buckets))![key] = flatCounts(census.get(key)!);
  return files;
}

/** About what the census weighs as JSON (UTF-8 key, its counts, punctuation). */
export function censusBytes(census: Census): number {
  let bytes = 0;
  for (const [key, counts] of census) bytes += Buffer.byteLength(key) + JSON.stringify(flatCounts(counts)).length + 4;
  return bytes;
}

/** Writes `<dir>/index.json` (the manifest) and `<dir>/<bucket>.json`. */
export async function writeCensus(dir: string, census: Census): Promise<void> {
  const files = censusFiles(census);
  await mkdir(dir, { recursive: true });
  for (const [b, file] of files) await writeFile(join(dir, `${b}.json`), JSON.stringify(file));
  const manifest: CensusManifest = { buckets: files.size };
  await writeFile(join(dir, 'index.json'), JSON.stringify(manifest));
}
