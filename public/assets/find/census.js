// Where in the country a query can have results, before any Pagefind index is opened.
//
// Searching all of China through Pagefind means opening every province's index: its metadata alone grows with
// the number of pages (≈ 250 kB at 40,000), over the whole page's budget. So the search page asks first a
// small "census" written next to the indexes (src/search/census.ts): for each indexed word, how many pages
// of each province hold it. From it the page learns, for a few kilobytes, which provinces can answer and
// roughly how many results each has, and then opens only as many province indexes as one page of results
// needs. Pure functions, shared by the build (which writes the census) and the browser (which reads it).

/** Words up to this many characters are counted one by one; longer words only under their first two. */
export const EXACT_WORD_MAX_CHARS = 4;
/** Prefix counts ("which pages hold a word starting with …") are kept for the first one and two characters. */
export const PREFIX_MAX_CHARS = 2;

/** The census key of the pages holding any word that starts with `prefix`. */
export function prefixKey(prefix) {
  return `${[...prefix].slice(0, PREFIX_MAX_CHARS).join('')}*`;
}

/**
 * A word, its own count and the prefix count of its first two characters share one file, so each query word
 * costs one request: the file is chosen by those first (up to) two characters.
 */
export function bucketKey(key) {
  return [...key.replace(/\*$/, '')].slice(0, PREFIX_MAX_CHARS).join('');
}

/** Aim for census files of about this size: each query word costs one. */
export const TARGET_FILE_BYTES = 2048;

/** The number of census files (a power of two) that keeps a census of `totalBytes` near TARGET_FILE_BYTES a file. */
export function censusBuckets(totalBytes) {
  let buckets = 1;
  while (totalBytes / buckets > TARGET_FILE_BYTES) buckets *= 2;
  return buckets;
}

/** FNV-1a over UTF-16 code units: the same number in Node and in every browser. */
export function bucketOf(key, buckets) {
  let hash = 0x811c9dc5;
  const text = bucketKey(key);
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % buckets;
}

const PUNCTUATION = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;

/**
 * The words Pagefind 1.6 looks up for a query on a zh-CN page (its `search()` does the same): split with
 * Intl.Segmenter, punctuation dropped, lower-cased, diacritics stripped. Both sides must agree, or the census
 * would be asked about words Pagefind never looks up.
 */
export function queryWords(query, language = 'zh-CN') {
  const words = new Intl.Segmenter(language, { granularity: 'word' });
  const graphemes = new Intl.Segmenter(language, { granularity: 'grapheme' });
  const out = [];
  for (const { segment } of words.segment(query)) {
    let word = '';
    for (const { segment: g } of graphemes.segment(segment)) if (!PUNCTUATION.test(g)) word += g.toLocaleLowerCase();
    word = word.trim();
    if (!word) continue;
    for (const part of word.split(/\s+/)) {
      const stripped = part.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
      const normal = /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
      if (normal) out.push(normal);
    }
  }
  return [...new Set(out)];
}

/**
 * Pages of partition `p` that can match `word`: its own count when the partition has the word (Pagefind then
 * matches it exactly), else the pages holding a word that starts like it (Pagefind then matches by prefix; for
 * words longer than two characters this is a superset). Never 0 where Pagefind could find something.
 */
export function wordCount(census, word, p) {
  const exact = census[word]?.[p];
  if (exact) return exact;
  return census[prefixKey(word)]?.[p] ?? 0;
}

/** census entries are flat [partition, count, partition, count …]: as a sparse array by partition. */
export function expandEntries(bucket) {
  const out = {};
  for (const [key, flat] of Object.entries(bucket)) {
    const counts = [];
    for (let i = 0; i < flat.length; i += 2) counts[flat[i]] = flat[i + 1];
    out[key] = counts;
  }
  return out;
}

/**
 * Estimated results per partition for the words of a query: Pagefind requires every word on a page, so the
 * smallest word count bounds it. Words found nowhere are left out, as Pagefind leaves them out.
 * Returns counts indexed like `partitions`, or null when no word is known anywhere.
 */
export function estimateByWords(census, words, partitionCount) {
  const counts = words.map((w) => Array.from({ length: partitionCount }, (_, p) => wordCount(census, w, p)));
  const known = counts.filter((c) => c.some((n) => n > 0));
  if (!known.length) return null;
  return Array.from({ length: partitionCount }, (_, p) => Math.min(...known.map((c) => c[p])));
}

/** Townships per partition that have every chosen facet value: the smallest single-facet count bounds it. */
export function estimateByFacets(facetCensus, filters, partitionCount) {
  return Array.from({ length: partitionCount }, (_, p) =>
    Math.min(
      Infinity,
      ...Object.entries(filters).map(([facet, value]) => facetCensus.facets[facet]?.[value]?.[p] ?? 0),
    ),
  );
}

/**
 * The order in which partitions are opened. Without words, in their usual (listed) order. With words, where
 * the matches are densest first (results per township; county pages can push it past 1, which counts as 1),
 * then the smaller index: for a word on nearly every page, the smallest province fills a page of results for
 * the fewest bytes.
 *
 * @template {{ townships: number }} P
 * @param {P[]} partitions
 * @param {number[]} estimates
 * @param {boolean} byDensity
 * @returns {(P & { estimate: number })[]}
 */
export function orderPartitions(partitions, estimates, byDensity) {
  const candidates = partitions.map((p, i) => ({ ...p, estimate: estimates[i] })).filter((p) => p.estimate > 0);
  if (!byDensity) return candidates;
  const density = (p) => Math.min(1, p.estimate / Math.max(1, p.townships));
  return candidates.sort((a, b) => density(b) - density(a) || a.townships - b.townships);
}
