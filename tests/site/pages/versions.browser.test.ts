/** What the bundled content lacks: a superseded plan and a before → after comparison (fictitious fixture). */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openSite, type OpenSite } from '../helpers/site.ts';

const FIXTURE = fileURLToPath(new URL('./fixtures/versions/', import.meta.url));
const OLD = `/townships/${encodeURI('测试省/测试县')}/ceshi-2019/`;
const NEW = `/townships/${encodeURI('测试省/测试县')}/ceshi-2021/`;

let site: OpenSite;
beforeAll(async () => {
  site = await openSite(FIXTURE);
}, 600_000);
afterAll(async () => {
  await site?.close();
});

it('puts a banner linking the successor on a superseded plan', async () => {
  const page = await site.open(OLD);
  const banner = await page.$eval('.banner-warning', (el) => ({ text: (el as HTMLElement).innerText, href: el.querySelector('a')!.getAttribute('href') }));
  expect(banner.text).toContain('已被新方案替代');
  expect(decodeURI(banner.href!)).toBe('/townships/测试省/测试县/ceshi-2021/');
  await page.goto(site.origin + banner.href!, { waitUntil: 'networkidle0' });
  expect(await page.$('.banner-warning')).toBeNull();
  await page.close();
});

it('compares before and after where the plan states the situation before', async () => {
  const page = await site.open(NEW);
  const section = await page.$eval('section[aria-labelledby="comparison"]', (el) => (el as HTMLElement).innerText);
  expect(section).toContain('党政办公室 → 党政综合办公室');
  expect(section).toMatch(/撤销机构\s*计划生育服务站/);
  expect(section).toMatch(/新设机构\s*综合行政执法队/);
  const rows = await page.$$eval('section[aria-labelledby="comparison"] tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
  expect(rows).toEqual([
    ['机构数（党政机构和事业单位）', '2', '2', '0'],
    ['行政编制', '10', '8', '-2'],
    ['事业编制', '6', '5', '-1'],
  ]);
  await page.close();
});
