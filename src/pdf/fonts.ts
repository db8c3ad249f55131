/**
 * The PDF's font faces: open substitutes prepared by scripts/fonts/prepare.sh into .cache/fonts/
 * (CFF converted to TrueType, radicals dropped from the cmap, metrics normalised, each face cut into
 * the files listed in faces.json). Family names are our own: commercial names such as 仿宋_GB2312 or
 * 方正小标宋 are never referenced.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const FONT_DIR = resolve(import.meta.dirname, '../../.cache/fonts');
const MANIFEST = 'faces.json';

/**
 * Roles, in the order of the CSS variables. `fallback` (LXGW WenKai, full GBK) follows every face for
 * rare place-name characters. 黑体 and 宋体 hold only the characters of their fixed strings (第N条, 草稿;
 * page numbers): see ROLE_TEXT in scripts/fonts/prepare.py before giving them any other text.
 */
export const FONT_ROLES = ['fang', 'hei', 'song', 'xbs', 'fallback'] as const;
export type FontRole = (typeof FONT_ROLES)[number];

/** One prepared file of a role and the characters it covers (a CSS unicode-range). */
export interface FontFile {
  file: string;
  unicodeRange: string;
}
export type FontManifest = Record<FontRole, FontFile[]>;

const family = (role: FontRole) => `Sanding ${role[0]!.toUpperCase()}${role.slice(1)}`;

const notPrepared = (dir: string, what: string) =>
  new Error(`PDF 字体未准备好（${dir} 缺少 ${what}）：请运行 scripts/fonts/prepare.sh（或 scripts/setup.sh）`);

export function readFontManifest(dir = FONT_DIR): FontManifest {
  let manifest: Partial<FontManifest>;
  try {
    manifest = JSON.parse(readFileSync(resolve(dir, MANIFEST), 'utf8')) as Partial<FontManifest>;
  } catch {
    throw notPrepared(dir, MANIFEST);
  }
  for (const role of FONT_ROLES) if (!manifest[role]?.length) throw notPrepared(dir, `${role} 字体`);
  return manifest as FontManifest;
}

/**
 * @font-face rules and the --fang/--hei/… family variables, with file:// URLs (the page is file:// too).
 * A role cut into slices is one family of several faces, each with its unicode-range: Chromium loads,
 * and embeds in the PDF, only the slices a document's text needs.
 */
export function fontCss(dir = FONT_DIR): string {
  const manifest = readFontManifest(dir);
  const faces = FONT_ROLES.flatMap((role) =>
    manifest[role].map(
      (f) =>
        `@font-face{font-family:"${family(role)}";src:url("${pathToFileURL(resolve(dir, f.file)).href}") format("truetype");` +
        `font-display:block;unicode-range:${f.unicodeRange}}`,
    ),
  );
  const vars = FONT_ROLES.filter((r) => r !== 'fallback').map((role) => `--${role}:"${family(role)}","${family('fallback')}"`);
  return `${faces.join('\n')}\n:root{${vars.join(';')}}`;
}

/**
 * Identity of the prepared fonts for the render cache: the manifest and each file's size and mtime
 * (hashing 40 MB per build is wasteful). Throws a helpful error when the fonts were not prepared.
 */
export function fontIdentity(dir = FONT_DIR): string {
  const manifest = readFontManifest(dir);
  const files = FONT_ROLES.flatMap((role) => manifest[role].map((f) => f.file));
  const stats = files.map((f) => {
    const st = statSync(resolve(dir, f), { throwIfNoEntry: false });
    if (!st) throw notPrepared(dir, f);
    return `${f}:${st.size}:${st.mtimeMs}`;
  });
  return JSON.stringify(manifest) + stats.join('|');
}

/** The family used by the page-number margin boxes (loaded explicitly: see render.ts). */
export const PAGE_NUMBER_FAMILY = family('song');
/** The characters of the page numbers, `— 12 —`: what render.ts loads in the page-number face. */
export const PAGE_NUMBER_TEXT = '— 0123456789';
