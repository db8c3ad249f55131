/**
 * Paths are safe end to end: a township file whose name has a space and Chinese characters
 * (`townships/安徽省/郎溪县/毕桥 镇.md`) builds and its page is reachable through the static server by its
 * percent-encoded URL; two townships with the same name in different counties get distinct URLs; nothing
 * is written outside the release folder. (Slug collisions and unsafe names: bad-input-build.test.ts.)
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAndValidate } from '../../src/content/index.ts';
import { publishedDir } from '../../src/publish/release.ts';
import { serveStatic } from '../../src/publish/serve-static.ts';
import { copyContent, GOOD_CONTENT, listFiles, runBuild, tempDir, type RunResult } from './support.ts';

const OLD = 'townships/shili/shili-xian/shili-zhen-2019.md';
let work: string;
let content: string;
let out: string;
let build: RunResult;
let server: Server | undefined;
let origin: string;

beforeAll(async () => {
  work = await tempDir('paths');
  content = await copyContent(GOOD_CONTENT, join(work, 'content'));
  const old = await readFile(join(content, OLD), 'utf8');
  const standalone = old.replace('superseded_by: shili/shili-xian/shili-zhen\n', '').replace('status: 已废止', 'status: 草案');
  // A Chinese path with a space.
  await mkdir(join(content, 'townships/安徽省/郎溪县'), { recursive: true });
  await writeFile(join(content, 'townships/安徽省/郎溪县/毕桥 镇.md'), standalone.replace('name: 示例镇', 'name: 毕桥镇').replace('county: 示例县}', 'county: 郎溪县}').replace('province: 示例省', 'province: 安徽省'));
  // The same township name (示例镇) in another county.
  await mkdir(join(content, 'townships/shili/other-xian'), { recursive: true });
  await writeFile(join(content, 'townships/shili/other-xian/shili-zhen.md'), standalone.replace('county: 示例县}', 'county: 另一县}'));
  out = join(work, 'dist');
  build = await runBuild(['--content', content, '--out', out, '--no-pdf', '--no-search']);
  if (build.code === 0) {
    server = await serveStatic(out, 0);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
}, 300_000);

afterAll(async () => {
  if (server) {
    server.closeAllConnections();
    await new Promise((r) => server!.close(r));
  }
  if (work) await rm(work, { recursive: true, force: true });
});

describe('paths', () => {
  it('the content with a Chinese, spaced file name and a repeated township name validates and builds', async () => {
    const set = await loadAndValidate(content);
    expect(set.townships.map((t) => t.slug)).toEqual(
      expect.arrayContaining(['安徽省/郎溪县/毕桥-镇', 'shili/other-xian/shili-zhen', 'shili/shili-xian/shili-zhen']),
    );
    expect(build.code, build.output).toBe(0);
  });

  it('the page of “毕桥 镇.md” is reachable by its percent-encoded URL', async () => {
    const url = `${origin}/townships/${['安徽省', '郎溪县', '毕桥-镇'].map(encodeURIComponent).join('/')}/`;
    const res = await fetch(url);
    expect(res.status, url).toBe(200);
    expect(await res.text()).toContain('毕桥镇');
  });

  it('two townships named 示例镇 in different counties have distinct pages', async () => {
    const pages = (await listFiles(out)).filter((f) => /^townships\/shili\/[^/]+\/shili-zhen\/index\.html$/.test(f));
    expect(pages.sort()).toEqual(['townships/shili/other-xian/shili-zhen/index.html', 'townships/shili/shili-xian/shili-zhen/index.html']);
    for (const p of pages) expect((await fetch(`${origin}/${p.replace(/index\.html$/, '')}`)).status).toBe(200);
  });

  it('every output file lies inside the release folder', async () => {
    const root = (await publishedDir(out))!;
    const files = await listFiles(root);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => f.startsWith('..') || f.startsWith('/'))).toEqual([]);
  });
});
