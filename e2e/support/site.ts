/** What the built site is expected to contain, and where: its articles, the dataset the build wrote, the base path. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../../src/pipeline/types.ts';
import type { SearchIndexFile } from '../../src/shared/search/index-file.ts';
import { joinSearchIndex, type SearchIndexManifest, type SearchIndexPart } from '../../src/shared/search/index-parts.ts';
import { ARTICLES_DIR, OUT_DIR, withBase } from '../../src/site-config.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A page or file of the site at its address on the host: `at('/data/')` is `/data/`, or
 * `/news/wsw/data/` when the build under test lives under `BASE_PATH=/news/wsw/`. Every
 * address a test visits or expects goes through it, so the whole suite runs under any base path.
 */
export const at = withBase;

/**
 * For a test that repeats one check on every page of a kind. The sub-path run
 * (`npm run test:e2e:subpath`, desktop only) leaves these out: what could differ under a base
 * path, every page's links, canonical and preview addresses, the link checker holds there for
 * every page.
 */
export const EVERY_PAGE = { tag: '@every-page' };

/** The ids of the articles the site was built from (`ARTICLES_DIR`, or `dir`): their file names, without `.txt`. */
export function articleIds(dir = ARTICLES_DIR): string[] {
  return readdirSync(path.resolve(root, dir))
    .filter((file) => file.endsWith('.txt'))
    .map((file) => file.slice(0, -'.txt'.length))
    .sort();
}

/** The dataset as built (the same file the site serves at /data/timeline.json). */
export function builtDataset(): Dataset {
  return JSON.parse(readFileSync(path.join(root, OUT_DIR, 'data', 'timeline.json'), 'utf8')) as Dataset;
}

/** The built site's search index, its manifest and parts joined (src/shared/search/index-parts.ts). */
export function builtSearchIndex(): SearchIndexFile {
  const read = (name: string): unknown => JSON.parse(readFileSync(path.join(root, OUT_DIR, 'data', name), 'utf8'));
  const manifest = read('search-index.json') as SearchIndexManifest;
  return joinSearchIndex(
    manifest,
    manifest.parts.map((part) => read(part) as SearchIndexPart),
  );
}
