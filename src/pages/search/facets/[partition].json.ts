import type { APIRoute, GetStaticPaths } from 'astro';
import { contentFacts } from '../../../model/content-facts.ts';
import { provinceFacets } from '../../../search/facet-census.ts';
import { searchPartitions } from '../../../search/lookup.ts';

/** 市 and 县 of one province with their township counts: the options of the search page's per-province selects. */
export const getStaticPaths = (async () => {
  const { all } = await contentFacts();
  return searchPartitions(all).map((p) => ({ params: { partition: p.id }, props: { facets: provinceFacets(all, p.id) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.facets);
