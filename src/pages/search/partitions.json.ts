import type { APIRoute } from 'astro';
import { contentFacts } from '../../model/content-facts.ts';
import { searchPartitions } from '../../search/lookup.ts';

/** The search partitions: read by the search page to know which indexes exist, and by buildSearchIndex. */
export const GET: APIRoute = async () => Response.json(searchPartitions((await contentFacts()).all));
