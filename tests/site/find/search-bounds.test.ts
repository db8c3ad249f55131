import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PARTITIONS_PER_PAGE, PAGE_SIZE } from '../../../public/assets/find/paging.js';
import { serveStatic } from '../../../src/publish/serve-static.ts';
import { launchBrowser } from '../helpers/site.ts';
import { allResultUrls, searchSettled } from './browser-steps.ts';
import { builtSearchSite } from './search-site.ts';

/**
 * What one search downloads is bounded by the page of results shown, not by the number of townships
 * (docs/scale.md): fragments only for the results on screen, province indexes only where the word census says
 * there are results, and no Pagefind at all for an exact 统计用区划代码. Requests are counted where the server
 * answers them, so a request from a web worker could not slip past. Behaviour, not timing.
 */
let server: Awaited<ReturnType<typeof serveStatic>>;
let origin: string;
let browser: Browser;
let served: { path: string; bytes: number }[] = [];

beforeAll(async () => {
  server = await serveStatic(await builtSearchSite(), 0, '127.0.0.1');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  server.on('request', (req, res) => {
    const entry = { path: decodeURIComponent(new URL(req.url ?? '/', origin).pathname), bytes: 0 };
    served.push(entry);
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    const count = (chunk: unknown) => {
      if (typeof chunk === 'string' || chunk instanceof Uint8Array) entry.bytes += Buffer.byteLength(chunk);
    };
    res.write = ((chunk: unknown, ...rest: never[]) => (count(chunk), write(chunk as never, ...rest))) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: never[]) => (count(chunk), end(chunk as never, ...rest))) as typeof res.end;
  });
  browser = await launchBrowser();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
});

/** Opens `path` in a fresh browser context (cold cache) and returns what the server sent while it settled. */
async function visit(path: string, { settle = true } = {}): Promise<{ page: Page; requests: () => typeof served }> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  served = [];
  await page.goto(origin + path, { waitUntil: 'networkidle0' });
  if (settle) await searchSettled(page);
  return { page, requests: () => [...served] };
}

const fragments = (r: typeof served) => r.filter((e) => e.path.includes('/fragment/'));
/** Province folders whose index was opened (its metadata fetched). */
const openedIndexes = (r: typeof served) => [...new Set(r.filter((e) => e.path.endsWith('.pf_meta')).map((e) => e.path.split('/')[2]))];
const shown = (page: Page) => page.$$eval('[data-hits] > li', (l) => l.length);

describe('a search downloads one page of results', () => {
  it('the page lists the provinces in the order the census counts them', async () => {
    const { page } = await visit('/search/', { settle: false });
    const listed = await page.$$eval('#f-province option[value]:not([value=""])', (o) => o.map((e) => (e as HTMLOptionElement).value));
    const partitions = (await (await fetch(`${origin}/search/partitions.json`)).json()) as { id: string }[];
    expect(listed).toEqual(partitions.map((p) => p.id));
    await page.browserContext().close();
  });

  it('a word on every township page fetches the fragments of the first page only', async () => {
    const { page, requests } = await visit(`/search/?q=${encodeURIComponent('综合行政执法')}`);
    const hits = await shown(page);
    expect(hits).toBe(PAGE_SIZE);
    expect(fragments(requests()).length).toBeLessThanOrEqual(PAGE_SIZE);
    expect(openedIndexes(requests()).length).toBeLessThanOrEqual(MAX_PARTITIONS_PER_PAGE);
    expect(requests().some((e) => e.path.endsWith('pagefind-worker.js'))).toBe(false);
    expect(await page.$eval('[data-more]', (b) => (b as HTMLButtonElement).hidden)).toBe(false);

    // "显示更多" fetches the next page's fragments, and only those.
    await page.click('[data-more]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-hits] > li').length > n, {}, hits);
    await page.waitForNetworkIdle({ idleTime: 200 });
    expect(fragments(requests()).length).toBeLessThanOrEqual(2 * PAGE_SIZE);
    await page.browserContext().close();
  });

  it('the finder lists every township, one page of fragments at a time', async () => {
    const { page, requests } = await visit('/find/');
    expect(await shown(page)).toBe(PAGE_SIZE);
    expect(fragments(requests()).length).toBeLessThanOrEqual(PAGE_SIZE);
    expect(await page.$eval('[data-status]', (e) => e.textContent)).toMatch(/找到 26 个结果/);
    await page.browserContext().close();
  });

  it('a word found in one province opens only that province’s index', async () => {
    const { page, requests } = await visit(`/search/?q=${encodeURIComponent('兴隆县')}`);
    expect(openedIndexes(requests())).toEqual(['hebei']);
    // Pagefind's script is the same file in every province folder; any copy will do.
    const indexFiles = requests().filter((e) => e.path.startsWith('/pagefind/') && !e.path.startsWith('/pagefind/census/') && !e.path.endsWith('/pagefind.js'));
    expect(indexFiles.filter((e) => !e.path.startsWith('/pagefind/hebei/'))).toEqual([]);
    expect((await allResultUrls(page)).every((u) => /^\/(townships|regions)\/hebei\//.test(u))).toBe(true);
    await page.browserContext().close();
  });

  it('a full 统计用区划代码 is answered by the lookup alone, without Pagefind', async () => {
    const { page, requests } = await visit('/search/?q=999998101001');
    expect(await page.$$eval('[data-lookup] > li', (l) => l.length)).toBe(1);
    expect(requests().filter((e) => /\/pagefind\/(?!census\/)/.test(e.path))).toEqual([]);
    // Full text stays one click away.
    await page.click('[data-fulltext]');
    await searchSettled(page);
    expect(openedIndexes(requests()).length).toBeGreaterThan(0);
    await page.browserContext().close();
  });
});
