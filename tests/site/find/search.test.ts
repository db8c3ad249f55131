import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAndValidate } from '../../../src/content/index.ts';
import { ROOT } from '../helpers/site.ts';
import { allResultUrls, searchSettled } from './browser-steps.ts';
import { openSearchSite, type SearchSite } from './search-site.ts';

/**
 * The golden query set, in real Chromium against the built site with its Pagefind indexes. Expected sets
 * are computed from the content, never typed in, so they follow the content as it grows.
 */
let site: SearchSite;
let townships: Awaited<ReturnType<typeof loadAndValidate>>['townships'];
const urlOf = (slug: string) => `/townships/${slug}/`;
/** Bytes of search data (Pagefind + lookup shards) each golden query downloaded, reported at the end. */
const payloads: Record<string, number> = {};

beforeAll(async () => {
  site = await openSearchSite();
  townships = (await loadAndValidate(`${ROOT}.cache/find-content`)).townships;
}, 600_000);
afterAll(async () => {
  console.log('搜索数据下载量（字节）：', payloads);
  await site?.close();
});

async function query(q: string) {
  const page = await site.browser.newPage();
  let bytes = 0;
  page.on('response', async (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/pagefind/') || path.startsWith('/search/lookup/') || path === '/search/partitions.json') {
      bytes += (await r.buffer().catch(() => Buffer.alloc(0))).length;
    }
  });
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent(q)}`, { waitUntil: 'networkidle0' });
  const urls = await allResultUrls(page);
  payloads[q] = bytes;
  return { page, urls };
}

describe('golden queries', () => {
  it('综合行政执法 finds every township that has such a body', async () => {
    const expected = townships
      .filter((t) => t.data.bodies.some((b) => [b.name, ...b.plaques].some((n) => n.includes('综合行政执法'))))
      .map((t) => urlOf(t.slug));
    expect(expected.length).toBeGreaterThan(1);
    const { urls } = await query('综合行政执法');
    expect(urls).toEqual(expect.arrayContaining(expected));
  });

  it('退役军人服务站 finds the 兴隆县 townships', async () => {
    const expected = townships.filter((t) => t.data.region.county === '兴隆县').map((t) => urlOf(t.slug));
    expect(expected).toHaveLength(20);
    const { urls } = await query('退役军人服务站');
    expect(urls).toEqual(expect.arrayContaining(expected));
  });

  it('毕桥 finds 毕桥镇 first', async () => {
    const { urls } = await query('毕桥');
    expect(urls[0]).toBe('/townships/anhui/langxi/biqiao/');
  });

  it('a 统计用区划代码 finds its township first, also with full-width digits', async () => {
    const withCode = townships.filter((t) => t.data.code);
    expect(withCode.length).toBeGreaterThan(0);
    for (const t of withCode) {
      const { urls } = await query(t.data.code!);
      expect(urls[0]).toBe(urlOf(t.slug));
    }
    const fullWidth = withCode[0].data.code!.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    expect((await query(fullWidth)).urls[0]).toBe(urlOf(withCode[0].slug));
  });

  it('highlights the matched words in the excerpts', async () => {
    const { page } = await query('综合行政执法');
    const marks = await page.$$eval('[data-hits] .excerpt mark', (m) => m.map((e) => e.textContent));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.join('')).toMatch(/综合|执法/);
  });
});

describe('facets and sorting', () => {
  it('a facet narrows the results to the townships that have that value', async () => {
    const { page, urls: everything } = await query('综合行政执法');
    await page.select('#f-kind', '乡');
    await searchSettled(page);
    const narrowed = await allResultUrls(page);
    const xiang = new Set(townships.filter((t) => t.data.kind === '乡').map((t) => urlOf(t.slug)));
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(everything.length);
    for (const url of narrowed) expect(xiang.has(url)).toBe(true);
    expect(new URL(page.url()).searchParams.get('kind')).toBe('乡');
  });

  it('choosing a province loads only that province\'s index and offers its counties', async () => {
    const page = await site.open('/find/?province=hebei');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await searchSettled(page);
    const urls = await allResultUrls(page);
    expect(urls).toHaveLength(20);
    expect(urls.every((u) => u.startsWith('/townships/hebei/'))).toBe(true);
    expect(await page.$$eval('#f-county option', (o) => o.map((e) => (e as HTMLOptionElement).value))).toContain('兴隆县');
    await page.select('#f-sort', 'bodies:desc');
    await searchSettled(page);
    expect(requested.filter((p) => p.startsWith('/pagefind/') && !p.startsWith('/pagefind/hebei/'))).toEqual([]);
    expect((await allResultUrls(page))[0]).toBe('/townships/hebei/xinglong/xinglong-zhen/');
  });
});

describe('keyboard and hosts', () => {
  it('search works from the keyboard alone, and a result can be put into the comparison', async () => {
    const page = await site.open('/search/');
    await page.focus('#q');
    await page.keyboard.type('毕桥');
    await page.keyboard.press('Enter');
    await searchSettled(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('毕桥');
    // The first result may be the name match listed above the full-text hits: it can be compared as well.
    await page.focus('[data-results] .compare-toggle');
    await page.keyboard.press('Space');
    expect(await page.$eval('[data-results] .compare-toggle', (b) => b.getAttribute('aria-pressed'))).toBe('true');
    expect(await page.$eval('[data-compare-bar]', (b) => (b as HTMLElement).hidden)).toBe(false);
  });

  it('no page asked any host but the site itself', () => {
    expect(site.foreignRequests).toEqual([]);
  });
});
