/**
 * The words of every statement's text, folded, each with the statements (and the
 * field) it occurs in: an inverted index built in the browser when the search
 * index arrives, so that a term costs what it matches rather than a pass over all
 * the text. Scanning 3 MB of text for a two-letter term took 2–60 ms a keystroke
 * at 10,000 statements; a lookup here takes well under one.
 *
 * Terms match text at the start of a word, as people type words from their start:
 * "guar" finds "guarantees", "us" finds "US" but not "thus".
 */
import { fold, isWordUnit } from './fold.ts';
import { placedAt } from './highlight.ts';

/** A run of letters, digits and marks (isWordUnit): how text is cut into words. */
const WORD = /[\p{L}\p{N}\p{M}]+/u;

/** One field of every statement: their texts joined in one folded string, and where each starts. */
export interface Field {
  /** Statements separated by NUL, which no text holds and which is not part of a word. */
  text: string;
  /** Where each statement's text starts in `text`, and one past the last. */
  starts: Int32Array;
  /** Each statement's text on its own (slices of `text`, which cost no copy). */
  folded: string[];
}

export function field(texts: readonly string[]): Field {
  const text = fold(texts.join('\u0000'));
  const starts = new Int32Array(texts.length + 1);
  texts.forEach((t, i) => (starts[i + 1] = starts[i]! + t.length + 1));
  return { text, starts, folded: texts.map((_, i) => text.slice(starts[i], starts[i + 1]! - 1)) };
}

export interface TextIndex {
  /** Every distinct word, sorted, so that the words a prefix starts are one run. */
  words: string[];
  /** Per word: where it occurs, as statement × number of fields + field, once each. */
  postings: Int32Array[];
  /** Each field's texts, one a statement. */
  fields: readonly Pick<Field, 'folded'>[];
}

/** Characters read between pauses: a slice takes a few tens of milliseconds on a slow machine. */
const SLICE = 200_000;

/**
 * Reads every field's words, pausing (`pause`, e.g. a macrotask) after each slice
 * of text: at 10,000 statements this is a few hundred milliseconds of work, and
 * keystrokes meanwhile should not wait for all of it.
 */
export async function textIndex(fields: readonly Field[], pause: () => Promise<void> = async () => {}): Promise<TextIndex> {
  const byWord = new Map<string, number[]>();
  for (const [f, { text, starts }] of fields.entries()) {
    // By hand rather than with a regular expression, which measured slower here.
    let doc = 0;
    let at = 0;
    let pauseAt = SLICE;
    while (at < text.length) {
      while (at < text.length && !isWordUnit(text, at)) at++;
      const start = at;
      while (at < text.length && isWordUnit(text, at)) at++;
      if (at === start) break;
      while (start >= starts[doc + 1]!) doc++;
      const word = text.slice(start, at);
      const posting = doc * fields.length + f;
      const list = byWord.get(word);
      if (!list) byWord.set(word, [posting]);
      // Statements come in order, so a repeat in the same one is always the last entry.
      else if (list[list.length - 1] !== posting) list.push(posting);
      if (at >= pauseAt) {
        await pause();
        pauseAt = at + SLICE;
      }
    }
  }
  const words = [...byWord.keys()].sort();
  return { words, postings: words.map((w) => Int32Array.from(byWord.get(w)!)), fields };
}

/**
 * `index` with the statements of `more` after its own: the index of the next part of the
 * search index (index-parts.ts) joined to those before it, without reading any text again.
 */
export function appendTextIndex(index: TextIndex, more: TextIndex): TextIndex {
  const n = index.fields.length;
  const shift = (index.fields[0]?.folded.length ?? 0) * n;
  const moved = (postings: Int32Array): Int32Array => postings.map((p) => p + shift);
  const words: string[] = [];
  const postings: Int32Array[] = [];
  // Both word lists are sorted: merged in one pass, a word in both gets both lists, the earlier statements first.
  let i = 0;
  let j = 0;
  while (i < index.words.length || j < more.words.length) {
    const a = index.words[i];
    const b = more.words[j];
    if (b === undefined || (a !== undefined && a < b)) {
      words.push(a!);
      postings.push(index.postings[i++]!);
    } else if (a === undefined || b < a) {
      words.push(b);
      postings.push(moved(more.postings[j++]!));
    } else {
      const before = index.postings[i++]!;
      const joined = new Int32Array(before.length + more.postings[j]!.length);
      joined.set(before);
      joined.set(moved(more.postings[j++]!), before.length);
      words.push(a);
      postings.push(joined);
    }
  }
  return { words, postings, fields: index.fields.map((f, k) => ({ folded: [...f.folded, ...more.fields[k]!.folded] })) };
}

/**
 * Every statement and field where a folded term occurs at a word's start (and,
 * with `whole`, ends at a word's end). A prefix may find one place through several
 * words ("th": "the", "thus"), so a place may be reported more than once.
 */
export function findTerm(index: TextIndex, folded: string, whole: boolean, found: (doc: number, field: number) => void): void {
  const n = index.fields.length;
  const first = folded.match(WORD)?.[0];
  // A single word: the index answers on its own.
  if (first === folded) {
    forWords(index, first, whole, (postings) => {
      // Indexed: for…of over a typed array measured twice as slow, and a short prefix reads 100,000 postings.
      for (let k = 0; k < postings.length; k++) found(Math.floor(postings[k]! / n), postings[k]! % n);
    });
    return;
  }
  const placement = whole ? 'whole-word' : 'word-start';
  const verify = (doc: number, f: number): boolean => {
    const text = index.fields[f]!.folded[doc]!;
    for (let at = text.indexOf(folded); at !== -1; at = text.indexOf(folded, at + 1)) {
      if (placedAt(text, at, folded, placement)) return true;
    }
    return false;
  };
  if (first !== undefined && folded.startsWith(first)) {
    // Several words ("security guar", "u.s."): the first is whole, so its statements are the only candidates.
    forWords(index, first, true, (postings) => {
      for (const posting of postings) {
        const doc = Math.floor(posting / n);
        const f = posting % n;
        if (verify(doc, f)) found(doc, f);
      }
    });
    return;
  }
  // A term that starts with punctuation ("'s", ".uk"): no word to look up; read every text.
  index.fields.forEach((_, f) => {
    for (let doc = 0; doc < index.fields[f]!.folded.length; doc++) if (verify(doc, f)) found(doc, f);
  });
}

/** The postings of `word` (whole) or of every word it starts. */
function forWords(index: TextIndex, word: string, whole: boolean, each: (postings: Int32Array) => void): void {
  const { words, postings } = index;
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (words[mid]! < word) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < words.length && words[i]!.startsWith(word); i++) {
    if (whole && words[i] !== word) break;
    each(postings[i]!);
  }
}
