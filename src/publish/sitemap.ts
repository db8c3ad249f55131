import { readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** The sitemap protocol allows 50,000 URLs per file; stay well below so a national build splits cleanly. */
const URLS_PER_FILE = 40_000;

/**
 * Writes sitemap.xml from the pages actually built, so every page is listed — including per-province finder
 * and statistics pages — without each page family having to register itself. Above URLS_PER_FILE pages,
 * sitemap.xml becomes a sitemap index of sitemap-1.xml, sitemap-2.xml, …
 */
export async function writeSitemap(releaseDir: string, site: string): Promise<number> {
  const entries = await readdir(releaseDir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => relative(releaseDir, e.parentPath).split(sep).join('/'))
    .map((dir) => (dir ? `/${dir}/` : '/'))
    .sort();
  const loc = (path: string) => `  <url><loc>${escapeXml(new URL(encodeURI(path), site).href)}</loc></url>\n`;
  const urlset = (chunk: string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${chunk.map(loc).join('')}</urlset>\n`;
  if (paths.length <= URLS_PER_FILE) {
    await writeFile(join(releaseDir, 'sitemap.xml'), urlset(paths));
    return paths.length;
  }
  const files: string[] = [];
  for (let i = 0; i < paths.length; i += URLS_PER_FILE) {
    const name = `sitemap-${files.length + 1}.xml`;
    await writeFile(join(releaseDir, name), urlset(paths.slice(i, i + URLS_PER_FILE)));
    files.push(name);
  }
  const index = files.map((f) => `  <sitemap><loc>${escapeXml(new URL(f, site).href)}</loc></sitemap>\n`).join('');
  await writeFile(join(releaseDir, 'sitemap.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${index}</sitemapindex>\n`);
  return paths.length;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
