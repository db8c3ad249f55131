/**
 * A static scan of built output for anything content could have smuggled in as code. HTML (and SVG, XML)
 * is parsed with parse5, the WHATWG parser browsers implement, so what is checked is the DOM a browser
 * would build, not a regex's guess at it.
 *
 * Violations: a <script> that is not the site's own external script (or JSON-LD that parses), an `on*`
 * attribute, a `javascript:`/`vbscript:`/`data:text/html` URL, a resource (src, link href, CSS url(),
 * @import, srcset, object data…) on a foreign host, <iframe>/<object>/<embed>/<base>/<meta refresh>,
 * inline <style> or style="" (the CSP forbids them), and a link to a foreign host without
 * rel="noopener noreferrer".
 */
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { listFiles } from './support.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface Violation {
  file: string;
  problem: string;
}

export interface ScanOptions {
  /** Origins that count as the site itself (besides relative URLs). */
  siteOrigins?: string[];
  /** The PDF template carries its print CSS inline; site pages may not. */
  allowInlineStyle?: boolean;
}

const SITE_ORIGINS = ['http://localhost:4321'];
const DANGEROUS_SCHEME = /^(javascript|vbscript|livescript|data:text\/html|data:application|data:image\/svg)/;
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'cite', 'ping', 'srcset', 'manifest', 'icon', 'codebase', 'longdesc', 'lowsrc', 'dynsrc']);
const FORBIDDEN_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal']);

/** What a browser would make of a URL attribute: entities are already decoded by the parser. */
function normaliseUrl(value: string): string {
  // Browsers strip ASCII whitespace and control characters inside the scheme (`java\tscript:`).
  return value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
}

function isForeign(url: string, origins: string[]): boolean {
  const u = normaliseUrl(url);
  if (u.startsWith('//')) return true;
  if (!/^[a-z][a-z0-9+.-]*:/.test(u)) return false; // relative: the site itself
  if (u.startsWith('data:') || u.startsWith('file:') || u.startsWith('blob:') || u.startsWith('mailto:') || u.startsWith('tel:') || u.startsWith('#')) return false;
  try {
    return !origins.includes(new URL(url.trim()).origin);
  } catch {
    return true;
  }
}

function cssProblems(css: string, origins: string[]): string[] {
  const problems: string[] = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)|@import\s+(['"])(.*?)\3/gi)) {
    const url = m[2] ?? m[4] ?? '';
    if (DANGEROUS_SCHEME.test(normaliseUrl(url))) problems.push(`CSS 中的危险网址 ${url}`);
    else if (isForeign(url, origins)) problems.push(`CSS 引用外部主机 ${url}`);
  }
  if (/expression\s*\(|behavior\s*:|-moz-binding/i.test(css)) problems.push('CSS 中有可执行表达式');
  return problems;
}

function walk(node: Node, visit: (el: Element) => void): void {
  if ('tagName' in node) visit(node);
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const c of children) walk(c, visit);
  if ('content' in node && node.content) walk(node.content as unknown as Node, visit);
}

const textOf = (el: Element) => el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
const attr = (el: Element, name: string) => el.attrs.find((a) => (a.prefix ? `${a.prefix}:${a.name}` : a.name) === name)?.value;

/** Problems in one HTML (or SVG/XML, parsed as a fragment) document. */
export function scanMarkup(text: string, opts: ScanOptions = {}, fragment = false): string[] {
  const origins = opts.siteOrigins ?? SITE_ORIGINS;
  const problems: string[] = [];
  const root = fragment ? parseFragment(text) : parse(text);
  walk(root as unknown as Node, (el) => {
    const tag = el.tagName.toLowerCase();
    if (tag === 'script') {
      const src = attr(el, 'src') ?? attr(el, 'href') ?? attr(el, 'xlink:href');
      const type = attr(el, 'type')?.toLowerCase();
      if (src !== undefined) {
        if (isForeign(src, origins) || DANGEROUS_SCHEME.test(normaliseUrl(src))) problems.push(`外部脚本 <script src="${src}">`);
        if (textOf(el).trim()) problems.push('带 src 的 <script> 还有内联代码');
      } else if (type === 'application/ld+json') {
        try {
          JSON.parse(textOf(el));
        } catch {
          problems.push(`JSON-LD 被截断或注入（</script> 未转义？）：${textOf(el).slice(0, 80)}`);
        }
      } else {
        problems.push(`内联脚本 <script>${textOf(el).slice(0, 60)}`);
      }
    }
    if (FORBIDDEN_ELEMENTS.has(tag)) problems.push(`不允许的元素 <${tag}>`);
    if (tag === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'refresh') problems.push('<meta http-equiv="refresh">');
    if (tag === 'style') {
      if (!opts.allowInlineStyle) problems.push('内联 <style>（CSP 禁止）');
      problems.push(...cssProblems(textOf(el), origins));
    }
    if (tag === 'link') {
      const href = attr(el, 'href');
      const rel = (attr(el, 'rel') ?? '').toLowerCase();
      if (href && isForeign(href, origins) && !/^(canonical|alternate)$/.test(rel)) problems.push(`<link rel="${rel}"> 指向外部主机 ${href}`);
    }
    for (const a of el.attrs) {
      const name = (a.prefix ? `${a.prefix}:${a.name}` : a.name).toLowerCase();
      if (name.startsWith('on')) problems.push(`事件属性 ${name}="${a.value.slice(0, 40)}" 于 <${tag}>`);
      if (name === 'style') {
        if (!opts.allowInlineStyle) problems.push(`内联 style 属性（CSP 禁止）于 <${tag}>`);
        problems.push(...cssProblems(a.value, origins));
      }
      if (URL_ATTRS.has(name)) {
        const urls = name === 'srcset' ? a.value.split(',').map((s) => s.trim().split(/\s+/)[0]) : [a.value];
        for (const url of urls) {
          if (DANGEROUS_SCHEME.test(normaliseUrl(url))) problems.push(`危险网址 ${name}="${url}" 于 <${tag}>`);
          else if (isForeign(url, origins)) {
            if (tag === 'a' && name === 'href') {
              const rel = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
              if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`外部链接 ${url} 缺少 rel="noopener noreferrer"`);
            } else if (!(tag === 'link' && name === 'href')) {
              problems.push(`外部资源 ${name}="${url}" 于 <${tag}>`);
            }
          }
        }
      }
    }
  });
  return problems;
}

/** Problems in a built site: every HTML, SVG, XML, CSS, JSON and CSV file under `dir`. */
export async function scanSite(dir: string, opts: ScanOptions = {}): Promise<Violation[]> {
  const origins = opts.siteOrigins ?? SITE_ORIGINS;
  const out: Violation[] = [];
  for (const file of await listFiles(dir)) {
    const ext = extname(file).toLowerCase();
    if (!['.html', '.htm', '.svg', '.xml', '.css', '.json', '.csv', '.txt', '.webmanifest'].includes(ext)) continue;
    const text = await readFile(join(dir, file), 'utf8');
    let problems: string[] = [];
    if (ext === '.html' || ext === '.htm') problems = scanMarkup(text, opts);
    else if (ext === '.svg' || ext === '.xml') problems = scanMarkup(text.replace(/^<\?xml[^>]*\?>/, ''), opts, true);
    else if (ext === '.css') problems = cssProblems(text, origins);
    else if (ext === '.json' || ext === '.webmanifest') {
      try {
        JSON.parse(text);
      } catch {
        problems = ['JSON 无法解析'];
      }
    }
    for (const problem of problems) out.push({ file, problem });
  }
  return out;
}
