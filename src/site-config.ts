/** Settings shared by the Astro config, the pages and the scripts, each overridable from the environment. */
import path from 'node:path';
import { pathAtBase, resolveHosting } from './pipeline/publish/base-path.ts';
import { PATHS } from './pipeline/publish/site-pages.ts';

/** The folder of articles the whole build reads: `ARTICLES_DIR` points one install at another story. */
export const ARTICLES_DIR = process.env.ARTICLES_DIR ?? 'content/articles';

/** The story's own folder, the articles folder's parent: its actor registry and published ids live there. */
const STORY_DIR = path.dirname(path.normalize(ARTICLES_DIR));

/**
 * The curated actor registry (editorial data): beside the articles folder, so another story
 * names and sides its own actors (`content/actors.yaml` for the site's own articles).
 */
export const ACTORS_FILE = process.env.ACTORS_FILE ?? path.join(STORY_DIR, 'actors.yaml');

/**
 * The committed registry of every point id ever published (`npm run publish-ids` adds to it; the
 * build only reads it): beside the articles folder, so another story keeps its own.
 */
export const PUBLISHED_IDS_FILE = process.env.PUBLISHED_IDS_FILE ?? path.join(STORY_DIR, 'published-ids.json');

/**
 * Build output of the pipeline (article entries, dataset, report): regenerated on every build, never
 * committed. `GENERATED_DIR` and `OUT_DIR` let a second build (another story, another base path)
 * run beside the first without overwriting it.
 */
export const GENERATED_DIR = process.env.GENERATED_DIR ?? '.generated';

/**
 * Astro's own cache (its content store remembers every entry file it has seen): kept with the
 * generated entries, so a build of another folder never meets the entries of the last one.
 */
export const ASTRO_CACHE_DIR = `${GENERATED_DIR}/.astro-cache`;

/** Where `astro build` writes the site, and `astro preview` and the end-to-end tests read it. */
export const OUT_DIR = process.env.OUT_DIR ?? 'dist';

/** `astro build --strict` (as `npm test` and CI build): any file left unpublished fails the build. */
export const STRICT = process.argv.includes('--strict');

/**
 * The public address, for canonical URLs, feeds and link previews, and the folder of the host the
 * site lives in: `SITE_URL=https://example.org/news/wsw/`, or `BASE_PATH=/news/wsw/`, or both if
 * they agree (src/pipeline/publish/base-path.ts). `SITE_URL` always ends with the base and a slash.
 */
export const { siteUrl: SITE_URL, basePath: BASE_PATH } = resolveHosting(process.env.SITE_URL ?? 'https://who-said-what.example.org', process.env.BASE_PATH);

/** The address on the host of a page or file of the site: `withBase('/data/')` is `/news/wsw/data/` under `/news/wsw/`. */
export const withBase = (sitePath: string): string => pathAtBase(sitePath, BASE_PATH);

/** The site's fixed pages (PATHS) at their addresses on the host: what a page links to. */
export const HREFS = Object.fromEntries(Object.entries(PATHS).map(([name, path]) => [name, withBase(path)])) as Record<keyof typeof PATHS, string>;

/**
 * What one build leaves for the next, so that it redoes only what changed: articles' extractions,
 * preview images and pages, each filed under the hash of what made it. Outside `dist/`, which
 * every build empties; one per output folder, as a build drops from it what it did not use.
 * Deleting it (`npm run clean`) only makes the next build a full one.
 */
const CACHE_DIR = process.env.WSW_CACHE_DIR ?? path.join('.cache', path.basename(path.resolve(OUT_DIR)));

/** Each article's extraction by the hash of the article, the actor registry and the extractor (src/pipeline/extraction-cache.ts). */
export const EXTRACTION_CACHE_DIR = path.join(CACHE_DIR, 'extractions');
/** Pages and preview images by the hash of their props and what else makes them (src/lib/page-cache.ts). */
export const PAGE_CACHE_DIR = path.join(CACHE_DIR, 'pages');
/** The last build's output, kept aside while the next build runs, which completes it (src/integrations/previous-output.ts). */
export const PREVIOUS_OUTPUT_DIR = path.join(CACHE_DIR, 'previous-output');
/** This build's list of cached pages per route, for the integration to complete the output with. */
export const PAGE_CACHE_MANIFESTS = path.join(GENERATED_DIR, 'page-cache');
/** The hash of the site's code and settings, written by the integration for `astro build` only. */
export const PAGE_CACHE_KEY_FILE = path.join(GENERATED_DIR, 'build-key.txt');

export const SITE_NAME = 'who-said-what';
export const SITE_DESCRIPTION =
  'Who said what to whom, and when: every quote and reported statement in the news about a diplomatic crisis, traced to its sources.';
