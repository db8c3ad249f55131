import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { headersFile } from './security-headers.ts';

/**
 * Writes `_headers` (Netlify / Cloudflare Pages format) into a release folder, generated from the one
 * policy in security-headers.ts, so a host that serves files as they are still sends the CSP,
 * Referrer-Policy and X-Content-Type-Options. Called by scripts/build.ts after the Astro step.
 */
export async function writeHeadersFile(releaseDir: string): Promise<string> {
  const path = join(releaseDir, '_headers');
  await writeFile(path, headersFile());
  return path;
}
