import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { addPartition, writeCensus, type Census } from './census.ts';
import type { SearchPartition } from './lookup.ts';
import { readIndexWords } from './pagefind-files.ts';

/**
 * Builds the full-text search: one Pagefind index per province folder, written to `/pagefind/<id>/`.
 *
 * One index over 40,000 township pages peaked at 22.7 GB and made common queries download 1.3 MB. Per
 * province, an index holds at most a few thousand pages (≈ 2 GB while building, built one after another),
 * a reader who picks a province downloads only that index, and searching everywhere merges the province
 * indexes in the browser (`mergeIndex`). Township and county pages are indexed (`/townships/<province>/…`,
 * `/regions/<province>/…`, the pages the layout marks `data-pagefind-body`); the finder and statistics
 * pages would only repeat their words.
 *
 * Next to the indexes it writes the word census (`/pagefind/census/`, src/search/census.ts): which provinces
 * hold each word and on how many pages, so that searching the whole country opens only the indexes that can
 * answer, one page of results at a time, instead of merging all of them.
 */
export async function buildSearchIndex(distDir: string): Promise<void> {
  const partitions = JSON.parse(await readFile(join(distDir, 'search', 'partitions.json'), 'utf8')) as SearchPartition[];
  if (partitions.some((p) => p.id === CENSUS_FOLDER)) throw new Error(`省份文件夹不能叫 ${CENSUS_FOLDER}：搜索索引的词频表占用了这个名字`);
  await rm(join(distDir, 'pagefind'), { recursive: true, force: true });
  const census: Census = new Map();
  const restoreChunkSize = smallerIndexChunks();
  try {
    for (const [i, partition] of partitions.entries()) {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
      if (!index) throw new Error(`无法建立搜索索引：${errors.join('；')}`);
      const added = await index.addDirectory({ path: distDir, glob: `townships/${globEscape(partition.id)}/**/*.html` });
      if (added.errors.length) throw new Error(`${partition.province} 搜索索引出错：${added.errors.join('；')}`);
      if (added.page_count !== partition.townships) {
        throw new Error(`${partition.province} 应有 ${partition.townships} 个乡镇页面，搜索索引只收录了 ${added.page_count} 个`);
      }
      const regions = await index.addDirectory({ path: distDir, glob: `regions/${globEscape(partition.id)}/**/*.html` });
      if (regions.errors.length) throw new Error(`${partition.province} 搜索索引出错：${regions.errors.join('；')}`);
      const outputPath = join(distDir, 'pagefind', partition.id);
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length) throw new Error(`${partition.province} 搜索索引写入出错：${written.errors.join('；')}`);
      await removeUnusedUi(outputPath);
      // Frees the index in the Pagefind service before the next province is read.
      await index.deleteIndex();
      addPartition(census, i, await readIndexWords(outputPath));
    }
  } finally {
    await pagefind.close();
    restoreChunkSize();
  }
  await writeCensus(join(distDir, 'pagefind', CENSUS_FOLDER), census);
}

const CENSUS_FOLDER = 'census';

/**
 * A query loads, per word, the whole index chunk holding that word. Pagefind's default chunk (20,000 word
 * positions, ≈ 20 kB) made a three-word query cost ≈ 60 kB per province; at 5,000 a chunk is ≈ 5 kB and the
 * metadata grows by ≈ 15 bytes per extra chunk. Pagefind reads this setting only from its service's environment
 * (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, read by Pagefind 1.6); an explicit value in the environment wins.
 */
const INDEX_CHUNK_SIZE = '5000';

function smallerIndexChunks(): () => void {
  const name = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';
  if (process.env[name] !== undefined) return () => {};
  process.env[name] = INDEX_CHUNK_SIZE;
  return () => delete process.env[name];
}

/**
 * Pagefind also writes its ready-made search interfaces (≈ 430 kB per index). The site has its own
 * accessible form and result list, so they would only be published and never loaded.
 */
async function removeUnusedUi(outputPath: string): Promise<void> {
  for (const name of await readdir(outputPath)) {
    if (/^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/.test(name)) await rm(join(outputPath, name));
  }
}

/** Province folder names are slugs (letters, digits, - and _), but never let one act as a glob pattern. */
function globEscape(segment: string): string {
  return segment.replace(/[*?[\]{}!]/g, '\\$&');
}
