import { describe, expect, it } from 'vitest';
import {
  bucketOf,
  censusBuckets,
  estimateByFacets,
  estimateByWords,
  expandEntries,
  orderPartitions,
  prefixKey,
  queryWords,
  wordCount,
} from '../../../../public/assets/find/census.js';
import { addPartition, censusFiles, flatCounts, type Census } from '../../../../src/search/census.ts';
import { facetCensus, provinceFacets } from '../../../../src/search/facet-census.ts';
import { decodeCbor, wordsOfChunk } from '../../../../src/search/pagefind-files.ts';
import { facts } from './facts-fixtures.ts';

/** Two provinces' indexes: word → page numbers. */
function sampleCensus(): Census {
  const census: Census = new Map();
  addPartition(census, 0, { words: new Map([['综合', [0, 1, 2]], ['执法', [0, 1]], ['综合性', [3]], ['乡镇', [2]]]) });
  addPartition(census, 1, { words: new Map([['综合', [0]], ['兴隆', [0, 1]], ['兴隆县人民政府', [1]]]) });
  return census;
}

/** What the browser gets: every census file read back and merged. */
function asRead(census: Census, buckets = 4) {
  return expandEntries(Object.assign({}, ...censusFiles(census, buckets).values()));
}

describe('word census', () => {
  it('counts short words one by one and every word under its first one and two characters', () => {
    const census = sampleCensus();
    expect(census.get('综合')).toEqual([3, 1]);
    expect(census.get(prefixKey('综合'))).toEqual([4, 1]); // 综合 and 综合性: pages 0–3
    expect(census.get('兴隆县人民政府')).toBeUndefined(); // long words only under their prefixes
    expect(census.get(prefixKey('兴'))).toEqual([undefined, 2]);
  });

  it('puts a word and the prefix count of its first two characters in the same file', () => {
    for (const word of ['综合', '综合性', '综合行政执法', '410107111000']) expect(bucketOf(word, 64)).toBe(bucketOf(prefixKey(word), 64));
    const files = censusFiles(sampleCensus(), 8);
    expect(files.size).toBe(8); // empty files too: no lookup is a 404
    expect(flatCounts([undefined!, 2, 0, 5])).toEqual([1, 2, 3, 5]);
  });

  it('is split into as many files as keep each near 2 kB', () => {
    expect(censusBuckets(1000)).toBe(1);
    expect(censusBuckets(2049)).toBe(2);
    expect(censusBuckets(925_000)).toBe(512);
    expect(censusFiles(sampleCensus()).size).toBe(1);
  });

  it('never says 0 where Pagefind could match: exact words, else the pages of words starting like it', () => {
    const read = asRead(sampleCensus());
    expect(wordCount(read, '综合', 0)).toBe(3);
    expect(wordCount(read, '综', 0)).toBe(4); // prefix match
    expect(wordCount(read, '兴隆县', 1)).toBe(2); // long word: bounded by its prefix 兴隆
    expect(wordCount(read, '兴隆县', 0)).toBe(0);
  });

  it('estimates a query by its rarest word and leaves out words found nowhere', () => {
    const read = asRead(sampleCensus());
    expect(estimateByWords(read, ['综合', '执法'], 2)).toEqual([2, 0]);
    expect(estimateByWords(read, ['杨柳', '综合'], 2)).toEqual([3, 1]); // 杨柳 is nowhere: Pagefind drops it
    expect(estimateByWords(read, ['杨柳'], 2)).toBeNull();
  });

  it('splits a query into the words Pagefind looks up', () => {
    expect(queryWords('综合行政执法')).toEqual(['综合', '行政', '执法']);
    expect(queryWords('  《编制》，编制 ')).toEqual(['编制']);
    expect(queryWords('ＰＤＦ')).toEqual(['ｐｄｆ']); // lower-cased as Pagefind does (NFKC is the lookup's business)
  });
});

describe('planning', () => {
  const partitions = [
    { id: 'a', province: '甲省', townships: 100 },
    { id: 'b', province: '乙省', townships: 10 },
    { id: 'c', province: '丙省', townships: 50 },
  ];

  it('opens provinces without results never, and with words the densest first', () => {
    expect(orderPartitions(partitions, [100, 10, 0], true).map((p) => p.id)).toEqual(['b', 'a']); // tie: smaller index
    expect(orderPartitions(partitions, [20, 1, 40], true).map((p) => p.id)).toEqual(['c', 'a', 'b']);
    expect(orderPartitions(partitions, [120, 10, 50], true).map((p) => p.id)).toEqual(['b', 'c', 'a']); // county pages: past 1 counts as 1
    expect(orderPartitions(partitions, [100, 10, 50], false).map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('bounds a faceted search by the rarest chosen value', () => {
    const census = { partitions: ['a', 'b'], facets: { kind: { 乡: [5, 0] }, bodies: { '8–9个': [3, 7] } } };
    expect(estimateByFacets(census, { kind: '乡', bodies: '8–9个' }, 2)).toEqual([3, 0]);
    expect(estimateByFacets(census, { kind: '街道' }, 2)).toEqual([0, 0]);
  });
});

describe('facet counts', () => {
  const all = [
    facts('anhui/langxi/a', { province: '安徽省', city: '宣城市', county: '郎溪县', kind: '乡' }),
    facts('anhui/langxi/b', { province: '安徽省', city: '宣城市', county: '郎溪县' }),
    facts('hebei/xinglong/c', { province: '河北省', city: '承德市', county: '兴隆县', kind: '乡' }),
  ];

  it('counts each facet value per province, in partition order', () => {
    const census = facetCensus(all);
    expect(census.partitions).toEqual(['anhui', 'hebei']);
    expect(census.facets.kind).toEqual({ 乡: [1, 1], 镇: [1, 0] });
    expect(census.facets.province).toBeUndefined();
  });

  it('lists a province’s cities and counties with their townships', () => {
    expect(provinceFacets(all, 'anhui')).toEqual({ city: [['宣城市', 2]], county: [['郎溪县', 2]] });
  });
});

describe('reading Pagefind’s word index', () => {
  it('decodes CBOR and undoes the page deltas', () => {
    // [[["综合", [[0, [5]], [2, [7]]]]]]: pages 0 and 2
    const bytes = Uint8Array.from([
      0x81, 0x81, 0x82, 0x66, ...new TextEncoder().encode('综合'), 0x82, 0x82, 0x00, 0x81, 0x05, 0x82, 0x02, 0x81, 0x07,
    ]);
    expect([...wordsOfChunk(decodeCbor(bytes), 'test')]).toEqual([['综合', [0, 2]]]);
  });

  it('refuses a layout it does not know', () => {
    expect(() => [...wordsOfChunk({ words: [] }, 'x.pf_index')]).toThrow(/Pagefind 索引格式与预期不符/);
  });
});
