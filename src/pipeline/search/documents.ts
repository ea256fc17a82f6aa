/**
 * The search index the site serves at /data/search-index.json: the dataset cut
 * down to what a result shows and what a query looks at, plus the Fuse index of
 * the words of names (built here, at build time, so the browser only parses it).
 */
import Fuse from 'fuse.js';
import { formatDateRange } from '../../shared/format.ts';
import { fold } from '../../shared/search/fold.ts';
import { nameWordsOf, type SearchDocument, type SearchEntity, type SearchIndexFile } from '../../shared/search/index-file.ts';
import type { Dataset } from '../types.ts';

export function buildSearchIndex(dataset: Dataset): SearchIndexFile {
  const entities: SearchEntity[] = [];
  const actorEntity = new Map<string, number>();
  const outletEntity = new Map<string, number>();
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const outletOf = new Map(dataset.articles.map((a) => [a.id, a.outlet]));

  // Only the actors and outlets some statement involves: the rest could only produce empty results.
  const actorIndex = (id: string): number => {
    let found = actorEntity.get(id);
    if (found === undefined) {
      const actor = actors.get(id);
      found = entities.push({ kind: 'actor', name: actor?.name ?? id, aliases: actor ? distinct(actor.aliases, actor.name) : [] }) - 1;
      actorEntity.set(id, found);
    }
    return found;
  };
  const outletIndex = (name: string): number => {
    let found = outletEntity.get(name);
    if (found === undefined) {
      found = entities.push({ kind: 'outlet', name, aliases: [] }) - 1;
      outletEntity.set(name, found);
    }
    return found;
  };

  const docs = dataset.points.map((point): SearchDocument => {
    const outlets = point.sources.map((s) => outletOf.get(s.article)).filter((o): o is string => Boolean(o));
    return {
      id: point.id,
      path: point.path,
      kind: point.kind,
      date: point.date,
      when: formatDateRange(point.date, point.dateEnd, point.datePrecision),
      speaker: actorIndex(point.speaker),
      addressees: point.addressees.map(actorIndex),
      outlets: [...new Set(outlets)].map(outletIndex),
      words: point.quote ? `“${point.quote}”` : point.summary,
      excerpts: [...new Set(point.sources.map((s) => s.excerpt))],
    };
  });

  const nameWords = [...new Set(entities.flatMap((e) => [e.name, ...e.aliases].flatMap((n) => nameWordsOf(fold(n)))))].sort();
  return {
    format: 1,
    entities,
    nameWords,
    nameWordIndex: Fuse.createIndex([], nameWords).toJSON(),
    docs,
  };
}

/** Aliases once each, without the name itself: repeating it would only double its weight. */
function distinct(aliases: readonly string[], name: string): string[] {
  const seen = new Set([name.toLowerCase()]);
  return aliases.filter((alias) => {
    const key = alias.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
