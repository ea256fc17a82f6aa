/**
 * Pages reused from the last build: the pages' side of src/integrations/build-cache-integration.ts.
 *
 * A point's, an actor's or an article's page is a function of its model (its props, which
 * hold everything it shows) and of the site's code and settings (the build key); a preview
 * image, of its card and of the drawing code and fonts (a narrower key). A route's
 * `getStaticPaths` hands its entries through `pagesToRender`, which keeps only those whose
 * page the cache does not hold under the hash of both, and notes every page's file and hash;
 * when the build is done, the integration puts the others in place from the cache and files
 * the new ones there. With no build key (a dev server, `astro check`) every page is rendered.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PAGE_CACHE_DIR, PAGE_CACHE_KEY_FILE, PAGE_CACHE_MANIFESTS } from '../site-config.ts';

export interface CachedPage {
  /** The page's file in the build's output, e.g. `points/<id>/index.html`. */
  file: string;
  /** Hash of the build key, the route and the page's props. */
  hash: string;
  /** Whether it comes from the cache rather than from this build. */
  reused: boolean;
}

interface StaticPath {
  params: Record<string, string | undefined>;
  props: unknown;
}

/** Where the cache keeps a page: by its hash, with its file's extension. */
export const cachedFile = (cacheDir: string, page: Pick<CachedPage, 'file' | 'hash'>): string =>
  path.join(cacheDir, page.hash.slice(0, 2), `${page.hash}${path.extname(page.file)}`);

/**
 * The entries of `route` to render in this build. `file` gives an entry's output file. Pages
 * are compared by their props as JSON: a route's props must hold all that its page shows.
 * `key`: what else the pages depend on, when less than the whole site's code.
 */
export function pagesToRender<T extends StaticPath>(route: string, entries: readonly T[], file: (params: T['params']) => string, key?: () => string): T[] {
  // Written by the integration for `astro build` only.
  if (!existsSync(PAGE_CACHE_KEY_FILE)) return [...entries];
  const routeKey = key ? key() : readFileSync(PAGE_CACHE_KEY_FILE, 'utf8');
  const pages: CachedPage[] = entries.map((entry) => {
    const hash = createHash('sha256').update(routeKey).update('\0').update(route).update('\0').update(JSON.stringify(entry)).digest('hex');
    const page = { file: file(entry.params), hash };
    return { ...page, reused: existsSync(cachedFile(PAGE_CACHE_DIR, page)) };
  });
  mkdirSync(PAGE_CACHE_MANIFESTS, { recursive: true });
  writeFileSync(path.join(PAGE_CACHE_MANIFESTS, `${route.replace(/[^a-z0-9]+/gi, '-')}.json`), JSON.stringify(pages));
  return entries.filter((_, i) => !pages[i]!.reused);
}
