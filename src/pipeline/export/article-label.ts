import type { DatasetArticle } from '../types.ts';

/** An article as a reader would name it in a feed or an export: its heading, and its outlet when known. */
export function articleLabel(article: DatasetArticle, headings: ReadonlyMap<string, string>): string {
  const heading = headings.get(article.id) ?? article.title ?? `Article ${article.id}`;
  return `${heading}${article.outlet ? ` (${article.outlet})` : ''}`;
}
