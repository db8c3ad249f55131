/**
 * Production qualities: same input → same bytes (across browser restarts), the cache renders only
 * what changed, a document that keeps failing is reported while the rest complete, and a hung
 * page is timed out, the browser restarted and the next document still rendered.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentPage, type DocumentPage } from '../../src/pdf/html.ts';
import { Renderer, renderAll, shardOf } from '../../src/pdf/index.ts';
import { buildDocument } from '../../src/pdf/regulation.ts';
import { biqiaoFinal, biqiaoWithoutStaffing } from './fixtures/index.ts';
import { fonts } from './inspect.ts';

describe('reproducible output', () => {
  it('renders 毕桥镇 twice, in two browsers, to identical bytes with fixed metadata dates', async () => {
    const page = documentPage(buildDocument(biqiaoFinal()));
    const bytes: Uint8Array[] = [];
    for (let i = 0; i < 2; i++) {
      const r = new Renderer();
      try {
        bytes.push(await r.render(page, { date: '2020-12-15' }));
      } finally {
        await r.close();
      }
    }
    expect(Buffer.compare(Buffer.from(bytes[0]!), Buffer.from(bytes[1]!))).toBe(0);
    const text = Buffer.from(bytes[0]!).toString('latin1');
    expect(text).toContain("/CreationDate (D:20201215000000+00'00')");
    expect(text).not.toMatch(/\/ID\s*\[/);
  }, 60_000);
});

describe('one tab for document after document', () => {
  const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
  async function inFreshBrowser(page: DocumentPage): Promise<Uint8Array> {
    const r = new Renderer();
    try {
      return await r.render(page);
    } finally {
      await r.close();
    }
  }

  it('prints each document as a fresh browser does, loads the font slices a later document needs, and replaces a tab after its share', async () => {
    const final = documentPage(buildDocument(biqiaoFinal()));
    const draft = documentPage(buildDocument(biqiaoWithoutStaffing()));
    // 埇 is not in FandolFang: its body text needs a fallback slice that the tab has not loaded yet.
    const rare = documentPage(buildDocument({ ...biqiaoFinal(), name: '埇桥镇' }));
    const r = new Renderer({ concurrency: 1, documentsPerTab: 3 });
    const printed: Uint8Array[] = [];
    try {
      for (const page of [final, rare, draft, final]) printed.push(await r.render(page)); // the 4th in a new tab
    } finally {
      await r.close();
    }
    expect(same(printed[3]!, printed[0]!), 'the same document in a new tab').toBe(true);
    expect(same(printed[1]!, await inFreshBrowser(rare)), 'the 2nd document of a tab').toBe(true);
    expect(same(printed[2]!, await inFreshBrowser(draft)), 'a draft after a final').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'sanding-pdf-tab-'));
    try {
      writeFileSync(join(dir, 'rare.pdf'), printed[1]!);
      expect(fonts(join(dir, 'rare.pdf')).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))).toContain('LXGWWenKai-Regular');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('cache, shards and failures', () => {
  const base = biqiaoFinal();
  const set = [
    { slug: 'a/one', data: base },
    { slug: 'a/two', data: { ...base, name: '第二镇' } },
  ];

  it('re-renders only the document whose input changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sanding-pdf-test-'));
    const cacheDir = join(dir, 'cache');
    const first = await renderAll(set, join(dir, 'out'), { cacheDir });
    expect(first.rendered).toBe(2);
    const again = await renderAll(set, join(dir, 'out'), { cacheDir });
    expect([again.rendered, again.cached]).toEqual([0, 2]);
    const edited = [set[0]!, { slug: 'a/two', data: { ...base, name: '第二镇', functions: [...base.functions, '维护社会稳定'] } }];
    const third = await renderAll(edited, join(dir, 'out'), { cacheDir });
    expect([third.rendered, third.cached]).toEqual([1, 1]);
    expect(readdirSync(join(dir, 'out/a')).sort()).toEqual(['one.pdf', 'two.pdf']); // no temp files left
    expect(readFileSync(join(dir, 'out/a/one.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 90_000);

  it('two shards, rendered separately (as two CI jobs would, each with its own cache), give the same files as one run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sanding-pdf-shards-'));
    const one = await renderAll(set, join(dir, 'single'), { cacheDir: join(dir, 'cache-single') });
    expect(one.ok).toBe(true);
    const parts = [];
    for (const index of [0, 1]) parts.push(await renderAll(set, join(dir, 'sharded'), { shard: { index, count: 2 }, cacheDir: join(dir, `cache-${index}`) }));
    expect(parts.map((p) => p.results.length).reduce((a, b) => a + b)).toBe(set.length);
    for (const name of ['one.pdf', 'two.pdf']) {
      expect(Buffer.compare(readFileSync(join(dir, 'sharded/a', name)), readFileSync(join(dir, 'single/a', name))), name).toBe(0);
    }
  }, 120_000);

  it('splits townships into stable shards', () => {
    const slugs = Array.from({ length: 50 }, (_, i) => `p/c/t${i}`);
    const counts = [0, 1, 2].map((k) => slugs.filter((s) => shardOf(s, 3) === k).length);
    expect(counts.reduce((a, b) => a + b)).toBe(50);
    expect(Math.min(...counts)).toBeGreaterThan(5);
  });

  it('reports a failing document by name and cause, completes the others and returns not ok', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sanding-pdf-test-'));
    const report = await renderAll([set[0]!, { slug: '../escape', data: base }], join(dir, 'out'), { cacheDir: join(dir, 'cache') });
    expect(report.ok).toBe(false);
    expect(report.results.map((r) => r.slug)).toEqual(['a/one']);
    expect(report.failures).toEqual([{ slug: '../escape', name: '毕桥镇', error: expect.stringMatching(/unsafe slug/) }]);
  }, 60_000);

  it('never prints into a page whose shell came without its styles and fonts (e.g. a half-written file)', async () => {
    const r = new Renderer({ retries: 0 });
    try {
      const bare = { shell: '<!doctype html><title></title><body></body>', title: 'bare', kind: 'final' as const, body: '<p>x</p>' };
      await expect(r.render(bare, { name: 'bare' })).rejects.toThrow(/page shell did not load/);
    } finally {
      await r.close();
    }
  }, 60_000);

  it('times out a hung page, restarts the browser and renders the next document', async () => {
    const r = new Renderer({ timeoutMs: 3000, retries: 1 });
    try {
      const hung = { shell: '<!doctype html><p>x</p><script>for(;;){}</script>', title: 'hung', kind: 'final' as const, body: '' };
      await expect(r.render(hung, { name: 'hung' })).rejects.toThrow(/no answer within 3000 ms/);
      const ok = await r.render(documentPage(buildDocument(biqiaoFinal())));
      expect(Buffer.from(ok.subarray(0, 5)).toString()).toBe('%PDF-');
    } finally {
      await r.close();
    }
  }, 60_000);
});
