import type { APIRoute, GetStaticPaths } from 'astro';
import { validatedContent } from '../../../content/astro-loader.ts';
import { townshipRecord } from '../../../model/open-data.ts';
import type { Township } from '../../../schema/township.ts';

export const getStaticPaths = (async () => {
  const { townships } = await validatedContent();
  return townships.map((t) => ({ params: { slug: t.slug }, props: { data: t.data } }));
}) satisfies GetStaticPaths;

/** One township: the same record as in /data/townships.json. */
export const GET: APIRoute = ({ params, props }) =>
  new Response(`${JSON.stringify(townshipRecord(params.slug!, props.data as Township), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
