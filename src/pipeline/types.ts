/**
 * The pipeline's data model: what its stages pass each other, and (re-exported from
 * `src/shared/dataset.ts`, where the browser reads it too) the dataset contract they produce,
 * so that pipeline code takes every type from this one module.
 */
import type { Actor, DatePrecision, DateSource, PointKind } from '../shared/dataset.ts';

export type { Actor, ActorKind, Dataset, DatasetArticle, DatePrecision, DateSource, Point, PointKind, Source } from '../shared/dataset.ts';

// ---------------------------------------------------------------------------
// Article parsing (raw text -> clean article)
// ---------------------------------------------------------------------------

/** What an editor may give or correct in a sidecar `NAME.meta.yaml` / `NAME.meta.json`. */
export interface ArticleMeta {
  title?: string;
  outlet?: string;
  /** ISO day, `YYYY-MM-DD`. */
  date?: string;
  url?: string;
  /** BCP 47 tag of the text as received (a translation is in the language it arrived in). */
  language?: string;
  byline?: string;
  /** The file's character encoding (`windows-1251`, `koi8-r`…), when it is not UTF-8 and no guess gets it right. */
  encoding?: string;
}

export type ParagraphKind = 'body' | 'subheading';

export interface Paragraph {
  kind: ParagraphKind;
  /** Clean text: hard wraps rejoined, spaces normalised. */
  text: string;
  /** Character offset of `text` in `ParsedArticle.text`. */
  offset: number;
}

/** A line taken out of the body, kept so that nothing is lost without trace. */
export interface RemovedLine {
  text: string;
  reason: 'dateline' | 'headline' | 'byline' | 'link' | 'promotion' | 'related' | 'caption' | 'credit' | 'copyright' | 'contributor' | 'boilerplate' | 'code';
}

export interface ParsedArticle {
  /** File name without extension. */
  id: string;
  /** The text exactly as received. */
  raw: string;
  title: string | null;
  /** Secondary headline(s) that came before the body. */
  subtitle: string | null;
  outlet: string | null;
  /** ISO day of publication. */
  date: string | null;
  /** `HH:MM` when the dateline gives a time. */
  time: string | null;
  dateSource: DateSource;
  byline: string | null;
  url: string | null;
  /** Every URL found in the text (links to originals). */
  links: string[];
  language: string;
  /** Body paragraphs and subheadings, boilerplate removed. */
  paragraphs: Paragraph[];
  /** The cleaned text: paragraph texts joined by a blank line. Source offsets point into it. */
  text: string;
  removed: RemovedLine[];
  /**
   * A known outlet that a headline suffix credits (" – Washington Post") when it is
   * not the publisher: the story is attributed to that outlet. Null or absent otherwise.
   */
  attributedTo?: string | null;
  /** What the text says that could not be read (a dateline's impossible date, as written): for the build's report. */
  problems?: string[];
}

/** A problem worth a warning, tied to the article it came from. */
export interface Warning {
  /** The article's id; for a file that is no article (a sidecar alone), its file name. */
  article: string;
  kind:
    | 'undated-article'
    | 'unresolved-speaker'
    | 'unbalanced-quotes'
    | 'unreadable'
    /** Its encoding was guessed, or its text repaired (stray NUL bytes removed). */
    | 'decoded'
    /** A dateline whose date is not a day of the calendar. */
    | 'dateline'
    | 'future-date'
    /** The same text as another article's. */
    | 'duplicate'
    /** Left out of the site; `SkippedFile` says why. */
    | 'not-published'
    | 'other';
  message: string;
}

/** A file of the articles folder that the site does not publish, and why. */
export interface SkippedFile {
  /** Its name in the articles folder. */
  file: string;
  reason: string;
}

// ---------------------------------------------------------------------------
// The curated actor registry (content/actors.yaml)
// ---------------------------------------------------------------------------

export interface RegistryActor extends Actor {
  /** Offices a role noun can point to, in the form "Foreign Minister of Russia". */
  roles: string[];
}

// ---------------------------------------------------------------------------
// Extraction (clean article -> the statements it reports)
// ---------------------------------------------------------------------------

/** When something happened, as precisely as the text says: "last week" is a seven-day range. */
export interface DateRange {
  date: string;
  dateEnd: string;
  precision: Exclude<DatePrecision, 'unknown'>;
}

/** The rules (by name) behind each part of a statement: what `npm run extract -- --explain` prints. */
export interface Explanation {
  speaker: string[];
  addressees: string[];
  words: string[];
  date: string[];
}

/** A statement as one article reports it: one future source of a point. */
export interface ArticleStatement {
  article: string;
  kind: PointKind;
  speaker: Actor;
  addressees: Actor[];
  direct: boolean;
  /** Direct: the quoted words (fragments joined by " … "); indirect: the reported content. */
  words: string;
  excerpt: string;
  /** Offset of the excerpt in the article's cleaned text. */
  offset: number;
  cue: string | null;
  when: DateRange | null;
  /** True when the sentence itself dates the act (not the article's day by default). */
  datedByText: boolean;
  why: Explanation;
}
