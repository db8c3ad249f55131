/**
 * Render cache: a PDF is stored under the hash of everything that determines its bytes — the
 * filled HTML (template, CSS, grid and the township's data), the font files' identity, the
 * Chromium binary and the code that runs in the page or rewrites the bytes. A rebuild after one
 * edit therefore renders exactly the one PDF whose input changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fontIdentity } from './fonts.ts';

/** SANDING_PDF_CACHE moves the cache, e.g. to a volume CI jobs share, or to an empty folder to force rendering. */
export const CACHE_DIR = process.env.SANDING_PDF_CACHE ? resolve(process.env.SANDING_PDF_CACHE) : resolve(import.meta.dirname, '../../.cache/pdf');
const CHROMIUM_BINARY = '/usr/lib/chromium/chromium';

/** Code whose change changes the output bytes although the HTML does not. */
const RENDER_CODE = ['postlayout.ts', 'reproducible.ts', 'render.ts'];

let environment: string | null = null;

/** Fonts, browser and render code: computed once per process. */
function environmentIdentity(): string {
  if (environment) return environment;
  const h = createHash('sha256');
  h.update(fontIdentity());
  if (existsSync(CHROMIUM_BINARY)) {
    const st = statSync(CHROMIUM_BINARY);
    h.update(`chromium:${st.size}:${st.mtimeMs}`);
  }
  for (const f of RENDER_CODE) h.update(readFileSync(resolve(import.meta.dirname, f)));
  environment = h.digest('hex');
  return environment;
}

export function cacheKey(html: string, extra = ''): string {
  return createHash('sha256').update(environmentIdentity()).update(extra).update(html).digest('hex');
}

export const cachePath = (key: string, dir = CACHE_DIR) => resolve(dir, key.slice(0, 2), `${key}.pdf`);

/** Copies a cached PDF to its destination through a temp file and a rename. */
export async function copyAtomic(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  const tmp = `${to}.${process.pid}.${Date.now()}.tmp`;
  try {
    await copyFile(from, tmp);
    await rename(tmp, to);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
