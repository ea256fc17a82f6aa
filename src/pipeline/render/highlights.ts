import type { Dataset } from '../types.ts';
import type { Highlight } from './mdx-entry.ts';

/** The anchor of a source sentence on its article page: point pages link to it. */
export const sourceAnchor = (pointId: string): string => `s-${pointId}`;

/** The excerpts of an article's statements, to highlight on its page. */
export function highlightsFor(articleId: string, dataset: Dataset): Highlight[] {
  const highlights: Highlight[] = [];
  for (const point of dataset.points) {
    for (const source of point.sources) {
      if (source.article !== articleId) continue;
      highlights.push({
        start: source.offset,
        end: source.offset + source.excerpt.length,
        anchor: sourceAnchor(point.id),
        point: point.id,
      });
    }
  }
  return highlights;
}
