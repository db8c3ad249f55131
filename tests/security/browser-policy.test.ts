/**
 * The published site under its own policy, in real Chromium: the bundled content and the injection
 * corpus are built by the real build, served by serveStatic, and every page (sitemap, else a crawl of the
 * links from /) is visited. Asserted: zero CSP violations (securitypolicyviolation events hooked before
 * any page script runs, and console reports), zero requests to any host but the site (request
 * interception), the security headers on every document, the CSP meta tag in every page, `_headers` in
 * the output. Search boxes are exercised so that the search code runs under the policy too.
 */
import { CHROMIUM, CHROMIUM_ARGS } from '../../src/browser/chromium.ts';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parse } from 'parse5';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedDir } from '../../src/publish/release.ts';
import { CONTENT_SECURITY_POLICY, headersFile, META_CONTENT_SECURITY_POLICY } from '../../src/publish/security-headers.ts';
import { serveStatic } from '../../src/publish/serve-static.ts';
import { INJECTION_CONTENT, listFiles, resolveRoot, runBuild, tempDir, type RunResult } from './support.ts';

const SEARCH_FLAGS = existsSync(resolveRoot('src/search/build-index.ts')) ? [] : ['--no-search'];
const MAX_PAGES = 400;

interface Site {
  name: string;
  content: string;
  /** The build with the search index. */
  build?: RunResult;
  /** The build that was published and visited: with search, else without. */
  published?: RunResult;
  root?: string;
  server?: Server;
  origin?: string;
  report?: VisitReport;
}

interface VisitReport {
  pages: string[];
  violations: string[];
  foreign: string[];
  missingHeaders: string[];
  errors: string[];
}

const SITES: Site[] = [
  { name: 'bundled content', content: resolveRoot('content') },
  { name: 'injection corpus', content: INJECTION_CONTENT },
];

let work: string;
let browser: Browser;

beforeAll(async () => {
  work = await tempDir('browser');
  await Promise.all(
    SITES.map(async (site, i) => {
      const out = join(work, `site-${i}`, 'dist');
      site.build = await runBuild(['--content', site.content, '--out', out, '--no-pdf', ...SEARCH_FLAGS]);
      // The policy checks must run even while the search step is broken; that failure is reported on its own.
      site.published = site.build.code === 0 ? site.build : await runBuild(['--content', site.content, '--out', out, '--no-pdf', '--no-search']);
      if (site.published.code !== 0) return;
      site.root = await publishedDir(out);
      site.server = await serveStatic(out, 0);
      site.origin = `http://127.0.0.1:${(site.server.address() as AddressInfo).port}`;
    }),
  );
  browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  for (const site of SITES) if (site.origin) site.report = await visitAll(site.origin);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  for (const s of SITES) if (s.server) await closeServer(s.server);
  if (work) await rm(work, { recursive: true, force: true });
});

/** Chromium keeps connections alive; close them, or close() waits for them. */
function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((r) => server.close(() => r()));
}

/** Pages to visit: the sitemap's, else a breadth-first crawl of same-site links from /. */
async function pageList(origin: string, page: Page): Promise<string[]> {
  for (const index of ['/sitemap-index.xml', '/sitemap.xml']) {
    const res = await fetch(origin + index);
    if (!res.ok) continue;
    const locs = async (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const urls: string[] = [];
    for (const loc of await locs(await res.text())) {
      const path = new URL(loc).pathname;
      if (path.endsWith('.xml')) urls.push(...(await locs(await (await fetch(origin + path)).text())).map((u) => new URL(u).pathname));
      else urls.push(path);
    }
    if (urls.length) return [...new Set(['/', ...urls])];
  }
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  while (queue.length && seen.size < MAX_PAGES) {
    const path = queue.shift()!;
    const res = await page.goto(origin + path, { waitUntil: 'domcontentloaded' });
    if (!res || !res.headers()['content-type']?.startsWith('text/html')) continue;
    const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const link of links) {
      const u = new URL(link);
      if (u.origin !== origin || /\.(pdf|json|csv|xml|svg|png|zip)$/i.test(u.pathname)) continue;
      if (!seen.has(u.pathname)) {
        seen.add(u.pathname);
        queue.push(u.pathname);
      }
    }
  }
  return [...seen];
}

async function visitAll(origin: string): Promise<VisitReport> {
  const report: VisitReport = { pages: [], violations: [], foreign: [], missingHeaders: [], errors: [] };
  const page = await browser.newPage();
  let current = '';
  await page.exposeFunction('__reportCspViolation', (v: string) => report.violations.push(`${current}: ${v}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation(v: string): void }).__reportCspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
      );
    });
  });
  page.on('console', (msg) => {
    const text = msg.text();
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(text)) report.violations.push(`${current}: console: ${text}`);
  });
  page.on('pageerror', (e) => report.errors.push(`${current}: ${e instanceof Error ? e.message : String(e)}`));
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith(origin + '/') || url === origin || /^(data|blob|about):/.test(url)) return void req.continue();
    report.foreign.push(`${current}: ${req.resourceType()} ${url}`);
    void req.abort('blockedbyclient');
  });
  page.on('response', (res) => {
    if (res.request().resourceType() !== 'document' || !res.url().startsWith(origin)) return;
    const h = res.headers();
    if (h['content-security-policy'] !== CONTENT_SECURITY_POLICY || h['referrer-policy'] !== 'no-referrer' || h['x-content-type-options'] !== 'nosniff') {
      report.missingHeaders.push(res.url());
    }
  });

  const pages = await pageList(origin, page);
  for (const path of [...pages, '/no-such-page-for-the-404-test/']) {
    current = path;
    await page.goto(origin + path, { waitUntil: 'load' });
    const search = await page.$('input[type="search"]');
    if (search) {
      await search.type('镇');
      await new Promise((r) => setTimeout(r, 800));
    }
    // Violation events are dispatched asynchronously; let them arrive before the next navigation.
    await new Promise((r) => setTimeout(r, 50));
    report.pages.push(path);
  }
  await page.close();
  return report;
}

describe('the detector', () => {
  it('is not vacuous: inline script, inline style and a foreign image on a page are all reported', async () => {
    const dir = join(work, 'bad-site');
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, 'index.html'),
      '<!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title></head><body>' +
        '<script>document.title = "ran"</script><div style="color: red">x</div>' +
        '<img src="https://evil.example/pixel.png" alt=""><a href="/other/">other</a></body></html>',
    );
    await mkdir(join(dir, 'other'));
    await writeFile(join(dir, 'other/index.html'), '<!DOCTYPE html><html><body><img src="http://evil.example/2.png" alt=""></body></html>');
    const server = await serveStatic(dir, 0);
    try {
      const report = await visitAll(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      expect(report.pages).toEqual(['/', '/other/', '/no-such-page-for-the-404-test/']);
      expect(report.violations.join('\n')).toMatch(/script-src/);
      expect(report.violations.join('\n')).toMatch(/style-src/);
      // The CSP stops the foreign images before any request leaves; interception is the second net.
      expect(report.violations.join('\n')).toContain('img-src blocked https://evil.example/pixel.png');
      expect(report.violations.join('\n')).toContain('img-src blocked http://evil.example/2.png');
    } finally {
      await closeServer(server);
    }
  });
});

describe.each(SITES.map((s) => [s.name, s] as const))('%s in Chromium', (_name, site) => {
  it('builds (site pages)', () => {
    expect(site.published?.code, site.published?.output).toBe(0);
  });

  it('builds with the search index', () => {
    expect(site.build?.code, site.build?.output).toBe(0);
  });

  it('visits every page', () => {
    expect(site.report, 'the site was built and visited').toBeDefined();
    expect(site.report!.pages).toContain('/');
    if (site.content === resolveRoot('content')) expect(site.report!.pages.length, site.report!.pages.join('\n')).toBeGreaterThan(24);
  });

  it('zero CSP violations', () => {
    expect(site.report!.violations).toEqual([]);
  });

  it('zero requests to any host other than the site', () => {
    expect(site.report!.foreign).toEqual([]);
  });

  it('every document carries CSP, Referrer-Policy and X-Content-Type-Options', () => {
    expect(site.report!.missingHeaders).toEqual([]);
  });

  it('no script error on any page', () => {
    expect(site.report!.errors).toEqual([]);
  });

  it('every HTML page repeats the CSP in a meta tag (for hosts that do not send headers)', async () => {
    const missing: string[] = [];
    for (const file of (await listFiles(site.root!)).filter((f) => f.endsWith('.html'))) {
      const doc = parse(await readFile(join(site.root!, file), 'utf8'));
      const html = doc.childNodes.find((n) => n.nodeName === 'html') as any;
      const head = html?.childNodes.find((n: any) => n.nodeName === 'head');
      const meta = head?.childNodes.find((n: any) => n.nodeName === 'meta' && n.attrs.some((a: any) => a.name === 'http-equiv' && a.value.toLowerCase() === 'content-security-policy'));
      const content = meta?.attrs.find((a: any) => a.name === 'content')?.value;
      if (content !== META_CONTENT_SECURITY_POLICY) missing.push(`${file}: ${content ?? '无 CSP meta 标签'}`);
    }
    expect(missing).toEqual([]);
  });

  it('the output has a _headers file generated from the policy', async () => {
    expect(await readFile(join(site.root!, '_headers'), 'utf8').catch(() => '缺少 _headers')).toBe(headersFile());
  });
});
