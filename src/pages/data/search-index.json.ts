/** The search index's manifest (src/shared/search/index-parts.ts), fetched by the search box on first use, then its parts. */
import type { APIRoute } from 'astro';
import { searchIndexParts } from '../../lib/search-index.ts';

export const GET: APIRoute = () =>
  // Compact, unlike the public downloads: nobody reads it, and every byte is waited for.
  new Response(JSON.stringify(searchIndexParts().manifest), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
