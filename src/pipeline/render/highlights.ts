import type { Dataset, Point } from '../types.ts';
import type { Highlight } from './article-entry.ts';

/**
 * The anchor of each source sentence on its article page, in the order of
 * `point.sources`: `s-<point id>`, and `s-<point id>-2`, `-3`… when one article
 * reports the same act more than once, so every anchor is unique on its page.
 */
export function sourceAnchors(point: Point): string[] {
  const seen = new Map<string, number>();
  return point.sources.map((source) => {
    const n = (seen.get(source.article) ?? 0) + 1;
    seen.set(source.article, n);
    return n === 1 ? `s-${point.id}` : `s-${point.id}-${n}`;
  });
}

/** The excerpts of each article's statements, to highlight on its page: one pass over the points for every article. */
export function highlightsByArticle(dataset: Dataset): Map<string, Highlight[]> {
  const byArticle = new Map<string, Highlight[]>();
  for (const point of dataset.points) {
    const anchors = sourceAnchors(point);
    point.sources.forEach((source, i) => {
      const highlight = { start: source.offset, end: source.offset + source.excerpt.length, anchor: anchors[i]!, point: point.id };
      const list = byArticle.get(source.article);
      if (list) list.push(highlight);
      else byArticle.set(source.article, [highlight]);
    });
  }
  return byArticle;
}
