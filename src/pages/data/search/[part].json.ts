/** One part of the search index's statements (src/shared/search/index-parts.ts), named in its manifest. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchIndexParts } from '../../../lib/search-index.ts';

export const getStaticPaths = (() => searchIndexParts().parts.map((_, n) => ({ params: { part: String(n + 1) }, props: { n } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ n: number }> = ({ props }) =>
  new Response(JSON.stringify(searchIndexParts().parts[props.n]), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
