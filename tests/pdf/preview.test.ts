/**
 * Renders every page of the fixture PDFs to PNG in .cache/pdf-preview/ (gitignored) for a person
 * to look at: `ls .cache/pdf-preview`. The assertions only check that every page was written.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { readPages } from './inspect.ts';
import { FIXTURES, pdfBytes, pdfFile, renderFixtures } from './render-fixtures.ts';

const PREVIEW_DIR = resolve(import.meta.dirname, '../../.cache/pdf-preview');

beforeAll(() => renderFixtures(), 120_000);

it.each(FIXTURES.map((f) => f.slug))('writes a PNG of every page of %s', async (slug) => {
  const name = slug.replace(/\//g, '-');
  const dir = resolve(PREVIEW_DIR, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-r', '110', '-png', pdfFile(slug), resolve(dir, 'page')]);
  const pages = (await readPages(pdfBytes(slug))).length;
  expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(pages);
}, 60_000);
