/**
 * node src/search/index-provinces.ts <distDir> <partitions.json>
 *
 * Indexes the given provinces one after another into `/pagefind/<id>/`. buildSearchIndex runs one of these
 * per core: Pagefind indexes on a single thread, and each process has its own Pagefind service.
 * Exits 1 with a Chinese message on stderr when a province cannot be indexed.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchPartition } from './lookup.ts';

/**
 * A query loads, per word, the whole index chunk holding that word. Pagefind's default chunk (20,000 word
 * positions, ≈ 20 kB) made a three-word query cost ≈ 60 kB per province; at 5,000 a chunk is ≈ 5 kB and the
 * metadata grows by ≈ 15 bytes per extra chunk. Pagefind reads this setting only from its service's environment
 * (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, read by Pagefind 1.6); an explicit value in the environment wins.
 */
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '5000';

async function indexProvinces(distDir: string, partitions: SearchPartition[]): Promise<void> {
  try {
    for (const partition of partitions) {
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
      // A fresh Pagefind service per province: the service keeps the memory of its largest index otherwise.
      await index.deleteIndex();
      await pagefind.close();
    }
  } finally {
    await pagefind.close();
  }
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

const [distDir, partitionsFile] = process.argv.slice(2);
try {
  await indexProvinces(distDir, JSON.parse(await readFile(partitionsFile, 'utf8')) as SearchPartition[]);
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
}
