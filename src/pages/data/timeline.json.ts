import type { APIRoute } from 'astro';
import { loadDataset } from '../../lib/dataset.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(loadDataset(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
