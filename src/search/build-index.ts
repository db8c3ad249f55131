import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchPartition } from './lookup.ts';

/**
 * Builds the full-text search: one Pagefind index per province folder, written to `/pagefind/<id>/`.
 *
 * One index over 40,000 township pages peaked at 22.7 GB and made common queries download 1.3 MB. Per
 * province, an index holds at most a few thousand pages (≈ 2 GB while building, built one after another),
 * a reader who picks a province downloads only that index, and searching everywhere merges the province
 * indexes in the browser (`mergeIndex`). Township and county pages are indexed (`/townships/<province>/…`,
 * `/regions/<province>/…`, the pages the layout marks `data-pagefind-body`); the finder and statistics
 * pages would only repeat their words.
 */
export async function buildSearchIndex(distDir: string): Promise<void> {
  const partitions = JSON.parse(await readFile(join(distDir, 'search', 'partitions.json'), 'utf8')) as SearchPartition[];
  await rm(join(distDir, 'pagefind'), { recursive: true, force: true });
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
      // Frees the index in the Pagefind service before the next province is read.
      await index.deleteIndex();
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
