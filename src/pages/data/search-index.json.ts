/** The search index (src/pipeline/search/documents.ts), built with the site and fetched by the search box on first use. */
import type { APIRoute } from 'astro';
import { loadDataset } from '../../lib/dataset.ts';
import { buildSearchIndex } from '../../pipeline/search/documents.ts';

export const GET: APIRoute = () =>
  // Compact, unlike the public downloads: nobody reads it, and every byte is waited for.
  new Response(JSON.stringify(buildSearchIndex(loadDataset())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
