/**
 * verifyOutput, the last gate before a release is published, on real files written to disk: a release
 * with a zero-byte, truncated or malformed download is refused, a complete one passes.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyOutput } from '../../src/publish/verify-output.ts';
import { tempDir } from '../security/support.ts';

const HTML = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>示例镇</title></head><body><p>机构设置</p></body></html>\n';
const PDF = '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n';
const JSON_TEXT = JSON.stringify({ townships: [{ name: '示例镇', bodies: 8 }] });

let dir: string;

/** A small but complete release: home page, a township page, open data, a PDF, a sitemap. */
async function completeRelease(): Promise<void> {
  await mkdir(join(dir, 'townships/shili/shili-xian/shili-zhen'), { recursive: true });
  await mkdir(join(dir, 'data'), { recursive: true });
  await writeFile(join(dir, 'index.html'), HTML);
  await writeFile(join(dir, 'townships/shili/shili-xian/shili-zhen/index.html'), HTML);
  await writeFile(join(dir, 'townships/shili/shili-xian/shili-zhen.pdf'), PDF);
  await writeFile(join(dir, 'data/townships.json'), JSON_TEXT);
  await writeFile(join(dir, 'data/townships.csv'), 'name,bodies\n示例镇,8\n');
  await writeFile(join(dir, 'sitemap.xml'), '<?xml version="1.0"?><urlset><url><loc>/</loc></url></urlset>\n');
}

beforeEach(async () => {
  dir = await tempDir('verify');
  await completeRelease();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('verifyOutput', () => {
  it('accepts a complete release', async () => {
    expect(await verifyOutput(dir)).toEqual([]);
  });

  it('rejects a release without a home page', async () => {
    await rm(join(dir, 'index.html'));
    expect(await verifyOutput(dir)).toEqual(['缺少首页 index.html']);
  });

  it('rejects a zero-byte JSON', async () => {
    await writeFile(join(dir, 'data/townships.json'), '');
    expect(await verifyOutput(dir)).toEqual([expect.stringMatching(/^data\/townships\.json：空文件$/)]);
  });

  it('rejects a truncated JSON (a writer killed mid-file)', async () => {
    await writeFile(join(dir, 'data/townships.json'), JSON_TEXT.slice(0, JSON_TEXT.length - 5));
    expect(await verifyOutput(dir)).toEqual([expect.stringMatching(/^data\/townships\.json：JSON 不完整/)]);
  });

  it('rejects a truncated PDF (no %%EOF)', async () => {
    await writeFile(join(dir, 'townships/shili/shili-xian/shili-zhen.pdf'), PDF.slice(0, 40));
    expect(await verifyOutput(dir)).toEqual([expect.stringMatching(/shili-zhen\.pdf：PDF 不完整/)]);
  });

  it('rejects a PDF that is not a PDF (an HTML error page saved as .pdf)', async () => {
    await writeFile(join(dir, 'townships/shili/shili-xian/shili-zhen.pdf'), `${HTML}%%EOF`);
    expect(await verifyOutput(dir)).toEqual([expect.stringMatching(/shili-zhen\.pdf：不是 PDF/)]);
  });

  it('rejects a zero-byte PDF', async () => {
    await writeFile(join(dir, 'townships/shili/shili-xian/shili-zhen.pdf'), '');
    expect(await verifyOutput(dir)).toEqual([expect.stringMatching(/shili-zhen\.pdf：空文件/)]);
  });

  it('rejects a truncated HTML page', async () => {
    await writeFile(join(dir, 'townships/shili/shili-xian/shili-zhen/index.html'), HTML.slice(0, HTML.indexOf('<body>') + 10));
    expect(await verifyOutput(dir)).toEqual([expect.stringMatching(/shili-zhen\/index\.html：HTML 不完整/)]);
  });

  it('rejects a zero-byte CSV and a truncated sitemap, and lists every problem', async () => {
    await writeFile(join(dir, 'data/townships.csv'), '');
    await writeFile(join(dir, 'sitemap.xml'), '<?xml version="1.0"?><urlset><url><lo');
    const problems = await verifyOutput(dir);
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual(expect.stringMatching(/townships\.csv：空文件/));
    expect(problems).toContainEqual(expect.stringMatching(/sitemap\.xml：XML 不完整/));
  });
});
