/**
 * Render cache: a PDF is stored under the hash of everything that determines its bytes — the
 * township's data as validated, the grid model, and the environment: the prepared fonts, the
 * Chromium binary, the templates and the code that builds the HTML, runs in the page or rewrites
 * the bytes. The key is computed before any HTML is built, so a cache hit costs a hash, a stat and
 * a hard link; a rebuild after one edit renders exactly the one PDF whose input changed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { copyFile, link, mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Township } from '../schema/township.ts';
import { FONT_DIR, fontIdentity } from './fonts.ts';
import type { GridModel } from './grid.ts';
import { TEMPLATE_DIR, TEMPLATE_FILES } from './html.ts';

/** SANDING_PDF_CACHE moves the cache, e.g. to a volume CI jobs share, or to an empty folder to force rendering. */
export const CACHE_DIR = process.env.SANDING_PDF_CACHE ? resolve(process.env.SANDING_PDF_CACHE) : resolve(import.meta.dirname, '../../.cache/pdf');
const CHROMIUM_BINARY = '/usr/lib/chromium/chromium';
/** The PDF code (src/pdf) and the browser flags: any change may change the output, so all of it counts. */
const CODE_DIR = import.meta.dirname;
const BROWSER_FLAGS = resolve(import.meta.dirname, '../browser/chromium.ts');

export interface Environment {
  fontDir?: string;
  templateDir?: string;
  codeDir?: string;
}

/** Identity of everything but the township's data that determines a PDF's bytes. */
export function environmentIdentity({ fontDir = FONT_DIR, templateDir = TEMPLATE_DIR, codeDir = CODE_DIR }: Environment = {}): string {
  const h = createHash('sha256');
  h.update(fontIdentity(fontDir));
  const chromium = statSync(CHROMIUM_BINARY, { throwIfNoEntry: false });
  if (chromium) h.update(`chromium:${chromium.size}:${chromium.mtimeMs}`);
  for (const f of TEMPLATE_FILES) h.update(`\0${f}\0`).update(readFileSync(resolve(templateDir, f)));
  const code = readdirSync(codeDir).filter((f) => f.endsWith('.ts')).sort();
  for (const f of code) h.update(`\0${f}\0`).update(readFileSync(resolve(codeDir, f)));
  h.update(readFileSync(BROWSER_FLAGS));
  return h.digest('hex');
}

let current: string | null = null;

/** The environment of this process, computed once (a build does not change its fonts or code midway). */
export function currentEnvironment(): string {
  current ??= environmentIdentity();
  return current;
}

/**
 * The key of one township's PDF. The data is hashed as the loader produced it: the same file gives
 * the same key, and any edit that can change the document changes it (so can a mere reordering of
 * keys in the file: one needless render, never a stale PDF).
 */
export function cacheKey(data: Township, model: GridModel = 'B', environment = currentEnvironment()): string {
  return createHash('sha256').update(environment).update(`\0${model}\0`).update(JSON.stringify(data)).digest('hex');
}

export const cachePath = (key: string, dir = CACHE_DIR) => resolve(dir, key.slice(0, 2), `${key}.pdf`);

let temps = 0;

/**
 * Puts a cached PDF at `to` through a temp name and a rename, so `to` is never partial. A hard
 * link, not a copy: a no-op build of 40,000 townships would otherwise write 9 GB into every release.
 * Cache entries are never changed in place (a new render writes a new file and renames it), and
 * releases are not either, so the shared file is safe; across file systems it is copied.
 */
export async function placeFromCache(from: string, to: string): Promise<void> {
  const [source, target] = await Promise.all([stat(from), stat(to).catch(() => null)]);
  if (target && target.ino === source.ino && target.dev === source.dev) return; // already this entry
  await mkdir(dirname(to), { recursive: true });
  const tmp = `${to}.${process.pid}.${++temps}.tmp`;
  try {
    await link(from, tmp).catch(async (err: NodeJS.ErrnoException) => {
      if (!['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK'].includes(err.code!)) throw err;
      await copyFile(from, tmp);
    });
    await rename(tmp, to);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
