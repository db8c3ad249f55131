/**
 * Renders the fixture documents once per test run into .cache/test-pdf/ (gitignored) through
 * renderAll, so the tests exercise the real path: cache, temp file and rename included.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderAll, type RenderAllReport } from '../../src/pdf/index.ts';
import { biqiaoFinal, biqiaoWithoutIssuer, biqiaoWithoutStaffing } from './fixtures/index.ts';

export const OUT_DIR = resolve(import.meta.dirname, '../../.cache/test-pdf');

export const FIXTURES = [
  { slug: 'fixture/biqiao-final', data: biqiaoFinal() },
  { slug: 'fixture/biqiao-no-issuer', data: biqiaoWithoutIssuer() },
  { slug: 'fixture/biqiao-no-staffing', data: biqiaoWithoutStaffing() },
];

let once: Promise<RenderAllReport> | null = null;

export function renderFixtures(): Promise<RenderAllReport> {
  once ??= renderAll(FIXTURES, OUT_DIR);
  return once;
}

export const pdfFile = (slug: string) => resolve(OUT_DIR, `${slug}.pdf`);
export const pdfBytes = (slug: string) => new Uint8Array(readFileSync(pdfFile(slug)));
