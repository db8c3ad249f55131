import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { bodiesCsvHeader, bodyCsvRows } from '../../model/open-data.ts';
import { streamText } from '../../model/text-stream.ts';
import type { Township } from '../../schema/township.ts';

/** One row per body of every township (UTF-8 with BOM, for Excel). */
export const GET: APIRoute = async () => {
  const townships = await getCollection('townships');
  function* pieces() {
    yield bodiesCsvHeader();
    for (const t of townships) yield bodyCsvRows(t.id, t.data as Township);
  }
  return new Response(streamText(pieces()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
