/** The site's own addresses, in one place, and every page a search engine should know, for the sitemap. */
import type { Dataset } from '../types.ts';
import { pathAtBase } from './base-path.ts';
import { statementsPages } from './point-chunks.ts';

/** The fixed pages; articles, points and actors have theirs in the dataset (`path`). */
export const PATHS = {
  home: '/',
  articles: '/articles/',
  actors: '/actors/',
  data: '/data/',
  search: '/search/',
  /** The timeline alone, for other sites' iframes: no page for search engines. */
  embed: '/embed/',
} as const;

/**
 * The site's fixed pages and the earlier pages of the home page's list, then one per article, one per point and one per actor. Redirects
 * from retired ids are not pages of their own, the embed is the timeline again, and the 404
 * page is no address at all. The feeds test holds this list against the HTML files in dist/,
 * so a new page cannot be forgotten here.
 */
export const FIXED_PAGES = [PATHS.home, PATHS.articles, PATHS.actors, PATHS.data, PATHS.search] as const;

/** Paths on the host: `dataset` is the published one (`datasetAtBase`), `basePath` the folder it lives in. */
export function sitePages(dataset: Dataset, basePath: string): string[] {
  return [
    ...FIXED_PAGES.map((p) => pathAtBase(p, basePath)),
    ...statementsPages(dataset.points.length).map((p) => pathAtBase(p, basePath)),
    ...dataset.articles.map((a) => a.path),
    ...dataset.points.map((p) => p.path),
    ...dataset.actors.flatMap((a) => (a.path === undefined ? [] : [a.path])),
  ];
}

/** `path` with a query of the parameters that are set, in the order given: `/?actor=sergey-lavrov`. */
export function withQuery(path: string, params: Record<string, string | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.append(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
