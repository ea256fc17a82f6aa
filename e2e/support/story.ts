/**
 * The story the end-to-end suite runs on (e2e/story/README.md): invented articles written for
 * the specs, so that changing or adding a seed article never breaks a test. The seed articles
 * get the smoke test alone (`*.smoke.spec.ts`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../../src/pipeline/types.ts';
import { articleIds } from './site.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The story's articles: built with `ARTICLES_DIR` set to this folder (`npm run test:e2e`). */
const STORY_ARTICLES_DIR = path.join(root, 'e2e', 'story', 'articles');

/** The spec that runs on a build of any other articles, the seeds first. */
export const SMOKE_SPEC = /\.smoke\.spec\.ts$/;

/**
 * Whether the site in `outDir` is the story's, after checking that it was built from
 * `articlesDir`: a build of other articles would fail every test for a reason none would name.
 */
export function builtFromStory(articlesDir: string, outDir: string): boolean {
  const dataset = JSON.parse(readFileSync(path.join(outDir, 'data', 'timeline.json'), 'utf8')) as Dataset;
  const here = new Set(articleIds(articlesDir));
  const strangers = dataset.builtFrom.articles.filter((id) => !here.has(id));
  if (strangers.length > 0) {
    throw new Error(
      `${outDir} was built from other articles than ${articlesDir} (${strangers.slice(0, 3).join(', ')}…): build it with the same ARTICLES_DIR, OUT_DIR and GENERATED_DIR as the tests run with (\`npm run test:e2e\` does both).`,
    );
  }
  return path.resolve(root, articlesDir) === STORY_ARTICLES_DIR;
}
