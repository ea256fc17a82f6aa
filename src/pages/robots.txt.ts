/** `/robots.txt`: everything may be crawled; the sitemap lists every page. */
import type { APIRoute } from 'astro';
import { SITE_URL } from '../site-config.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', SITE_URL).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
