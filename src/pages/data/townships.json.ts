import type { APIRoute } from 'astro';
import { validatedContent } from '../../content/astro-loader.ts';
import { townshipRecord } from '../../model/open-data.ts';
import { streamText } from '../../model/text-stream.ts';

/** Every township as one JSON array: `[record, record, …]`, written record by record (linear at any size). */
export const GET: APIRoute = async () => {
  const { townships } = await validatedContent();
  function* pieces() {
    yield '[\n';
    for (let i = 0; i < townships.length; i++) {
      yield (i ? ',\n' : '') + JSON.stringify(townshipRecord(townships[i].slug, townships[i].data));
    }
    yield '\n]\n';
  }
  return new Response(streamText(pieces()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
