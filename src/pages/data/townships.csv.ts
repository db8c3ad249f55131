import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { townshipCsvRow, townshipsCsvHeader } from '../../model/open-data.ts';
import { streamText } from '../../model/text-stream.ts';
import type { Township } from '../../schema/township.ts';

/** One row per township (UTF-8 with BOM, for Excel). */
export const GET: APIRoute = async () => {
  const townships = await getCollection('townships');
  function* pieces() {
    yield townshipsCsvHeader();
    for (const t of townships) yield townshipCsvRow({ slug: t.id, data: t.data as Township });
  }
  return new Response(streamText(pieces()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
