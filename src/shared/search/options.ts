/**
 * How search matches and ranks, in one place: the build (documents.ts) and the
 * browser (engine.ts) must agree on every value here.
 *
 * Why Fuse only sees the words of names: with Fuse over every statement, a
 * keystroke at 10,000 statements took 575 ms (p50) with all fields fuzzy and
 * 220 ms with names alone, because every statement repeats its speaker's and
 * addressees' names and aliases (`npx tsx scripts/search-bench.ts --alternatives`).
 * The distinct words of those names are a few hundred, which Fuse matches in well
 * under a millisecond; the words lead to the actors and outlets that bear them,
 * and each statement's own text is looked up in an inverted index of its words
 * (text-index.ts). This engine: 0.5 ms (p50), 4 ms (p95) a keystroke, in Node.
 */
import type { IFuseOptions } from 'fuse.js';

export const NAME_WORD_FUSE_OPTIONS: IFuseOptions<string> = {
  // The words are folded when the index is built (fold.ts) and each term is folded
  // before it is searched: Fuse need not lower-case or strip accents again, for
  // every word at every keystroke.
  isCaseSensitive: true,
  ignoreDiacritics: false,
  // Only fuzzy terms reach Fuse, as plain words: the query syntax ('word, "a phrase",
  // =exact) is read by query.ts, and exact matching needs no fuzzy matcher.
  useExtendedSearch: false,
  // The indices mark what to highlight, in the name and in the words shown.
  includeMatches: true,
  includeScore: true,
  // A term may be the start or the middle of a word as it is being typed ("lavr", "tolten").
  ignoreLocation: true,
  // Fuse scores a fuzzy match as wrong letters ÷ letters typed (location ignored).
  // 0.34 allows 1 wrong letter in 3–5, 2 in 6–8 ("Lavorv" → Lavrov, "Grushko" →
  // Grushchenko), 3 in 9–11 ("Stoltenburg"). At 0.3 "Lavorv" found nothing; at 0.4
  // "times" also matched "states" (2 wrong in 5).
  threshold: 0.34,
  // A one-letter fragment of a fuzzy match is noise, not something to highlight.
  minMatchCharLength: 2,
  // The engine ranks statements itself (FIELD_WEIGHTS); Fuse's order of words is not used.
  shouldSort: false,
};

/**
 * How much a term matching in each field of a statement counts: a statement's
 * score is the sum, over terms, of the best field's weight × match quality (0–1).
 * Speaker names weigh most: someone typing "Lavrov" mostly wants what Lavrov said.
 */
export const FIELD_WEIGHTS = {
  speaker: 3,
  addressee: 2,
  /** The quote, or the summary when there is no quote: the line every result shows. */
  words: 1.5,
  outlet: 1,
  excerpt: 1,
} as const;

/** A name matched through an alias ("Sergei Lavrov") counts a little less than through the name itself. */
export const ALIAS_QUALITY = 0.9;

/**
 * A name found only by correcting a term's spelling counts half: the correction is a guess,
 * the words as typed are not. For "ball court", "The ball is now in Russia's court" (both
 * words in the quote: 3) comes before a statement by "Western allies/countries" that Fuse
 * reaches from "ball" → "allies" and "court" → "countries" (4.2 at full weight, 2.1 at half).
 * A misspelt name alone ("Lavorv") ranks its statements as before: every match is a correction.
 */
export const CORRECTION_QUALITY = 0.5;

/**
 * A term of fewer letters matches nearly everything: it is left out until more is
 * typed ("Blinken L" searches for Blinken), and a query of such terms alone waits.
 */
export const MIN_TERM_LETTERS = 2;

/**
 * A term is matched with a wrong letter (Fuse) only from this many letters. One wrong
 * letter in three is a third of the term: "lav" reached "law", "lab" and "av" in names,
 * 40% of the statements at 100,000, when the reader, still typing, means Lavrov. Search
 * engines hold short words to their spelling for the same reason (Algolia allows a typo
 * from 4 letters).
 */
export const MIN_FUZZY_LETTERS = 4;

/**
 * A query is searched on its first this many characters. Longer is no question a statement answers
 * (the longest quotes are a few lines), and Fuse's work grows with a term's length: a pasted
 * 100,000-character query held the page for seconds at every keystroke.
 */
export const MAX_QUERY_CHARS = 200;

/** Results the box lists as you type; the search page lists them all. */
export const POPUP_LIMIT = 6;
