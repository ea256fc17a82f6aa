/** The timeline's data for one part of the points (src/pipeline/publish/point-chunks.ts), fetched by the home page's island. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetIndex } from '../../../lib/dataset.ts';
import { timelineData } from '../../../lib/timeline-data.ts';
import { payloadPart } from '../../../lib/timeline-payload.ts';
import { pointChunks } from '../../../pipeline/publish/point-chunks.ts';

export const getStaticPaths = (() =>
  pointChunks(datasetIndex().dataset.points.length)
    .slice(0, -1)
    .map((range, n) => ({ params: { part: String(n + 1) }, props: { range } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ range: [number, number] }> = async ({ props }) =>
  // Compact: nobody reads it, and the island waits for every byte.
  new Response(JSON.stringify(payloadPart(await timelineData(), props.range)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
