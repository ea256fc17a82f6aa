import type { APIRoute } from 'astro';
import { loadDataset } from '../../lib/dataset.ts';
import { datasetToCsv } from '../../pipeline/export/csv.ts';

export const GET: APIRoute = () => new Response(datasetToCsv(loadDataset()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
