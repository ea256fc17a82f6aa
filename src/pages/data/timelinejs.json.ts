/** `/data/timelinejs.json`: the timeline in TimelineJS's format, for newsrooms that embed it. */
import type { APIRoute } from 'astro';
import { articleHeadings } from '../../lib/articles.ts';
import { loadDataset } from '../../lib/dataset.ts';
import { datasetToTimelineJs } from '../../pipeline/export/timelinejs.ts';
import { SITE_DESCRIPTION, SITE_URL } from '../../site-config.ts';

export const GET: APIRoute = async () => {
  const headings = await articleHeadings();
  const timeline = datasetToTimelineJs(loadDataset(), { siteUrl: SITE_URL, title: 'Who said what to whom, and when', description: SITE_DESCRIPTION, headings });
  return new Response(`${JSON.stringify(timeline, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
