/**
 * One benchmark phase, run by scripts/bench.ts as a separate, measured child process:
 *   node scripts/bench/phase.ts validate <content> [snapshotPath]
 *   node scripts/bench/phase.ts search <siteDir>
 *   node scripts/bench/phase.ts pdf <content> <outDir> <cacheDir> <concurrency>
 *   node scripts/bench/phase.ts queries <siteDir> <queriesJson> [resultSelector]
 * Prints `BENCH-RESULT {json}` with phase figures, or `BENCH-NA <reason>` when the pipeline does not
 * have that step yet (module missing), so the bench works while the pipeline grows.
 */
import { CHROMIUM, CHROMIUM_ARGS } from '../../src/browser/chromium.ts';
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
    // Handed to the site phase, as scripts/build.ts hands it to Astro.
    if (args[1]) {
      const { writeSnapshot } = await import(join(root, 'src/content/snapshot.ts'));
      writeSnapshot(v, args[1]);
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
    // Total bytes written by the server: closed sockets plus what open ones have written so far.
    let closedBytes = 0;
    const open = new Set<import('node:net').Socket>();
    server.on('connection', (socket: import('node:net').Socket) => {
      open.add(socket);
      socket.on('close', () => {
        closedBytes += socket.bytesWritten;
        open.delete(socket);
      });
    });
    const served = () => closedBytes + [...open].reduce((s, sock) => s + sock.bytesWritten, 0);
    // The search page (src/components/find/SearchForm.astro) lists hits in <ol data-hits> and name/code
    // look-ups in <ul data-lookup>.
    const resultSelector = selector || '[data-hits] > li, [data-lookup] > li, [data-search-result], .pagefind-ui__result';
    const results = [];
    for (const { label, q } of queries) {
      const profile = await mkdtemp(join(tmpdir(), 'sanding-bench-chromium-'));
      const browser = await puppeteer.launch({
        executablePath: CHROMIUM,
        userDataDir: profile,
        args: CHROMIUM_ARGS,
      });
      try {
        const page = await browser.newPage();
        // Bytes are counted where they leave the server (headers + bodies on every socket): the page's
        // own CDP Network domain does not see requests made by Pagefind's web worker.
        const bytes0 = served();
        const byPath: Record<string, number> = {};
        // Per kind of file: body bytes as written (the total above also counts headers).
        type Res = { on(e: string, f: () => void): void; write: (...a: unknown[]) => boolean; end: (...a: unknown[]) => unknown };
        const onRequest = (req: { url?: string }, res: Res) => {
          const url = req.url ?? '';
          const kind = url.includes('/fragment/') ? 'pagefind fragments' : url.includes('/index/') ? 'pagefind index' : url.startsWith('/pagefind/') ? 'pagefind other' : url.startsWith('/search/lookup/') ? 'lookup' : 'page+assets';
          const count = (chunk: unknown) => {
            if (chunk && typeof chunk !== 'function') byPath[kind] = (byPath[kind] ?? 0) + Buffer.byteLength(chunk as string);
          };
          const write = res.write.bind(res);
          const end = res.end.bind(res);
          res.write = (...a: unknown[]) => (count(a[0]), write(...a));
          res.end = (...a: unknown[]) => (count(a[0]), end(...a));
          res.on('finish', () => requestCount++);
        };
        let requestCount = 0;
        server.on('request', onRequest);
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
        const status = await page.$eval('[data-status]', (e) => e.textContent?.trim() ?? '').catch(() => '');
        await browser.close();
        await new Promise((r) => setTimeout(r, 200)); // let the sockets close and be counted
        server.off('request', onRequest);
        results.push({ label, q, firstResultMs: firstMs === null ? null : Math.round(firstMs), bytes: served() - bytes0, requests: requestCount, byType: byPath, results: count, status });
      } finally {
        await browser.close().catch(() => {});
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
