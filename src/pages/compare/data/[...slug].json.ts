import type { APIRoute, GetStaticPaths } from 'astro';
import { comparisonRecord } from '../../../model/comparison.ts';
import { contentFacts } from '../../../model/content-facts.ts';

/** `/compare/data/<slug>.json`: one township's comparison record, fetched by the comparison page. */
export const getStaticPaths = (async () =>
  [...(await contentFacts()).bySlug.values()].map(({ facts, township }) => ({
    params: { slug: facts.slug },
    props: { facts, township: township.data },
  }))) satisfies GetStaticPaths;

// Built per request, not in getStaticPaths: 40,000 records held at once would only cost memory.
export const GET: APIRoute = ({ props }) => Response.json(comparisonRecord(props.facts, props.township));
