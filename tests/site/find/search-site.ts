/**
 * The finder and search tests' site: the bundled content plus two fictional townships with 统计用区划代码
 * (tests/site/find/fixtures/), built by the shared helper and then given its Pagefind index by the real
 * search step. The indexed copy is reused while the shared build is the same one; a lock directory makes
 * one test file index while the others wait.
 */
import { cp, mkdir, readdir, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { buildSearchIndex } from '../../../src/search/build-index.ts';
import { builtSite, CHROMIUM_ARGS, ROOT, serveSite, type ServedSite } from '../helpers/site.ts';

const CONTENT = join(ROOT, '.cache/find-content');
const SITE = join(ROOT, '.cache/find-site');
const LOCK = `${SITE}.lock`;
const MARKER = `${SITE}.from`;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const e of await readdir(path, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) newest = Math.max(newest, (await stat(join(e.parentPath, e.name))).mtimeMs);
  }
  return newest;
}

/** content/ + fixtures, copied with their timestamps so an unchanged copy does not look newer than the build. */
async function prepareContent(): Promise<string> {
  await mkdir(CONTENT, { recursive: true });
  await cp(join(ROOT, 'content'), CONTENT, { recursive: true, preserveTimestamps: true, force: true });
  await cp(join(ROOT, 'tests/site/find/fixtures'), CONTENT, { recursive: true, preserveTimestamps: true, force: true, filter: (src) => !src.endsWith('README.md') });
  return CONTENT;
}

export async function builtSearchSite(): Promise<string> {
  for (;;) {
    try {
      await mkdir(LOCK, { recursive: false });
    } catch {
      const held = await stat(LOCK).catch(() => undefined);
      if (held && Date.now() - held.mtimeMs > 600_000) await rm(LOCK, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    try {
      const source = await realpath(await builtSite(await prepareContent()));
      // The copy is indexed again when the site was rebuilt or the indexing code changed.
      const stamp = [source, await readFile(`${source}.built`, 'utf8').catch(() => ''), await newestMtime(join(ROOT, 'src/search')), await newestMtime(join(ROOT, 'public/assets/find/census.js'))].join('\n');
      if ((await readFile(MARKER, 'utf8').catch(() => '')) === stamp) return SITE;
      await rm(SITE, { recursive: true, force: true });
      await cp(source, SITE, { recursive: true });
      await buildSearchIndex(SITE);
      await writeFile(MARKER, stamp);
      return SITE;
    } finally {
      await rm(LOCK, { recursive: true, force: true });
    }
  }
}

export interface SearchSite extends ServedSite {
  browser: Browser;
  /** Hosts other than the site's own that any page asked for: must stay empty (intranet deployable). */
  foreignRequests: string[];
  open(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function openSearchSite(): Promise<SearchSite> {
  const served = await serveSite(await builtSearchSite());
  const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const foreignRequests: string[] = [];
  return {
    ...served,
    browser,
    foreignRequests,
    async open(path, viewport = { width: 1280, height: 900 }) {
      const page = await browser.newPage();
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (url.origin !== served.origin && url.protocol !== 'data:' && url.protocol !== 'blob:') foreignRequests.push(r.url());
      });
      await page.setViewport(viewport);
      await page.goto(served.origin + path, { waitUntil: 'networkidle0' });
      return page;
    },
    async close() {
      await browser.close();
      await served.close();
    },
  };
}
