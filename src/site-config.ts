/** Settings shared by the Astro config, the pages and the scripts, each overridable from the environment. */
import path from 'node:path';

/** The folder of articles the whole build reads: `ARTICLES_DIR` points one install at another story. */
export const ARTICLES_DIR = process.env.ARTICLES_DIR ?? 'content/articles';

/**
 * The committed registry of every point id ever published (`npm run publish-ids` adds to it; the
 * build only reads it): beside the articles folder, so another story keeps its own.
 */
export const PUBLISHED_IDS_FILE = process.env.PUBLISHED_IDS_FILE ?? path.join(path.dirname(path.normalize(ARTICLES_DIR)), 'published-ids.json');

/** Build output of the pipeline (MDX entries, dataset): regenerated on every build, never committed. */
export const GENERATED_DIR = '.generated';

/** The public address, for canonical URLs, feeds and link previews. */
export const SITE_URL = process.env.SITE_URL ?? 'https://who-said-what.example.org';

export const SITE_NAME = 'who-said-what';
export const SITE_DESCRIPTION =
  'Who said what to whom, and when: every quote and reported statement in the news about a diplomatic crisis, traced to its sources.';
