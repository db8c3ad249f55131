/**
 * The prepared font files (scripts/fonts/prepare.py → .cache/fonts/faces.json): 黑体 and 宋体 are cut
 * down to the characters of their fixed strings, so nothing else may be set in them; the slices of a
 * face never overlap, so a character is loaded and embedded from one file only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_ROLES, PAGE_NUMBER_TEXT, readFontManifest } from '../../src/pdf/fonts.ts';
import { TEMPLATE_DIR } from '../../src/pdf/html.ts';
import { articleLabel } from '../../src/pdf/numerals.ts';

const manifest = readFontManifest();

/** Code points of a CSS unicode-range such as `U+20-7e,U+4e00`. */
function codePoints(range: string): number[] {
  return range.split(',').flatMap((part) => {
    const [a, b = a] = part.replace(/^U\+/i, '').split('-').map((h) => parseInt(h, 16));
    return Array.from({ length: b! - a! + 1 }, (_, i) => a! + i);
  });
}
const covered = (role: (typeof FONT_ROLES)[number]) => new Set(manifest[role].flatMap((f) => codePoints(f.unicodeRange)));
const missingFrom = (role: (typeof FONT_ROLES)[number], text: string) => [...new Set(text)].filter((c) => !covered(role).has(c.codePointAt(0)!));

describe('the faces cut down to their fixed strings', () => {
  const css = readFileSync(resolve(TEMPLATE_DIR, 'gbt9704.css'), 'utf8');
  const code = readdirSync(resolve(import.meta.dirname, '../../src/pdf'))
    .filter((f) => f.endsWith('.ts') && f !== 'fonts.ts')
    .map((f) => readFileSync(resolve(import.meta.dirname, '../../src/pdf', f), 'utf8'))
    .join('\n');

  it('黑体 is set only on the 第N条 labels and the 草稿 mark, and holds every character of them', () => {
    const selectors = [...css.matchAll(/([^{}]+)\{[^}]*var\(--hei\)[^}]*\}/g)].map((m) => m[1]!.replace(/\/\*[\s\S]*?\*\//g, '').trim());
    expect(selectors).toEqual(['.label', '.draft-mark']);
    expect(code).not.toContain('var(--hei)');
    const labels = Array.from({ length: 300 }, (_, i) => articleLabel(i + 1)).join('');
    expect(missingFrom('hei', labels + '草稿')).toEqual([]);
  });

  it('宋体 is used only for the page numbers, and holds every character of them', () => {
    expect(css).not.toContain('var(--song)');
    expect(code).not.toContain('var(--song)');
    expect(missingFrom('song', PAGE_NUMBER_TEXT)).toEqual([]);
  });
});

describe('the sliced faces', () => {
  it.each(['fang', 'xbs', 'fallback'] as const)('%s: slices do not overlap and cover the common characters', (role) => {
    const seen = new Set<number>();
    for (const f of manifest[role]) {
      for (const cp of codePoints(f.unicodeRange)) {
        expect(seen.has(cp), `U+${cp.toString(16)} in two slices of ${role}`).toBe(false);
        seen.add(cp);
      }
    }
    // Common text is in the first slice: most documents embed one file of the face.
    const first = new Set(codePoints(manifest[role][0]!.unicodeRange));
    expect([...'职能配置、内设机构和人员编制规定（一）：；。2020'].filter((c) => !first.has(c.codePointAt(0)!))).toEqual([]);
  });
});
