/**
 * The PDF's font faces: open substitutes prepared by scripts/fonts/prepare.sh into .cache/fonts/
 * (CFF converted to TrueType, radicals dropped from the cmap, metrics normalised). Family names
 * are our own: commercial names such as 仿宋_GB2312 or 方正小标宋 are never referenced.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const FONT_DIR = resolve(import.meta.dirname, '../../.cache/fonts');

/** Role → prepared file. `fallback` (LXGW WenKai, full GBK) follows every face for rare place-name characters. */
export const FONT_FILES = {
  fang: 'fang.ttf', // 仿宋: body
  hei: 'hei.ttf', // 黑体: 第N条, 草稿
  kai: 'kai.ttf', // 楷体: second-level headings
  song: 'song.ttf', // 宋体: page numbers
  xbs: 'xbs.ttf', // 小标宋: 标志, titles
  fallback: 'fallback.ttf',
} as const;

export type FontRole = keyof typeof FONT_FILES;

const family = (role: FontRole) => `Sanding ${role[0]!.toUpperCase()}${role.slice(1)}`;

/** @font-face rules and the --fang/--hei/… family variables, with file:// URLs (the page is file:// too). */
export function fontCss(dir = FONT_DIR): string {
  const faces = (Object.keys(FONT_FILES) as FontRole[]).map(
    (role) => `@font-face{font-family:"${family(role)}";src:url("${pathToFileURL(resolve(dir, FONT_FILES[role])).href}") format("truetype");font-display:block}`,
  );
  const vars = (Object.keys(FONT_FILES) as FontRole[])
    .filter((r) => r !== 'fallback')
    .map((role) => `--${role}:"${family(role)}","${family('fallback')}"`);
  return `${faces.join('\n')}\n:root{${vars.join(';')}}`;
}

/** Identity of the font files for the render cache: path, size and mtime (hashing 60 MB per build is wasteful). */
export function fontIdentity(dir = FONT_DIR): string {
  return (Object.values(FONT_FILES) as string[])
    .map((f) => {
      const st = statSync(resolve(dir, f));
      return `${f}:${st.size}:${st.mtimeMs}`;
    })
    .join('|');
}

/** Throws a helpful error when the fonts were not prepared. */
export function assertFontsPrepared(dir = FONT_DIR): void {
  for (const f of Object.values(FONT_FILES)) {
    try {
      statSync(resolve(dir, f));
    } catch {
      throw new Error(`PDF font ${f} missing in ${dir}: run scripts/fonts/prepare.sh (or scripts/setup.sh)`);
    }
  }
}

/** The family used by the page-number margin boxes (must be loaded explicitly: see render.ts). */
export const PAGE_NUMBER_FAMILY = family('song');
