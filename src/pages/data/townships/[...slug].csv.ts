import type { APIRoute, GetStaticPaths } from 'astro';
import { validatedContent } from '../../../content/astro-loader.ts';
import { bodiesCsvHeader, bodyCsvRows } from '../../../model/open-data.ts';
import type { Township } from '../../../schema/township.ts';

export const getStaticPaths = (async () => {
  const { townships } = await validatedContent();
  return townships.map((t) => ({ params: { slug: t.slug }, props: { data: t.data } }));
}) satisfies GetStaticPaths;

/** One township's bodies: the same columns and rows as in /data/bodies.csv. */
export const GET: APIRoute = ({ params, props }) =>
  new Response(bodiesCsvHeader() + bodyCsvRows(params.slug!, props.data as Township), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
