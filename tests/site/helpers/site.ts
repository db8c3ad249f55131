/**
 * Build once, serve, browse: the shared fixture of the site's browser tests.
 *
 * - `builtSite(content)` builds a content folder with the real CLI (no PDF, no search index) into
 *   `.cache/test-site/<name>` and reuses that build while no source file is newer than it. Test files run in
 *   parallel workers: a project lock (src/publish/project-lock.ts) makes one worker build while the others wait.
 * - `serveSite(dir)` serves it with the production static server (security headers, CSP) on a free port.
 * - `launchBrowser()` starts the system Chromium (never a downloaded one).
 * - `openSite()` does all three and returns one `close()`.
 */
import { CHROMIUM, CHROMIUM_ARGS } from '../../../src/browser/chromium.ts';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { withProjectLock } from '../../../src/publish/project-lock.ts';
import { serveStatic } from '../../../src/publish/serve-static.ts';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BUNDLED_CONTENT = join(ROOT, 'content');
const CACHE = join(ROOT, '.cache/test-site');

export { CHROMIUM_ARGS };

/** What the build reads: if any of it changed after the cached build, the build is redone. */
const BUILD_INPUTS = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json'];

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const e of await readdir(path, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) newest = Math.max(newest, (await stat(join(e.parentPath, e.name))).mtimeMs);
  }
  return newest;
}

function runBuild(content: string, out: string): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['scripts/build.ts', '--no-pdf', '--no-search', '--content', content, '--out', out], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? ok() : fail(new Error(`site build failed (${code}):\n${output}`))));
  });
}

/** The published folder of a build of `content` (default: the bundled content), built at most once. */
export async function builtSite(content = BUNDLED_CONTENT): Promise<string> {
  const abs = resolve(content);
  const name = createHash('sha256').update(abs).digest('hex').slice(0, 12);
  const out = join(CACHE, name);
  const marker = `${out}.built`;
  const isFresh = async () => {
    const inputs = Math.max(await newestMtime(abs), ...(await Promise.all(BUILD_INPUTS.map((p) => newestMtime(join(ROOT, p))))));
    const built = await stat(marker).catch(() => undefined);
    return built !== undefined && built.mtimeMs > inputs;
  };
  if (await isFresh()) return out;
  // Another worker may be building the same folder: wait for it, then build only if it did not.
  return withProjectLock(`test-site-${name}`, async () => {
    if (await isFresh()) return out;
    await mkdir(CACHE, { recursive: true });
    await runBuild(abs, out);
    await writeFile(marker, new Date().toISOString());
    return out;
  });
}

export interface ServedSite {
  /** e.g. http://127.0.0.1:40123 (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

export async function serveSite(dir: string): Promise<ServedSite> {
  const server = await serveStatic(dir, 0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface OpenSite extends ServedSite {
  browser: Browser;
  /** A new tab at `path`, waiting until the network is idle. */
  open(path: string, viewport?: { width: number; height: number }): Promise<Page>;
}

export async function openSite(content?: string): Promise<OpenSite> {
  const dir = await builtSite(content);
  const site = await serveSite(dir);
  const browser = await launchBrowser();
  return {
    ...site,
    browser,
    async open(path, viewport = { width: 1280, height: 900 }) {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      await page.goto(site.origin + path, { waitUntil: 'networkidle0' });
      return page;
    },
    async close() {
      await browser.close();
      await site.close();
    },
  };
}
