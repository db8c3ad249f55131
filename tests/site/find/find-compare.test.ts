import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allResultUrls } from './browser-steps.ts';
import { openSearchSite, type SearchSite } from './search-site.ts';

let site: SearchSite;
beforeAll(async () => (site = await openSearchSite()), 600_000);
afterAll(() => site?.close());

const BIQIAO = 'anhui/langxi/biqiao';
const NANTIANMEN = 'hebei/xinglong/nantianmen';

describe('finder', () => {
  it('without JavaScript is a browsable list: province → county → township', async () => {
    const page = await site.browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${site.origin}/find/`);
    expect(await page.$eval('[data-search-form]', (f) => (f as HTMLElement).hidden)).toBe(true);
    await Promise.all([page.waitForNavigation(), page.click('a[href="/find/hebei/"]')]);
    await Promise.all([page.waitForNavigation(), page.click('a[href="/find/hebei/xinglong/"]')]);
    const rows = await page.$$eval('tbody tr', (r) => r.length);
    expect(rows).toBe(20);
    await Promise.all([page.waitForNavigation(), page.click('a[href="/townships/hebei/xinglong/nantianmen/"]')]);
    expect(new URL(page.url()).pathname).toBe('/townships/hebei/xinglong/nantianmen/');
  });

  it('lists every township with JavaScript, and facets combine', async () => {
    const page = await site.open('/find/');
    const all = await allResultUrls(page);
    expect(all.length).toBe(26);
    await page.select('#f-province', 'hebei');
    await allResultUrls(page);
    await page.select('#f-kind', '乡');
    const xiang = await allResultUrls(page);
    expect(xiang.length).toBeGreaterThan(0);
    expect(xiang.length).toBeLessThan(20);
    expect(new URL(page.url()).search).toBe('?province=hebei&kind=%E4%B9%A1');
  });
});

describe('compare', () => {
  it('shows the townships of the URL side by side, bodies aligned by function, and round-trips the URL', async () => {
    const path = `/compare/?t=${encodeURIComponent(BIQIAO)}&t=${encodeURIComponent(NANTIANMEN)}`;
    const page = await site.open(path);
    await page.waitForSelector('[data-compare-tables] table');
    const heads = await page.$$eval('[data-compare-tables] > div:first-child thead th a', (a) => a.map((e) => e.textContent));
    expect(heads).toEqual(['毕桥镇', '南天门乡']);
    const rowHeads = await page.$$eval('[data-compare-tables] table', (tables) =>
      tables.find((t) => t.caption?.textContent?.startsWith('机构'))!.querySelectorAll('tbody th').length,
    );
    expect(rowHeads).toBeGreaterThan(3);
    const zhifa = await page.$$eval('[data-compare-tables] tbody tr', (rows) =>
      rows.filter((r) => r.querySelector('th')?.textContent === '综合执法').map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)),
    );
    expect(zhifa[0][0]).toContain('综合行政执法大队');
    expect(zhifa[0][1]).toContain('综合行政执法队');

    // Shared link: the same URL in a new tab gives the same comparison.
    const again = await site.open(new URL(page.url()).pathname + new URL(page.url()).search);
    await again.waitForSelector('[data-compare-tables] table');
    expect(await again.$$eval('[data-compare-tables] > div:first-child thead th a', (a) => a.map((e) => e.textContent))).toEqual(heads);
  });

  it('adds and removes townships from the keyboard, keeping the URL in step', async () => {
    const page = await site.open(`/compare/?t=${encodeURIComponent(BIQIAO)}`);
    await page.focus('#add-township');
    await page.keyboard.type('兴隆');
    await page.waitForSelector('[data-compare-suggestions] button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.getAll('t').length === 2);
    expect(new URL(page.url()).searchParams.getAll('t')).toEqual([BIQIAO, 'hebei/xinglong/xinglong-zhen']);
    await page.waitForFunction(() => document.querySelectorAll('[data-compare-tables] > div:first-child thead th a').length === 2);
    await page.focus('[data-compare-tables] thead button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.getAll('t').length === 1);
    expect(new URL(page.url()).searchParams.getAll('t')).toEqual(['hebei/xinglong/xinglong-zhen']);
    expect(await page.$eval('[data-compare-status]', (e) => e.textContent)).toContain('请再添加');
  });

  it('no page asked any host but the site itself', () => {
    expect(site.foreignRequests).toEqual([]);
  });
});
