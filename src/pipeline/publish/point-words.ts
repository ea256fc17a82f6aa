/** What a point says, in one string, and the form its words are compared and remembered in. */
import type { Point } from '../types.ts';
import { contentWords } from '../content-words.ts';

/** The words a point stands for: its direct quote, else what its first report says (as its id is made). */
export function pointWords(point: Point): string {
  return point.quote ?? point.sources[0]?.quote ?? point.summary;
}

/**
 * Lower-case content words, unstemmed: what a quote is without its punctuation or
 * typography, so that a changed quote mark or stemming rule does not lose a match.
 */
export function normaliseWords(text: string): string {
  return contentWords(text, false).join(' ');
}
