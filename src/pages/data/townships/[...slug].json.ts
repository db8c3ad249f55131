import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { townshipRecord } from '../../../model/open-data.ts';
import type { Township } from '../../../schema/township.ts';

export const getStaticPaths = (async () => {
  const townships = await getCollection('townships');
  return townships.map((t) => ({ params: { slug: t.id }, props: { data: t.data as Township } }));
}) satisfies GetStaticPaths;

/** One township: the same record as in /data/townships.json. */
export const GET: APIRoute = ({ params, props }) =>
  new Response(`${JSON.stringify(townshipRecord(params.slug!, props.data as Township), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
