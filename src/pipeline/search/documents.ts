/**
 * The search index the site serves at /data/search-index.json: the dataset cut
 * down to what a result shows and what a query looks at, plus the Fuse index of
 * the words of names (built here, at build time, so the browser only parses it).
 */
import Fuse, { type FuseIndex } from 'fuse.js';
import { formatDateRange } from '../../lib/format.ts';
import type { Dataset } from '../types.ts';
import { fold } from './fold.ts';

/** Someone or something a statement is by, to, or reported in: what people search by name. */
export interface SearchEntity {
  kind: 'actor' | 'outlet';
  name: string;
  /** Other ways the articles name it; [] for outlets. */
  aliases: string[];
}

/** One statement, as compact as a result allows. */
export interface SearchDocument {
  id: string;
  /** The statement's page (Point.path). */
  path: string;
  kind: string;
  /** ISO day, for `<time datetime>`; null when undated. */
  date: string | null;
  /** The date as the site writes it ("1 February 2022", "January 2022", "Undated"). */
  when: string;
  /** Index into `entities`. */
  speaker: number;
  addressees: number[];
  outlets: number[];
  /** The line the site shows for it: the quote in quotation marks, else the summary. */
  words: string;
  /** The sentences that report it, one per distinct excerpt. */
  excerpts: string[];
}

export type SerialisedFuseIndex = ReturnType<FuseIndex<string>['toJSON']>;

export interface SearchIndexFile {
  format: 1;
  entities: SearchEntity[];
  /** Every distinct word of the entities' names and aliases, folded (nameWordsOf), sorted. */
  nameWords: string[];
  /** `Fuse.createIndex([], nameWords).toJSON()`; the browser hands it to Fuse.parseIndex. */
  nameWordIndex: SerialisedFuseIndex;
  /** In the dataset's order (by date), which is also the order equal scores keep. */
  docs: SearchDocument[];
}

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

/**
 * The words of a folded name, as a fuzzy term is compared with them: each word,
 * and the parts of a hyphenated or possessive one too, so that "greenfield" finds
 * "Thomas-Greenfield" and "thomas-greenfield" finds it whole.
 */
export function nameWordsOf(folded: string): string[] {
  return folded
    .split(/[^\p{L}\p{N}\p{M}'-]+/u)
    .flatMap((word) => (/['-]/.test(word) ? [word, ...word.split(/['-]+/)] : [word]))
    .filter((word) => word.length > 1 && /[\p{L}\p{N}]/u.test(word));
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
