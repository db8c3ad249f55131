/**
 * Atomic publishing: a build SIGKILLed at any moment (with everything it started: Astro, Chromium) leaves
 * the last good site complete and serving — `<out>` still points at the previous release, every file
 * hash identical, nothing empty or truncated — and the next build succeeds and cleans up what the killed
 * builds left behind.
 *
 * The killed builds run with PDFs when the PDF step exists (src/publish/pdf-step.ts), so one kill lands
 * while PDFs are being written; otherwise the kills land in validation and the Astro step.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readdir, readFile, readlink, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedDir } from '../../src/publish/release.ts';
import { serveStatic } from '../../src/publish/serve-static.ts';
import { verifyOutput } from '../../src/publish/verify-output.ts';
import { BUILD, GOOD_CONTENT, hashTree, killGroup, listFiles, NODE, ROOT, runBuild, tempDir } from '../security/support.ts';

const HAS_PDF_STEP = existsSync(join(ROOT, 'src/publish/pdf-step.ts'));
// The search step is not what this file tests (and needs real township pages); PDFs are, when they exist.
const BUILD_FLAGS = [...(HAS_PDF_STEP ? [] : ['--no-pdf']), '--no-search'];

let work: string;
let out: string;
let releases: string;
let goodTarget: string;
let goodHashes: Map<string, string>;

beforeAll(async () => {
  work = await tempDir('atomic');
  out = join(work, 'dist');
  releases = `${out}.releases`;
  const first = await runBuild(['--content', GOOD_CONTENT, '--out', out, ...BUILD_FLAGS]);
  expect(first.code, first.output).toBe(0);
  goodTarget = await readlink(out);
  goodHashes = await hashTree(out);
  expect(goodHashes.has('index.html')).toBe(true);
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
  for (const [, , env] of KILL_POINTS) if (env?.SANDING_PDF_CACHE) await rm(env.SANDING_PDF_CACHE, { recursive: true, force: true });
});

/** Release folders other than the published one: what a running (or killed) build writes into. */
async function unpublished(): Promise<string[]> {
  const current = basename(await readlink(out));
  return (await readdir(releases)).filter((e) => e !== current).map((e) => join(releases, e));
}

async function someFile(predicate: (rel: string) => boolean): Promise<boolean> {
  for (const dir of await unpublished()) {
    const files = await listFiles(dir).catch(() => []);
    if (files.some(predicate)) return true;
  }
  return false;
}

/** Starts a build in its own process group and SIGKILLs the group when `when` says so. */
async function buildKilled(when: () => Promise<boolean>, env: Record<string, string> = {}, timeoutMs = 90_000): Promise<{ killed: boolean; output: string }> {
  const child = spawn(NODE, [BUILD, '--content', GOOD_CONTENT, '--out', out, ...BUILD_FLAGS], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<void>((ok) => child.on('close', () => ok()));
  let done = false;
  void exited.then(() => (done = true));
  const started = Date.now();
  let killed = false;
  while (!done && Date.now() - started < timeoutMs) {
    if (await when()) {
      killGroup(child);
      killed = true;
      break;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  if (!killed) killGroup(child);
  await exited;
  return { killed, output };
}

async function expectLastGoodSiteIntact(): Promise<void> {
  expect(await readlink(out)).toBe(goodTarget);
  expect(await hashTree(out)).toEqual(goodHashes);
  expect(await verifyOutput(out)).toEqual([]);
  const root = (await publishedDir(out))!;
  for (const rel of await listFiles(root)) {
    if (!/\.(html|json|pdf|csv|xml)$/.test(rel)) continue;
    const bytes = await readFile(join(root, rel));
    expect(bytes.length, `${rel} is empty`).toBeGreaterThan(0);
    if (rel.endsWith('.json')) expect(() => JSON.parse(bytes.toString('utf8')), `${rel} parses`).not.toThrow();
  }
}

/**
 * Astro renders into a private folder (`.sanding/astro-out-*`, scripts/build.ts) before the release gets the
 * result: a page there means Astro is mid-way through rendering. A fixed delay would not do: the whole build
 * of this content can finish within a few seconds.
 */
async function astroHasRenderedAPage(): Promise<boolean> {
  const scratch = join(ROOT, '.sanding');
  const dirs = (await readdir(scratch).catch(() => [])).filter((e) => e.startsWith('astro-out-'));
  for (const dir of dirs) {
    const files = await listFiles(join(scratch, dir)).catch(() => []);
    if (files.some((f) => f.endsWith('.html'))) return true;
  }
  return false;
}

const after = (ms: number) => {
  const t = Date.now() + ms;
  return async () => Date.now() >= t;
};

type KillPoint = [string, () => () => Promise<boolean>, Record<string, string>?];
const KILL_POINTS: KillPoint[] = [
  ['after 1 s (validation / Astro start-up)', () => after(1000)],
  ['while Astro is rendering pages', () => astroHasRenderedAPage],
  ['as soon as the release has its home page (end of the Astro step)', () => () => someFile((f) => f === 'index.html')],
  // An empty PDF cache makes Chromium really render, so the kill lands mid-batch rather than after a cache copy.
  ...(HAS_PDF_STEP
    ? ([['as soon as the release has a PDF (PDF step, Chromium rendering)', () => () => someFile((f) => f.endsWith('.pdf')), { SANDING_PDF_CACHE: join(tmpdir(), `sanding-empty-pdf-cache-${process.pid}`) }]] as KillPoint[])
    : []),
];

describe('a build killed at any moment leaves the last good site complete and serving', () => {
  it.each(KILL_POINTS)('SIGKILL %s', async (_label, trigger, env) => {
    if (env?.SANDING_PDF_CACHE) await rm(env.SANDING_PDF_CACHE, { recursive: true, force: true });
    const { killed, output } = await buildKilled(trigger(), env);
    expect(killed, `the build finished before the kill point:\n${output}`).toBe(true);
    await expectLastGoodSiteIntact();
  });

  it('the last good site is still served (home page, 200, complete)', async () => {
    const server: Server = await serveStatic(out, 0);
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toBe(await readFile(join(out, 'index.html'), 'utf8'));
      expect(html.trimEnd().endsWith('</html>')).toBe(true);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('the next build succeeds, publishes, and removes what the killed builds left behind', async () => {
    expect((await unpublished()).length, 'the killed builds left release folders to clean up').toBeGreaterThan(1);
    const next = await runBuild(['--content', GOOD_CONTENT, '--out', out, ...BUILD_FLAGS]);
    expect(next.code, next.output).toBe(0);
    const current = await readlink(out);
    expect(current).not.toBe(goodTarget);
    expect(await verifyOutput(out)).toEqual([]);
    // Kept: the new release and the one it replaced (the last good one, for rollback) — nothing half-built.
    expect((await readdir(releases)).sort()).toEqual([basename(goodTarget), basename(current)].sort());
    expect((await readdir(work)).filter((e) => e.includes('.next-'))).toEqual([]);
  });
});
