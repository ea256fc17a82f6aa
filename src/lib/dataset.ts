import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildReport } from '../pipeline/publish/build-report.ts';
import type { Actor, Dataset, DatasetArticle, Point } from '../pipeline/types.ts';
import { GENERATED_DIR } from '../site-config.ts';

/**
 * The dataset the articles integration wrote before content sync. Read from disk
 * (not imported) so that `astro dev` sees a regenerated file without a restart.
 */
export function loadDataset(): Dataset {
  const file = path.join(GENERATED_DIR, 'dataset.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Dataset;
}

/**
 * The build's report: the files not published (listed on the data page) and what the pipeline
 * could not settle, per article (shown on the article's page), so nothing is lost without trace.
 */
export function loadReport(): BuildReport {
  return JSON.parse(readFileSync(path.join(GENERATED_DIR, 'report.json'), 'utf8')) as BuildReport;
}

export interface DatasetIndex {
  dataset: Dataset;
  actor(id: string): Actor;
  article(id: string): DatasetArticle;
  point(id: string): Point | undefined;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));
  const points = new Map(dataset.points.map((p) => [p.id, p]));
  return {
    dataset,
    actor: (id) => actors.get(id) ?? { id, name: id, aliases: [], kind: 'unknown' },
    article: (id) => {
      const found = articles.get(id);
      if (!found) throw new Error(`dataset: a source names article "${id}", which is not in the dataset`);
      return found;
    },
    point: (id) => points.get(id),
  };
}
