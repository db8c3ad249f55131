/**
 * One benchmark phase, run by scripts/bench.ts as a separate, measured child process:
 *   node scripts/bench/phase.ts validate <content>
 *   node scripts/bench/phase.ts search <siteDir>
 *   node scripts/bench/phase.ts pdf <content> <outDir> <cacheDir> <concurrency>
 *   node scripts/bench/phase.ts queries <siteDir> <queriesJson> [resultSelector]
 * Prints `BENCH-RESULT {json}` with phase figures, or `BENCH-NA <reason>` when the pipeline does not
 * have that step yet (module missing), so the bench works while the pipeline grows.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const [phase, ...args] = process.argv.slice(2);

const report = (r: Record<string, unknown>) => console.log(`BENCH-RESULT ${JSON.stringify(r)}`);
const notAvailable = (why: string) => {
  console.log(`BENCH-NA ${why}`);
  process.exit(0);
};

async function importIfExists<T>(rel: string): Promise<T | undefined> {
  const path = join(root, rel);
  if (!existsSync(path)) return undefined;
  return (await import(path)) as T;
}

async function dirStats(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  if (!existsSync(dir)) return { files, bytes };
  for (const d of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    files++;
    bytes += (await stat(join(d.parentPath, d.name))).size;
  }
  return { files, bytes };
}

const heap = () => ({ heapUsedMB: Math.round(process.memoryUsage().heapUsed / 2 ** 20) });

switch (phase) {
  case 'validate': {
    const { loadAndValidate } = await import(join(root, 'src/content/index.ts'));
    const t0 = performance.now();
    const v = await loadAndValidate(args[0]);
    const ms = performance.now() - t0;
    const count = (s: string) => v.findings.filter((f: { severity: string }) => f.severity === s).length;
    report({ townships: v.townships.length, regions: v.regions.length, errors: count('error'), warnings: count('warning'), inProcessMs: Math.round(ms), ...heap() });
    if (!v.publishable) {
      console.error(v.findings.slice(0, 5).map((f: { file: string; message: string }) => `${f.file}: ${f.message}`).join('\n'));
      process.exit(1);
    }
    break;
  }
  case 'search': {
    const mod = await importIfExists<{ buildSearchIndex(dir: string): Promise<void> }>('src/search/build-index.ts');
    if (!mod?.buildSearchIndex) notAvailable('src/search/build-index.ts (buildSearchIndex) 尚不存在');
    const t0 = performance.now();
    await mod!.buildSearchIndex(args[0]);
    const index = await dirStats(join(args[0], 'pagefind'));
    report({ inProcessMs: Math.round(performance.now() - t0), indexFiles: index.files, indexBytes: index.bytes });
    break;
  }
  case 'pdf': {
    type RenderAll = (t: unknown[], out: string, o: Record<string, unknown>) => Promise<{ rendered: number; cached: number; failures: { slug: string; error: string }[] }>;
    const mod = await importIfExists<{ renderAll: RenderAll }>('src/pdf/index.ts');
    if (!mod?.renderAll) notAvailable('src/pdf/index.ts (renderAll) 尚不存在');
    const [content, outDir, cacheDir, concurrency] = args;
    const { loadAndValidate } = await import(join(root, 'src/content/index.ts'));
    const t0 = performance.now();
    const v = await loadAndValidate(content);
    const t1 = performance.now();
    let r;
    try {
      r = await mod!.renderAll(v.townships, outDir, { cacheDir, concurrency: Number(concurrency) || 2 });
    } catch (e) {
      // e.g. fonts not prepared: the step exists but cannot run here.
      notAvailable(`renderAll 无法运行：${e instanceof Error ? e.message : String(e)}`);
    }
    const renderMs = performance.now() - t1;
    report({
      documents: v.townships.length,
      rendered: r!.rendered,
      cached: r!.cached,
      failures: r!.failures.length,
      firstFailure: r!.failures[0]?.error,
      loadMs: Math.round(t1 - t0),
      renderMs: Math.round(renderMs),
      docsPerSec: r!.rendered ? +(r!.rendered / (renderMs / 1000)).toFixed(2) : null,
      ...heap(),
    });
    break;
  }
  case 'queries': {
    const [siteDir, queriesJson, selector] = args;
    const queries = JSON.parse(queriesJson) as { label: string; q: string }[];
    if (!existsSync(join(siteDir, 'search', 'index.html'))) notAvailable('网站没有 /search/ 页面');
    if (!existsSync(join(siteDir, 'pagefind'))) notAvailable('没有搜索索引（/pagefind/）');
    const { serveStatic } = await import(join(root, 'src/publish/serve-static.ts'));
    const puppeteer = (await import('puppeteer-core')).default;
    const server = await serveStatic(siteDir, 0, '127.0.0.1');
    const port = (server.address() as { port: number }).port;
    // The search page (src/components/find/SearchForm.astro) lists hits in <ol data-hits> and name/code
    // look-ups in <ul data-lookup>.
    const resultSelector = selector || '[data-hits] > li, [data-lookup] > li, [data-search-result], .pagefind-ui__result';
    const results = [];
    for (const { label, q } of queries) {
      const profile = await mkdtemp(join(tmpdir(), 'sanding-bench-chromium-'));
      const browser = await puppeteer.launch({
        executablePath: '/usr/bin/chromium',
        userDataDir: profile,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      });
      try {
        const page = await browser.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
        let bytes = 0;
        let requests = 0;
        const byType: Record<string, number> = {};
        const types = new Map<string, string>();
        cdp.on('Network.responseReceived', (e: { requestId: string; type: string; response: { url: string } }) => {
          const url = e.response.url;
          const kind = url.includes('/pagefind/') ? 'pagefind' : url.includes('/search/lookup/') ? 'lookup' : e.type.toLowerCase();
          types.set(e.requestId, kind);
        });
        cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
          bytes += e.encodedDataLength;
          requests++;
          const k = types.get(e.requestId) ?? 'other';
          byType[k] = (byType[k] ?? 0) + e.encodedDataLength;
        });
        const url = `http://127.0.0.1:${port}/search/?q=${encodeURIComponent(q)}`;
        const t0 = performance.now();
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        let firstMs: number | null = null;
        let count = 0;
        try {
          await page.waitForSelector(resultSelector, { timeout: 15_000 });
          firstMs = performance.now() - t0;
        } catch {
          /* no result within 15 s */
        }
        try {
          await page.waitForNetworkIdle({ idleTime: 500, timeout: 15_000 });
        } catch {
          /* still busy: report what was transferred so far */
        }
        count = await page.$$eval(resultSelector, (els) => els.length).catch(() => 0);
        results.push({ label, q, firstResultMs: firstMs === null ? null : Math.round(firstMs), bytes, requests, byType, results: count });
      } finally {
        await browser.close();
        await rm(profile, { recursive: true, force: true });
      }
    }
    server.close();
    report({ queries: results, resultSelector });
    break;
  }
  default:
    console.error(`unknown phase ${phase}`);
    process.exit(2);
}
