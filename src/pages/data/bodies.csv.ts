import type { APIRoute } from 'astro';
import { validatedContent } from '../../content/astro-loader.ts';
import { bodiesCsvHeader, bodyCsvRows } from '../../model/open-data.ts';
import { streamText } from '../../model/text-stream.ts';

/** One row per body of every township (UTF-8 with BOM, for Excel). */
export const GET: APIRoute = async () => {
  const { townships } = await validatedContent();
  function* pieces() {
    yield bodiesCsvHeader();
    for (const t of townships) yield bodyCsvRows(t.slug, t.data);
  }
  return new Response(streamText(pieces()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
