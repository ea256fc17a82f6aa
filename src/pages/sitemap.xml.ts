/** `/sitemap.xml`: every page of the site, for search engines. */
import type { APIRoute } from 'astro';
import { loadDataset } from '../lib/dataset.ts';
import { sitemapXml } from '../pipeline/export/sitemap.ts';
import { sitePages } from '../pipeline/publish/site-pages.ts';
import { BASE_PATH, SITE_URL } from '../site-config.ts';

export const GET: APIRoute = () =>
  new Response(sitemapXml(sitePages(loadDataset(), BASE_PATH), SITE_URL), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
