/**
 * The render cache is checked before any HTML is built: a no-op rebuild renders nothing and builds no
 * HTML, an edit renders exactly the edited township, and the PDFs are hard links to the cache entries
 * (a rebuild writes no PDF bytes). The key follows the data, the grid model and the environment
 * (templates, fonts, code), and nothing else.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cacheKey, environmentIdentity, placeFromCache } from '../../src/pdf/cache.ts';
import * as html from '../../src/pdf/html.ts';
import { renderAll } from '../../src/pdf/index.ts';
import { biqiaoFinal } from './fixtures/index.ts';

vi.mock('../../src/pdf/html.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/pdf/html.ts')>();
  return { ...original, documentPage: vi.fn(original.documentPage) };
});
const htmlBuilt = vi.mocked(html.documentPage);

const temps: string[] = [];
const tempDir = (name: string) => {
  temps.push(mkdtempSync(join(tmpdir(), `sanding-pdf-${name}-`)));
  return temps.at(-1)!;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('rebuilds', () => {
  const base = biqiaoFinal();
  const set = [
    { slug: 'p/c/one', data: base },
    { slug: 'p/c/two', data: { ...base, name: '第二镇' } },
    { slug: 'p/c/three', data: { ...base, name: '第三镇' } },
  ];

  it('a no-op rebuild renders 0 and builds no HTML; an edit renders exactly 1; the PDFs are links to the cache', async () => {
    const dir = tempDir('cache');
    const opts = { cacheDir: join(dir, 'cache') };
    htmlBuilt.mockClear();
    const first = await renderAll(set, join(dir, 'release-1'), opts);
    expect([first.rendered, first.cached, htmlBuilt.mock.calls.length]).toEqual([3, 0, 3]);

    htmlBuilt.mockClear();
    const noop = await renderAll(set, join(dir, 'release-2'), opts);
    expect([noop.rendered, noop.cached, htmlBuilt.mock.calls.length]).toEqual([0, 3, 0]);
    expect(noop.results.every((r) => r.cached)).toBe(true);
    for (const r of noop.results) {
      const before = first.results.find((f) => f.slug === r.slug)!;
      expect(statSync(r.file).ino, `${r.slug}: one file shared by both releases and the cache`).toBe(statSync(before.file).ino);
    }

    htmlBuilt.mockClear();
    const edited = set.map((t) => (t.slug === 'p/c/two' ? { ...t, data: { ...t.data, functions: [...t.data.functions, '维护社会稳定'] } } : t));
    const edit = await renderAll(edited, join(dir, 'release-3'), opts);
    expect([edit.rendered, edit.cached, htmlBuilt.mock.calls.length]).toEqual([1, 2, 1]);
    expect(edit.results.find((r) => !r.cached)!.slug).toBe('p/c/two');
  }, 120_000);
});

describe('the cache key', () => {
  const t = biqiaoFinal();
  const env = environmentIdentity();

  it('is the same for the same data and changes with any edit or the grid model', () => {
    expect(cacheKey(structuredClone(t), 'B', env)).toBe(cacheKey(t, 'B', env));
    expect(cacheKey({ ...t, name: '另一镇' }, 'B', env)).not.toBe(cacheKey(t, 'B', env));
    expect(cacheKey(t, 'A', env)).not.toBe(cacheKey(t, 'B', env));
  });

  it('changes when a template, a prepared font or the PDF code changes', () => {
    const dir = tempDir('env');
    const templateDir = join(dir, 'templates');
    cpSync(html.TEMPLATE_DIR, templateDir, { recursive: true });
    expect(environmentIdentity({ templateDir }), 'an unchanged copy of the templates').toBe(env);
    const css = join(templateDir, 'gbt9704.css');
    writeFileSync(css, readFileSync(css, 'utf8') + '\n.missing { color: #d00; }\n');
    expect(environmentIdentity({ templateDir })).not.toBe(env);

    const codeDir = join(dir, 'code');
    cpSync(resolve(import.meta.dirname, '../../src/pdf'), codeDir, { recursive: true });
    expect(environmentIdentity({ codeDir })).toBe(env);
    writeFileSync(join(codeDir, 'linebreak.ts'), readFileSync(join(codeDir, 'linebreak.ts'), 'utf8') + '\n// changed\n');
    expect(environmentIdentity({ codeDir })).not.toBe(env);

    const fontDir = join(dir, 'fonts');
    cpSync(resolve(import.meta.dirname, '../../.cache/fonts'), fontDir, { recursive: true });
    const copied = environmentIdentity({ fontDir });
    writeFileSync(join(fontDir, 'song.ttf'), Buffer.concat([readFileSync(join(fontDir, 'song.ttf')), Buffer.from([0])]));
    expect(environmentIdentity({ fontDir })).not.toBe(copied);
  });
});

describe('placing a cached PDF', () => {
  it('replaces an older file at the destination, and leaves one that already is the entry alone', async () => {
    const dir = tempDir('place');
    const entry = join(dir, 'entry.pdf');
    const out = join(dir, 'out/a/b.pdf');
    writeFileSync(entry, '%PDF-new');
    await placeFromCache(join(dir, 'entry.pdf'), out);
    expect(readFileSync(out, 'utf8')).toBe('%PDF-new');
    writeFileSync(join(dir, 'other.pdf'), '%PDF-other');
    await placeFromCache(join(dir, 'other.pdf'), out);
    expect(readFileSync(out, 'utf8')).toBe('%PDF-other');
    const linked = statSync(out);
    await placeFromCache(join(dir, 'other.pdf'), out);
    expect(statSync(out).ctimeMs).toBe(linked.ctimeMs);
  });
});
