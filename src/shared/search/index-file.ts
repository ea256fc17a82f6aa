/**
 * The search index file the site serves at /data/search-index.json, as the build writes it
 * (src/pipeline/search/documents.ts) and the browser reads it (engine.ts): the types of its
 * records, and how a name is cut into the words a fuzzy term is compared with, which both
 * sides must do alike.
 */
import type { FuseIndex } from 'fuse.js';

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
