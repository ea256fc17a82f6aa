/**
 * Hosting under a path: the site may live at the root of its host or in any folder of it
 * (`https://example.org/news/wsw/`).
 *
 * Two kinds of path, never mixed:
 * - a *site path* is from the site's own root (`/points/x/`): what the pipeline makes and what
 *   the pages name in their templates;
 * - a *host path* is from the host's root, the base included (`/news/wsw/points/x/`): what a
 *   browser follows. The dataset the site publishes holds host paths (`datasetAtBase`), and
 *   every other address goes through `pathAtBase` once, where it is written.
 */
import type { Dataset } from '../types.ts';

export class HostingError extends Error {
  override name = 'HostingError';
}

/** What may stand in one folder name of a base path: no spaces, queries, fragments or backslashes. */
const SEGMENT_RE = /^(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})+$/;

/** `/news/wsw/` from `news/wsw`, `/news/wsw` or `/news/wsw/`; `/` from `` or `/`. */
export function normaliseBase(raw: string): string {
  const inner = raw.trim().replace(/^\/+|\/+$/g, '');
  if (inner === '') return '/';
  const segments = inner.split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..' || !SEGMENT_RE.test(segment)) {
      throw new HostingError(`base path "${raw}": "${segment}" is not a folder name a URL can hold`);
    }
  }
  return `/${segments.join('/')}/`;
}

export interface Hosting {
  /** The site's public address, its base included and ending in `/`: `https://example.org/news/wsw/`. */
  siteUrl: string;
  /** The base path, with a slash at either end: `/news/wsw/`, or `/`. */
  basePath: string;
}

/**
 * The public address and base path from `SITE_URL` and `BASE_PATH`, either of which may carry
 * the folder. Both may name it only if they agree: a site whose canonical links and whose own
 * links disagree would be broken in a way no test of one of them sees.
 */
export function resolveHosting(siteUrl: string, basePath: string | undefined): Hosting {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new HostingError(`SITE_URL "${siteUrl}" is not an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new HostingError(`SITE_URL "${siteUrl}" is not an http(s) address`);
  if (url.search || url.hash) throw new HostingError(`SITE_URL "${siteUrl}" has a query or a fragment; give the site's address only`);
  const fromUrl = normaliseBase(url.pathname);
  let base = fromUrl;
  if (basePath !== undefined && basePath.trim() !== '') {
    base = normaliseBase(basePath);
    if (fromUrl !== '/' && fromUrl !== base) {
      throw new HostingError(`SITE_URL "${siteUrl}" is under ${fromUrl} but BASE_PATH is ${base}: give the folder once, or the same in both`);
    }
  }
  return { siteUrl: new URL(base, url.origin).href, basePath: base };
}

/** The host path of a site path: `/points/x/` → `/news/wsw/points/x/`. */
export function pathAtBase(sitePath: string, basePath: string): string {
  if (!sitePath.startsWith('/')) throw new Error(`"${sitePath}" is not a site path (it must start with "/")`);
  return `${basePath}${sitePath.slice(1)}`;
}

/** The site path of a host path, or null when it lies outside the site's folder. */
export function pathUnderBase(hostPath: string, basePath: string): string | null {
  return hostPath.startsWith(basePath) ? `/${hostPath.slice(basePath.length)}` : null;
}

/** The dataset with every page path (articles, points, actors) made a host path: what the site publishes, and what its pages link to. */
export function datasetAtBase(dataset: Dataset, basePath: string): Dataset {
  if (basePath === '/') return dataset;
  return {
    ...dataset,
    actors: dataset.actors.map((a) => (a.path === undefined ? a : { ...a, path: pathAtBase(a.path, basePath) })),
    articles: dataset.articles.map((a) => ({ ...a, path: pathAtBase(a.path, basePath) })),
    points: dataset.points.map((p) => ({ ...p, path: pathAtBase(p.path, basePath) })),
  };
}
