/** `/feed.xml`: an Atom feed of every statement, newest first. */
import type { APIRoute } from 'astro';
import { articleHeadings } from '../lib/articles.ts';
import { loadDataset } from '../lib/dataset.ts';
import { datasetToAtom } from '../pipeline/export/atom.ts';
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL, withBase } from '../site-config.ts';

export const GET: APIRoute = async () => {
  const headings = await articleHeadings();
  const feed = datasetToAtom(loadDataset(), { siteUrl: SITE_URL, title: SITE_NAME, description: SITE_DESCRIPTION, feedPath: withBase('/feed.xml'), headings });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
