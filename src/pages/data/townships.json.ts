import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { townshipRecord } from '../../model/open-data.ts';
import { streamText } from '../../model/text-stream.ts';
import type { Township } from '../../schema/township.ts';

/** Every township as one JSON array: `[record, record, …]`, written record by record (linear at any size). */
export const GET: APIRoute = async () => {
  const townships = await getCollection('townships');
  function* pieces() {
    yield '[\n';
    for (let i = 0; i < townships.length; i++) {
      yield (i ? ',\n' : '') + JSON.stringify(townshipRecord(townships[i].id, townships[i].data as Township));
    }
    yield '\n]\n';
  }
  return new Response(streamText(pieces()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
