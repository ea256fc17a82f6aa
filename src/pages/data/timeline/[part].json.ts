/** The timeline's data for one file of the points the home page does not carry (src/pipeline/publish/point-chunks.ts), fetched by its island. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetIndex } from '../../../lib/dataset.ts';
import { timelineData } from '../../../lib/timeline-data.ts';
import { payloadPart } from '../../../lib/timeline-payload.ts';
import { partFiles } from '../../../pipeline/publish/point-chunks.ts';

export const getStaticPaths = (() =>
  partFiles(datasetIndex().dataset.points.length).map((range, n) => ({ params: { part: String(n + 1) }, props: { range } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ range: [number, number] }> = async ({ props }) =>
  // Compact: nobody reads it, and the island waits for every byte.
  new Response(JSON.stringify(payloadPart(await timelineData(), props.range)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
