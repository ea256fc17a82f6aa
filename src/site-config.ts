/** Settings shared by the Astro config, the pages and the scripts, each overridable from the environment. */

/** The folder of articles the whole build reads: `ARTICLES_DIR` points one install at another story. */
export const ARTICLES_DIR = process.env.ARTICLES_DIR ?? 'content/articles';

/** Build output of the pipeline (MDX entries, dataset): regenerated on every build, never committed. */
export const GENERATED_DIR = '.generated';

/** The public address, for canonical URLs, feeds and link previews. */
export const SITE_URL = process.env.SITE_URL ?? 'https://who-said-what.example.org';

export const SITE_NAME = 'who-said-what';
export const SITE_DESCRIPTION =
  'Who said what to whom, and when: every quote and reported statement in the news about a diplomatic crisis, traced to its sources.';
