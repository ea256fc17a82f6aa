import { getCollection, type CollectionEntry } from 'astro:content';

export type ArticleEntry = CollectionEntry<'articles'>;

/** Oldest first; undated articles last; ties by id so the order never depends on the file system. */
export async function articlesInOrder(): Promise<ArticleEntry[]> {
  const entries = await getCollection('articles');
  return entries.sort((a, b) => {
    const da = a.data.date ?? '9999-99-99';
    const db = b.data.date ?? '9999-99-99';
    return da.localeCompare(db) || a.id.localeCompare(b.id);
  });
}

/** A headline to show even when the text gave none: the start of its lead, marked as such. */
export function articleHeading(entry: ArticleEntry): string {
  if (entry.data.title) return entry.data.title;
  const words = entry.data.lead.split(/\s+/);
  return `Untitled: “${words.slice(0, 12).join(' ')}${words.length > 12 ? '…' : ''}”`;
}
