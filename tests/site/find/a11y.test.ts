import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchSettled } from './browser-steps.ts';
import { openSearchSite, type SearchSite } from './search-site.ts';

/**
 * The site's shared accessibility test: axe-core in real Chromium over every page the sitemap lists, plus
 * the states only JavaScript produces (search results, a comparison). WCAG 2.2 A/AA rules; zero violations.
 */
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let site: SearchSite;
let paths: string[];

beforeAll(async () => {
  site = await openSearchSite();
  const sitemap = await (await fetch(`${site.origin}/sitemap.xml`)).text();
  paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}, 600_000);
afterAll(() => site?.close());

async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** axe is injected from the test, not the site: a CSP-exempt evaluation, so the site's CSP stays as served. */
async function check(path: string, ready?: (page: Page) => Promise<unknown>) {
  const page = await site.open(path);
  await ready?.(page);
  const found = await violations(page);
  await page.close();
  return found;
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it('the sitemap lists the finder, comparison, statistics and search pages', () => {
    expect(paths).toEqual(expect.arrayContaining(['/find/', '/compare/', '/stats/', '/search/']));
    expect(paths.length).toBeGreaterThan(20);
  });

  it('every page of the sitemap has no violations', async () => {
    const failures: Record<string, string[]> = {};
    for (const path of paths) {
      const found = await check(path);
      if (found.length) failures[path] = found;
    }
    expect(failures).toEqual({});
  }, 600_000);

  it('search results, the finder and a comparison have no violations', async () => {
    const failures: Record<string, string[]> = {};
    const states: [string, (page: Page) => Promise<unknown>][] = [
      ['/search/?q=%E7%BB%BC%E5%90%88%E8%A1%8C%E6%94%BF%E6%89%A7%E6%B3%95', searchSettled],
      ['/find/?province=hebei', searchSettled],
      ['/compare/?t=anhui%2Flangxi%2Fbiqiao&t=hebei%2Fxinglong%2Fnantianmen', (p) => p.waitForSelector('[data-compare-tables] table')],
      ['/find/hebei/xinglong/', async () => {}],
      ['/stats/hebei/', async () => {}],
    ];
    for (const [path, ready] of states) {
      const found = await check(path, ready);
      if (found.length) failures[path] = found;
    }
    expect(failures).toEqual({});
  });

  it('no page asked any host but the site itself', () => {
    expect(site.foreignRequests).toEqual([]);
  });
});
