import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { addPartition, writeCensus, type Census } from './census.ts';
import type { SearchPartition } from './lookup.ts';
import { readIndexWords } from './pagefind-files.ts';

/**
 * Builds the full-text search: one Pagefind index per province folder, written to `/pagefind/<id>/`.
 *
 * One index over 40,000 township pages peaked at 22.7 GB and made common queries download 1.3 MB. Per
 * province, an index holds at most a few thousand pages (≈ 1 GB while building), a reader who picks a
 * province downloads only that index. Township and county pages are indexed (`/townships/<province>/…`,
 * `/regions/<province>/…`, the pages the layout marks `data-pagefind-body`); the finder and statistics
 * pages would only repeat their words. Pagefind indexes on one thread, so the provinces are shared out
 * over one process per core (src/search/index-provinces.ts).
 *
 * Next to the indexes it writes the word census (`/pagefind/census/`, src/search/census.ts): which provinces
 * hold each word and on how many pages, so that searching the whole country opens only the indexes that can
 * answer, one page of results at a time, instead of merging all of them.
 */
export async function buildSearchIndex(distDir: string, workers = Math.min(2, availableParallelism())): Promise<void> {
  const partitions = JSON.parse(await readFile(join(distDir, 'search', 'partitions.json'), 'utf8')) as SearchPartition[];
  if (partitions.some((p) => p.id === CENSUS_FOLDER)) throw new Error(`省份文件夹不能叫 ${CENSUS_FOLDER}：搜索索引的词频表占用了这个名字`);
  await rm(join(distDir, 'pagefind'), { recursive: true, force: true });
  const scratch = await mkdtemp(join(tmpdir(), 'sanding-search-'));
  try {
    await Promise.all(
      shareOut(partitions, workers).map(async (share, i) => {
        const file = join(scratch, `share-${i}.json`);
        await writeFile(file, JSON.stringify(share));
        await runIndexer(distDir, file);
      }),
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const census: Census = new Map();
  for (const [i, partition] of partitions.entries()) addPartition(census, i, await readIndexWords(join(distDir, 'pagefind', partition.id)));
  await writeCensus(join(distDir, 'pagefind', CENSUS_FOLDER), census);
}

const CENSUS_FOLDER = 'census';

/**
 * Largest province first to the least loaded share, so the shares finish at about the same time. Pagefind's
 * memory is that of the province being indexed, so every other share runs smallest first: the largest
 * provinces of two shares are not indexed at the same moment.
 */
export function shareOut(partitions: readonly SearchPartition[], workers: number): SearchPartition[][] {
  const shares = Array.from({ length: Math.max(1, Math.min(workers, partitions.length)) }, () => ({ load: 0, partitions: [] as SearchPartition[] }));
  for (const p of [...partitions].sort((a, b) => b.townships - a.townships || (a.id < b.id ? -1 : 1))) {
    const lightest = shares.reduce((min, s) => (s.load < min.load ? s : min));
    lightest.partitions.push(p);
    lightest.load += p.townships;
  }
  return shares.filter((s) => s.partitions.length > 0).map((s, i) => (i % 2 ? s.partitions.reverse() : s.partitions));
}

function runIndexer(distDir: string, partitionsFile: string): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, 'index-provinces.ts'), distDir, partitionsFile], { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('exit', (code, signal) => (code === 0 ? ok() : fail(new Error(stderr.trim() || `搜索索引进程异常退出（${signal ?? `退出码 ${code}`}）`))));
  });
}
