import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { profileUrl, regionUrl } from '../model/display.ts';
import { streamText } from '../model/text-stream.ts';
import { townshipUrl } from '../model/township-facts.ts';

/**
 * Every page of the site. Pages without parameters are found from the page files themselves (so pages
 * other engineers add are listed without touching this file); pages per township, region and profile come
 * from the content. The finder's and statistics' per-province pages are reached from /find/ and /stats/.
 */
const staticPages = Object.keys(import.meta.glob('./**/*.astro'))
  .filter((file) => !file.includes('[') && !file.endsWith('/404.astro'))
  .map((file) => file.slice(1).replace(/(index)?\.astro$/, ''))
  .map((path) => (path.endsWith('/') ? path : `${path}/`));

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: APIRoute = async ({ site }) => {
  const [townships, regions, profiles] = await Promise.all([getCollection('townships'), getCollection('regions'), getCollection('profiles')]);
  const url = (path: string) => `  <url><loc>${escapeXml(new URL(encodeURI(path), site).href)}</loc></url>\n`;
  function* pieces() {
    yield '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
    for (const path of staticPages.sort()) yield url(path);
    for (const r of regions) yield url(regionUrl(r.id));
    for (const p of profiles) yield url(profileUrl(p.id));
    for (const t of townships) yield url(townshipUrl(t.id));
    yield '</urlset>\n';
  }
  return new Response(streamText(pieces()), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
