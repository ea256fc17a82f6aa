/** Lookups into a dataset by id, made once: pages and their models look up actors, articles and points by the thousand. */
import type { Actor, Dataset, DatasetArticle, Point } from '../types.ts';

export interface DatasetIndex {
  dataset: Dataset;
  /** The actor with this id; an unknown id reads as an actor of kind `unknown` named by the id. */
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
