/** What the built site is expected to contain: the seed articles, and the dataset the build wrote. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../../src/pipeline/types.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The ids of the seed articles: their file names, without `.txt`. */
export function seedArticleIds(): string[] {
  return readdirSync(path.join(root, 'content', 'articles'))
    .filter((file) => file.endsWith('.txt'))
    .map((file) => file.slice(0, -'.txt'.length))
    .sort();
}

/** The dataset as built into `dist/` (the same file the site serves at /data/timeline.json). */
export function builtDataset(): Dataset {
  return JSON.parse(readFileSync(path.join(root, 'dist', 'data', 'timeline.json'), 'utf8')) as Dataset;
}
