/**
 * The PDF renderer's public interface: `pdfStatus` (final or draft, and what is missing — for the
 * site) and `renderAll` (what the build calls for every township; shardable, cached).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, resolve, sep } from 'node:path';
import { createHash } from 'node:crypto';
import type { Township } from '../schema/township.ts';
import { cacheKey, cachePath, CACHE_DIR, currentEnvironment, placeFromCache } from './cache.ts';
import { assessCompleteness, type Completeness } from './completeness.ts';
import type { GridModel } from './grid.ts';
import { documentPage } from './html.ts';
import { buildDocument } from './regulation.ts';
import { Renderer, writeAtomic } from './render.ts';

export type { Completeness } from './completeness.ts';
export { Renderer } from './render.ts';

/** Whether a township gets a final regulation or a draft, and what the draft lacks. */
export const pdfStatus = (t: Township): Completeness => assessCompleteness(t);

/** What renderAll needs of a loaded township (LoadedFile<Township> fits). */
export interface PdfSource {
  /** e.g. anhui/langxi/biqiao → <outDir>/anhui/langxi/biqiao.pdf */
  slug: string;
  data: Township;
}

export interface RenderAllOptions {
  /** Render only townships whose slug hashes to `index` modulo `count` (0-based): for CI jobs. */
  shard?: { index: number; count: number };
  browserWSEndpoint?: string;
  /** Tabs printing in parallel (default: one per core; measured on 2 cores, 3 tabs are no faster than 2 and take more memory). */
  concurrency?: number;
  model?: GridModel;
  cacheDir?: string;
  /** Per-attempt timeout (ms) and retries, passed to the Renderer. */
  timeoutMs?: number;
  retries?: number;
}

export interface RenderResult {
  slug: string;
  name: string;
  file: string;
  final: boolean;
  missing: string[];
  /** True when the PDF came from the cache (nothing rendered). */
  cached: boolean;
}

export interface RenderFailure {
  slug: string;
  name: string;
  error: string;
}

export interface RenderAllReport {
  results: RenderResult[];
  failures: RenderFailure[];
  rendered: number;
  cached: number;
  /** False when any document failed. */
  ok: boolean;
}

/** Stable shard of a slug: independent of the order or number of townships. */
export function shardOf(slug: string, count: number): number {
  return createHash('sha1').update(slug).digest().readUInt32BE(0) % count;
}

// The loader's slug alphabet (src/content/slug.ts): letters of any script, digits, '-' and '_'; never '.' or '..'.
const SLUG = /^[\p{L}\p{N}_-]+(?:\/[\p{L}\p{N}_-]+)*$/u;

/** The output path of a slug; refuses anything that could leave outDir. */
export function pdfPath(outDir: string, slug: string): string {
  if (!SLUG.test(slug)) throw new Error(`unsafe slug for a PDF file name: ${JSON.stringify(slug)}`);
  const path = resolve(outDir, `${slug}.pdf`);
  if (relative(resolve(outDir), path).startsWith('..' + sep)) throw new Error(`slug escapes the output folder: ${slug}`);
  return path;
}

export async function renderAll(townships: PdfSource[], outDir: string, opts: RenderAllOptions = {}): Promise<RenderAllReport> {
  const environment = currentEnvironment(); // also fails early, in Chinese, when the fonts are not prepared
  const shard = opts.shard;
  if (shard && !(shard.count >= 1 && shard.index >= 0 && shard.index < shard.count)) {
    throw new Error(`bad shard ${shard.index}/${shard.count}`);
  }
  const selected = shard ? townships.filter((t) => shardOf(t.slug, shard.count) === shard.index) : townships;
  const report: RenderAllReport = { results: [], failures: [], rendered: 0, cached: 0, ok: true };
  const model = opts.model ?? 'B';
  const concurrency = opts.concurrency ?? availableParallelism();
  let renderer: Renderer | null = null; // started only when something is not cached
  const cacheDir = opts.cacheDir ?? CACHE_DIR;

  const one = async (t: PdfSource) => {
    const name = t.data.name;
    try {
      const file = pdfPath(outDir, t.slug);
      const cached = cachePath(cacheKey(t.data, model, environment), cacheDir);
      const hit = existsSync(cached);
      if (!hit) {
        // Only now the document and its HTML: a cache hit never pays for them.
        const page = documentPage(buildDocument(t.data), { model });
        renderer ??= new Renderer({
          browserWSEndpoint: opts.browserWSEndpoint,
          concurrency,
          model,
          timeoutMs: opts.timeoutMs,
          retries: opts.retries,
        });
        const bytes = await renderer.render(page, { name: t.slug, date: t.data.issuer?.date });
        await writeAtomic(cached, bytes);
        report.rendered++;
      } else report.cached++;
      await placeFromCache(cached, file);
      const { final, missing } = assessCompleteness(t.data);
      report.results.push({ slug: t.slug, name, file, final, missing, cached: hit });
    } catch (err) {
      report.failures.push({ slug: t.slug, name, error: err instanceof Error ? err.message : String(err) });
    }
  };

  try {
    // The Renderer bounds the tabs; here a few more jobs are in flight so HTML building and cache
    // look-ups overlap with printing, without holding 40 000 documents in memory at once.
    const limit = Math.max(1, concurrency * 2);
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(limit, selected.length) }, async () => {
        while (next < selected.length) await one(selected[next++]!);
      }),
    );
  } finally {
    if (renderer) await (renderer as Renderer).close();
  }
  report.results.sort((a, b) => a.slug.localeCompare(b.slug));
  report.ok = report.failures.length === 0;
  return report;
}
