import type { APIRoute } from 'astro';
import { validatedContent } from '../../content/astro-loader.ts';
import { townshipCsvRow, townshipsCsvHeader } from '../../model/open-data.ts';
import { streamText } from '../../model/text-stream.ts';

/** One row per township (UTF-8 with BOM, for Excel). */
export const GET: APIRoute = async () => {
  const { townships } = await validatedContent();
  function* pieces() {
    yield townshipsCsvHeader();
    for (const t of townships) yield townshipCsvRow(t);
  }
  return new Response(streamText(pieces()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
