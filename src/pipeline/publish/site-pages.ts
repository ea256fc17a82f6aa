/** Every page of the built site a search engine should know, for the sitemap. */
import type { Dataset } from '../types.ts';

/**
 * The site's fixed pages, then one per article and one per point. Redirects from retired
 * ids are not pages of their own, and the 404 page is no address at all. The links test
 * holds this list against the HTML files in dist/, so a new page cannot be forgotten here.
 */
export const FIXED_PAGES = ['/', '/articles/', '/data/', '/search/'] as const;

export function sitePages(dataset: Dataset): string[] {
  return [...FIXED_PAGES, ...dataset.articles.map((a) => a.path), ...dataset.points.map((p) => p.path)];
}
