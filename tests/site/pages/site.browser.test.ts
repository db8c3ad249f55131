/**
 * The site as a reader meets it: the bundled content built once, served with the production server and its
 * CSP, driven in the system Chromium.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type OpenSite } from '../helpers/site.ts';

const BIQIAO = '/townships/anhui/langxi/biqiao/';
const ANZILING = '/townships/hebei/xinglong/anziling/';
const JIANGXI = '/townships/jiangxi/mouxian/mouxiang/';
const PAGES = ['/', BIQIAO, ANZILING, JIANGXI, '/regions/hebei/xinglong/', '/profiles/hebei-xinglong/', '/data/', '/404.html'];

let site: OpenSite;
beforeAll(async () => {
  site = await openSite();
}, 600_000);
afterAll(async () => {
  await site?.close();
});

const text = (page: Page, selector: string) => page.$eval(selector, (el) => (el as HTMLElement).innerText);

describe('township page', () => {
  it('shows 毕桥镇: 8 bodies by category, staffing totals 30/23, five platforms, 未公布 for what the source omits', async () => {
    const page = await site.open(BIQIAO);
    expect(await page.title()).toContain('毕桥镇机构改革方案');
    expect(await page.$$eval('article.body-card', (els) => els.length)).toBe(8);
    expect(await page.$$eval('#bodies ~ section h3, section[aria-labelledby="bodies"] h3', (els) => els.map((e) => e.textContent))).toEqual(
      expect.arrayContaining(['党政机构（4个）', '事业单位（4个）']),
    );
    const totals = await page.$$eval('section[aria-labelledby="staffing"] tfoot tr', (rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent!.trim())),
    );
    expect(totals).toEqual([
      ['各机构合计', '30', '23', '53'],
      ['核定编制总数', '30', '23', '53'],
    ]);
    const platforms = await text(page, 'section[aria-labelledby="platforms"]');
    for (const name of ['党群综合平台', '经济发展平台', '综合治理平台', '综合执法平台', '为民服务平台']) expect(platforms).toContain(name);
    const metadata = await page.$$eval('dl.metadata > div', (rows) => rows.map((r) => [r.querySelector('dt')!.textContent, r.querySelector('dd')!.textContent]));
    expect(Object.fromEntries(metadata)).toMatchObject({ 标题: '毕桥镇机构改革方案', 文号: '未公布', 成文日期: '未公布', 状态: '已批复' });
    expect(await text(page, 'section[aria-labelledby="overview"]')).toContain('未公布');
    // The org chart: the accessible list lists every body; the SVG has a title.
    expect(await page.$$eval('.org-tree a', (els) => els.length)).toBe(8);
    expect(await page.$eval('.chart-scroll.wide svg title', (el) => el.textContent)).toBe('毕桥镇组织机构图');
    // Timetable dates as the source gives them.
    expect(await text(page, 'section[aria-labelledby="timetable"]')).toContain('2020年11月30日前');
    // Downloads.
    const downloads = await page.$$eval('section[aria-labelledby="downloads"] a', (els) => els.map((a) => a.getAttribute('href')));
    expect(downloads).toEqual(['/pdf/anhui/langxi/biqiao.pdf', '/data/townships/anhui/langxi/biqiao.json', '/data/townships/anhui/langxi/biqiao.csv']);
    await page.close();
  });

  it('shows 未公布 staffing for a 兴隆县 township', async () => {
    const page = await site.open(ANZILING);
    const approved = await page.$$eval('section[aria-labelledby="staffing"] tfoot tr:last-child td', (cells) => cells.map((c) => c.textContent));
    expect(approved.length).toBeGreaterThan(0);
    expect(approved.every((c) => c === '未公布')).toBe(true);
    expect(await text(page, 'section[aria-labelledby="overview"]')).toContain('<3万');
    await page.close();
  });

  it('shows the Jiangxi plan’s acknowledged stage-order finding as an editorial note', async () => {
    const page = await site.open(JIANGXI);
    const note = await text(page, 'aside.editor-note');
    expect(note).toContain('编者按');
    expect(note).toContain('10月5日');
    expect(note).toContain('实施步骤日期先后有序');
    expect(note).toContain('照录原文');
    expect(await text(page, 'section[aria-labelledby="timetable"]')).toContain('10月28日至11月4日');
    await page.close();
  });
});

describe('for everyone', () => {
  it('reaches the skip link first with Tab, and every focusable element shows focus', async () => {
    const page = await site.open(BIQIAO);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    const invisible: string[] = [];
    let reached = 0;
    for (let i = 0; i < 200; i++) {
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        // Marking each element tells when Tab has come round to the start again.
        const again = el.dataset.tabbed === 'yes';
        el.dataset.tabbed = 'yes';
        const s = getComputedStyle(el);
        const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && s.outlineColor !== 'rgba(0, 0, 0, 0)';
        const shadow = s.boxShadow !== 'none';
        const filled = s.backgroundColor === 'rgb(255, 221, 0)';
        return { name: `${el.tagName} ${el.textContent?.trim().slice(0, 30)}`, visible: outline || shadow || filled, again, body: el === document.body };
      });
      if (focus.body || focus.again) break;
      reached++;
      if (!focus.visible) invisible.push(focus.name);
      await page.keyboard.press('Tab');
    }
    expect(reached).toBeGreaterThan(40);
    expect(invisible).toEqual([]);
    await page.close();
  });

  it('toggles 关怀模式 with a real pressed button and keeps it across pages', async () => {
    const page = await site.open(BIQIAO);
    const button = await page.$('button#care-mode-toggle');
    expect(button).not.toBeNull();
    expect(await page.$eval('#care-mode-toggle', (b) => b.getAttribute('aria-pressed'))).toBe('false');
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    await button!.click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('care'))).toBe(true);
    expect(await page.$eval('#care-mode-toggle', (b) => b.getAttribute('aria-pressed'))).toBe('true');
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThan(before);
    await page.goto(`${site.origin}/regions/hebei/xinglong/`, { waitUntil: 'networkidle0' });
    expect(await page.evaluate(() => document.documentElement.classList.contains('care'))).toBe(true);
    expect(await page.$eval('#care-mode-toggle', (b) => b.getAttribute('aria-pressed'))).toBe('true');
    await page.click('#care-mode-toggle');
    await page.goto(`${site.origin}/`, { waitUntil: 'networkidle0' });
    expect(await page.evaluate(() => document.documentElement.classList.contains('care'))).toBe(false);
    await page.close();
  });

  it('does not overflow sideways at 360 px, except inside the scrollable org chart and tables', async () => {
    for (const path of [BIQIAO, JIANGXI, '/', '/regions/hebei/xinglong/', '/data/']) {
      const page = await site.open(path, { width: 360, height: 800 });
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        return [...document.querySelectorAll('body *')]
          .filter((el) => !el.closest('.chart-scroll, .table-scroll, .prose table, [hidden]'))
          .filter((el) => el.getBoundingClientRect().right > width + 1)
          .map((el) => `${el.tagName}.${el.className}`);
      });
      expect(overflow, path).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      await page.close();
    }
  });

  it('makes no request to any other host, runs no inline script and breaks no CSP rule', async () => {
    const page = await site.browser.newPage();
    const foreign: string[] = [];
    const violations: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(site.origin) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    for (const path of PAGES) {
      await page.goto(site.origin + path, { waitUntil: 'networkidle0' });
      const inline = await page.$$eval('script', (els) => els.filter((s) => !s.src && s.type !== 'application/ld+json').map((s) => s.outerHTML.slice(0, 80)));
      expect(inline, path).toEqual([]);
      const handlers = await page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`)),
      );
      expect(handlers, path).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.lang), path).toBe('zh-CN');
    }
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('passes axe (WCAG 2.2 AA) on every kind of page', async () => {
    const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const path of PAGES) {
      for (const care of [false, true]) {
        const page = await site.open(path);
        if (care) await page.evaluate(() => document.documentElement.classList.add('care'));
        // Runtime evaluation is not subject to the page's CSP (a <script> tag would be).
        await page.evaluate(axeSource);
        const result = await page.evaluate(() =>
          (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          }),
        );
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${path}${care ? ' (关怀模式)' : ''}`).toEqual([]);
        await page.close();
      }
    }
  });
});

describe('open data and site files', () => {
  const get = (path: string) => fetch(site.origin + path);

  it('starts every CSV with a UTF-8 BOM', async () => {
    for (const path of ['/data/townships.csv', '/data/bodies.csv', '/data/townships/anhui/langxi/biqiao.csv']) {
      const bytes = new Uint8Array(await (await get(path)).arrayBuffer());
      expect([...bytes.slice(0, 3)], path).toEqual([0xef, 0xbb, 0xbf]);
    }
    const bodies = new TextDecoder().decode(await (await get('/data/townships/anhui/langxi/biqiao.csv')).arrayBuffer());
    expect(bodies.trimEnd().split('\r\n')).toHaveLength(9);
  });

  it('publishes JSON that parses: all townships, and each one', async () => {
    const all = await (await get('/data/townships.json')).json();
    expect(all).toHaveLength(24);
    const biqiao = all.find((t: { slug: string }) => t.slug === 'anhui/langxi/biqiao');
    expect(biqiao).toMatchObject({ name: '毕桥镇', url: BIQIAO, staffing: { administrative: 30, institutional: 23 } });
    expect(await (await get('/data/townships/anhui/langxi/biqiao.json')).json()).toEqual(biqiao);
  });

  it('lists every page in sitemap.xml and answers unknown URLs with the 404 page', async () => {
    const sitemap = await (await get('/sitemap.xml')).text();
    for (const path of ['/', BIQIAO, '/regions/anhui/langxi/', '/profiles/jiangxi-xiang/', '/data/']) expect(sitemap).toContain(`${path}</loc>`);
    expect(sitemap.match(/\/townships\//g)).toHaveLength(24);
    const missing = await get('/no/such/page/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('页面不存在');
  });
});
