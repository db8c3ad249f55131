import type { APIRoute, GetStaticPaths } from 'astro';
import { contentFacts } from '../../../../model/content-facts.ts';
import { codeShards } from '../../../../search/lookup.ts';

export const getStaticPaths = (async () =>
  [...codeShards((await contentFacts()).all)].map(([shard, entries]) => ({ params: { shard }, props: { entries } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.entries);
