/**
 * Content is data, not code. The injection corpus (tests/fixtures/injection/content) is a valid content
 * folder whose strings and Markdown carry script, event-handler, javascript:, iframe, SVG-script, CSS
 * url() and </script> payloads. Built with the real build, nothing of it may survive as code into any
 * HTML/SVG/XML/CSS/JSON file, nor into the HTML the PDF renderer prints; every string is published as text.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAndValidate } from '../../src/content/index.ts';
import { publishedDir } from '../../src/publish/release.ts';
import { scanMarkup, scanSite } from './scan.ts';
import { copyContent, INJECTION_CONTENT, listFiles, runBuild, tempDir, type RunResult } from './support.ts';

let work: string;
let out: string;
let root: string;
let build: RunResult;

beforeAll(async () => {
  work = await tempDir('injection');
  out = join(work, 'dist');
  build = await runBuild(['--content', INJECTION_CONTENT, '--out', out, '--no-pdf', '--no-search']);
  expect(build.code, build.output).toBe(0);
  root = (await publishedDir(out))!;
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** The text a reader sees (parse5 decodes entities), for every HTML page. */
async function pageTexts(): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const file of (await listFiles(root)).filter((f) => f.endsWith('.html'))) {
    const doc = parse(await readFile(join(root, file), 'utf8'));
    const parts: string[] = [];
    const visit = (n: any) => {
      if (n.nodeName === '#text') parts.push(n.value);
      if (n.nodeName === 'script' || n.nodeName === 'style') return;
      for (const c of n.childNodes ?? []) visit(c);
    };
    visit(doc);
    texts.set(file, parts.join(''));
  }
  return texts;
}

describe('the injection corpus built by the real build', () => {
  it('the scanner is not vacuous: it flags every payload in unsanitised HTML', () => {
    const raw = `<!DOCTYPE html><html><head><style>body{background:url(https://evil.example/a.png)}</style>
      <link rel="stylesheet" href="https://evil.example/x.css"><base href="https://evil.example/"></head><body>
      <script>alert(1)</script><img src=x onerror="alert(1)"><a href="java&#9;script:alert(1)">x</a>
      <iframe src="https://evil.example/"></iframe><svg><script>alert(1)</script></svg>
      <div style="background:url(//evil.example/b.png)"></div><img src="https://evil.example/t.png">
      <a href="https://evil.example/">外链</a><script type="application/ld+json">{"name":"</script><script>alert(1)</script>"}</script>
      </body></html>`;
    const problems = scanMarkup(raw).join('\n');
    for (const expected of ['内联脚本', 'onerror', '危险网址', '<iframe>', '<base>', '内联 <style>', 'CSS 引用外部主机', '内联 style', '外部资源 src="https://evil.example/t.png"', '缺少 rel', 'JSON-LD', '<link rel="stylesheet">']) {
      expect(problems).toContain(expected);
    }
  });

  it('no output file carries executable content, event handlers, javascript: URLs or foreign resources', async () => {
    const files = await listFiles(root);
    expect(files).toContain('index.html');
    expect(await scanSite(root)).toEqual([]);
  });

  it('strings are published as text, not dropped: the township name appears verbatim', async () => {
    const texts = await pageTexts();
    expect([...texts.values()].some((t) => t.includes('注入镇<script>alert("name")</script>'))).toBe(true);
  });

  it('the township page shows the payloads as text (duties, plaques, body names, sanitised narrative)', async () => {
    const texts = await pageTexts();
    const pages = [...texts].filter(([, t]) => t.includes('党政办公室<script>alert("body")</script>'));
    expect(pages.map(([f]) => f), 'a township page rendering the body names').not.toEqual([]);
    const [, text] = pages[0];
    expect(text).toContain('<script>alert("duty")</script>负责日常工作');
    expect(text).toContain('<img src=x onerror=alert("plaque")>');
    expect(text).toContain('正常文字：改革背景说明。'); // the sanitised Markdown narrative is rendered
  });

  it('MDX is never processed for township content: the .mdx file is ignored with a warning and publishes nothing', async () => {
    expect(build.output).toMatch(/evil\.mdx:1:1 {2}警告 {2}file {2}不是内容文件，已忽略/);
    const set = await loadAndValidate(INJECTION_CONTENT);
    expect(set.townships.map((t) => t.file)).toEqual([expect.stringMatching(/zhuru-zhen\.md$/)]);
    for (const file of await listFiles(root)) {
      const text = await readFile(join(root, file), 'latin1');
      expect(text.includes('MDX_MARKER_SHOULD_NOT_BE_PUBLISHED'), file).toBe(false);
    }
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'ftp://evil.example/x'])(
    'a source url of %s is rejected by validation (http and https only)',
    async (url) => {
      const dir = await copyContent(INJECTION_CONTENT, join(work, `url-${encodeURIComponent(url).slice(0, 20)}`));
      const file = join(dir, 'townships/注入省/注入县/zhuru-zhen.md');
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace(`url: 'https://evil.example/source?q="><script>alert(1)</script>'`, `url: '${url}'`));
      const result = await loadAndValidate(dir);
      expect(result.publishable).toBe(false);
      expect(result.findings).toContainEqual(expect.objectContaining({ severity: 'error', rule: 'schema', file: expect.stringMatching(/zhuru-zhen\.md$/), line: 59 }));
    },
  );
});

describe('the PDF template', () => {
  it('prints every injected string as text: no script, handler, javascript: URL or foreign resource', async () => {
    const { buildDocument } = await import('../../src/pdf/regulation.ts');
    const { documentHtml } = await import('../../src/pdf/html.ts');
    const set = await loadAndValidate(INJECTION_CONTENT);
    const township = set.townships[0].data;
    const html = documentHtml(buildDocument(township));
    // The print CSS is inline by design (Chromium prints a file, no CSP applies); everything else is checked.
    expect(scanMarkup(html, { allowInlineStyle: true })).toEqual([]);
    const doc = parse(html);
    const text: string[] = [];
    const visit = (n: any) => {
      if (n.nodeName === '#text' && n.parentNode?.nodeName !== 'style') text.push(n.value);
      for (const c of n.childNodes ?? []) visit(c);
    };
    visit(doc);
    expect(text.join('')).toContain('alert("body")');
  });
});
