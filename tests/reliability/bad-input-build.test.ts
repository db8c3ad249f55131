/**
 * Bad input never breaks the publication: every bad content folder goes through the **full build**
 * (`scripts/build.ts --no-pdf --no-search`) into the same `--out` as a good site published before.
 * Each must end with a located Chinese message (`file:line:col  错误  rule  中文`), exit code 1 and no
 * stack trace, and the published site must be byte-for-byte what it was, the symlink unchanged.
 *
 * Cases: the foundation corpus (tests/fixtures/bad-input/<case>/, one content folder each) plus the cases
 * generated from tests/reliability/fixtures/good by bad-input-cases.ts (binary, 5 MB, GBK, alias bomb, …).
 */
import { existsSync, readdirSync } from 'node:fs';
import { readdir, readlink, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyOutput } from '../../src/publish/verify-output.ts';
import { BAD_CASES, GOOD_VARIANTS } from './bad-input-cases.ts';
import { copyContent, displayPath, errorFindings, GOOD_CONTENT, hashTree, ROOT, runBuild, STACK_TRACE, tempDir, type RunResult } from '../security/support.ts';

const CORPUS = join(ROOT, 'tests/fixtures/bad-input');
/** The foundation corpus: every folder but the valid base it is derived from. */
const corpusCases = existsSync(CORPUS)
  ? readdirSync(CORPUS, { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== 'valid-base')
      .map((e) => e.name)
      .sort()
  : [];

let work: string;
let out: string;
let publishedTarget: string;
let publishedHashes: Map<string, string>;
const results = new Map<string, RunResult & { content: string }>();
const goodResults = new Map<string, RunResult & { out: string }>();

/** Runs `fn` over `items`, `limit` at a time (the machine has 2 cores). */
async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) await fn(items[next++]);
  }));
}

beforeAll(async () => {
  work = await tempDir('bad-input');
  out = join(work, 'site', 'dist');
  const first = await runBuild(['--content', GOOD_CONTENT, '--out', out, '--no-pdf', '--no-search']);
  expect(first.code, first.output).toBe(0);
  publishedTarget = await readlink(out);
  publishedHashes = await hashTree(out);

  const jobs: (() => Promise<void>)[] = [];
  for (const name of corpusCases) {
    jobs.push(async () => {
      const content = join(CORPUS, name);
      results.set(`corpus/${name}`, { ...(await runBuild(['--content', content, '--out', out, '--no-pdf', '--no-search'])), content });
    });
  }
  for (const c of BAD_CASES) {
    jobs.push(async () => {
      const content = await copyContent(GOOD_CONTENT, join(work, 'cases', c.name));
      await c.apply(content);
      results.set(c.name, { ...(await runBuild(['--content', content, '--out', out, '--no-pdf', '--no-search'])), content });
    });
  }
  for (const g of GOOD_VARIANTS) {
    jobs.push(async () => {
      const content = await copyContent(GOOD_CONTENT, join(work, 'good', g.name));
      await g.apply(content);
      const goodOut = join(work, 'good-out', g.name, 'dist');
      goodResults.set(g.name, { ...(await runBuild(['--content', content, '--out', goodOut, '--no-pdf', '--no-search'])), out: goodOut });
    });
  }
  await pool(jobs, 2, (job) => job());
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

function expectCleanRejection(r: RunResult) {
  expect(r.code, r.output).toBe(1);
  expect(r.signal).toBeNull();
  expect(r.output, 'no stack trace, no internal error').not.toMatch(STACK_TRACE);
  expect(r.output).toContain('已发布的网站保持不变');
}

describe('bad input through the full build', () => {
  it('the foundation corpus is present and non-empty', () => {
    expect(corpusCases.length).toBeGreaterThan(5);
  });

  describe.each(corpusCases)('corpus/%s', (name) => {
    it('exits 1 with a located Chinese message and no stack trace', () => {
      const r = results.get(`corpus/${name}`)!;
      expectCleanRejection(r);
      const errors = errorFindings(r.output);
      expect(errors.length, r.output).toBeGreaterThan(0);
      // The message names a file of this case's content folder.
      expect(errors.some((f) => f.file.includes(`bad-input/${name}/`)), r.output).toBe(true);
    });
  });

  describe.each(BAD_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    it(`${c.what}: exits 1 with a located Chinese message and no stack trace`, () => {
      const r = results.get(c.name)!;
      expectCleanRejection(r);
      const errors = errorFindings(r.output);
      const expected = displayPath(join(r.content, c.file));
      const hit = errors.find((f) => f.file.startsWith(expected) && (!c.rule || f.rule === c.rule));
      expect(hit, `expected an error at ${c.file}${c.rule ? ` (${c.rule})` : ''} in:\n${r.output}`).toBeDefined();
      expect(hit!.line).toBeGreaterThan(0);
      expect(hit!.col).toBeGreaterThan(0);
    });
  });

  it('the published site is untouched: same symlink target, every file hash identical, no leftover release', async () => {
    expect(results.size).toBe(corpusCases.length + BAD_CASES.length);
    expect(await readlink(out)).toBe(publishedTarget);
    expect(await hashTree(out)).toEqual(publishedHashes);
    expect(await verifyOutput(out)).toEqual([]);
    // A rejected build leaves no half-written release behind.
    expect(await readdir(`${out}.releases`)).toHaveLength(1);
  });

  describe.each(GOOD_VARIANTS.map((g) => [g.name, g] as const))('accepted: %s', (_name, g) => {
    it(`${g.what} is published`, async () => {
      const r = goodResults.get(g.name)!;
      expect(r.code, r.output).toBe(0);
      expect(r.output).not.toMatch(STACK_TRACE);
      expect(await verifyOutput(r.out)).toEqual([]);
    });
  });
});
