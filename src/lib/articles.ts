import { getCollection, type CollectionEntry } from 'astro:content';
import { derived } from './dataset.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

/** Oldest first; undated articles last; ties by id so the order never depends on the file system. */
export function articlesInOrder(): Promise<ArticleEntry[]> {
  // Generated with the dataset: sorted once for as long as it stays the same.
  return derived('articles-in-order', async () =>
    (await getCollection('articles')).sort((a, b) => {
      const da = a.data.date ?? '9999-99-99';
      const db = b.data.date ?? '9999-99-99';
      return da.localeCompare(db) || a.id.localeCompare(b.id);
    }),
  );
}

/** A headline to show even when the text gave none: the start of its lead, marked as such. */
export function articleHeading(entry: Pick<ArticleEntry, 'data'>): string {
  if (entry.data.title) return entry.data.title;
  const words = entry.data.lead.split(/\s+/);
  return `Untitled: “${words.slice(0, 12).join(' ')}${words.length > 12 ? '…' : ''}”`;
}

/** Every article's heading as the site shows it, by id. */
export function articleHeadings(): Promise<Map<string, string>> {
  return derived('article-headings', async () => new Map((await articlesInOrder()).map((entry) => [entry.id, articleHeading(entry)])));
}
