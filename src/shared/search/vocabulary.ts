/**
 * What a spelling suggestion picks from: the engine builds it from the index, suggest.ts
 * reads it. Its own module so that the two import each other in one direction only.
 */

/** Folded spelling → the spelling to show: names as written, words as folded. */
export interface Vocabulary {
  names: Map<string, string>;
  words: Map<string, string>;
}
