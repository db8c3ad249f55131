import type { APIRoute } from 'astro';
import { contentFacts } from '../../model/content-facts.ts';
import { facetCensus } from '../../search/facet-census.ts';

/** Townships per province for each facet value: how the search page plans a country-wide faceted search. */
export const GET: APIRoute = async () => Response.json(facetCensus((await contentFacts()).all));
