/**
 * Fuse over the words of names (options.ts), asked only about the words it could match.
 * Fuse reads every word for every term: at 100,000 statements, 3,400 words, 2–5 ms a
 * keystroke in Node. A sieve first drops the words no alignment can reach, which is most
 * of them ("stol": 97 of 3,400 read, "lavorv": 3), and Fuse reads the rest as before: the
 * same results, scores and indices, in the same order (test/search/name-words.test.ts).
 *
 * Why a dropped word cannot match. With NAME_WORD_FUSE_OPTIONS Fuse's bitap compares
 * characters as they are (no case or accent folding of its own) and matches a term of m
 * characters where some part of a word is the term with at most d edits (substituted,
 * missing or extra characters), d the most errors whose share d / m is within the
 * threshold; then it marks the word's characters that are the term's around the match,
 * and a match with no marked run of minMatchCharLength is no match. So a word Fuse matches
 *  - holds at least m − d of the term's characters (an edit spends at most one of them);
 *  - holds one of d + 1 consecutive pieces of the term as it is (d edits cannot touch all);
 *  - holds a run of minMatchCharLength characters that are all the term's.
 * A term longer than the bitap's 32 characters Fuse reads in pieces itself: every word is read.
 * This leans on how Fuse 7 matches (its bitap `search`, not its API): the test holds the two to
 * the same results on invented words, so a Fuse that matched otherwise would fail it.
 */
import Fuse, { type FuseResult } from 'fuse.js';
import type { SerialisedFuseIndex } from './index-file.ts';
import { NAME_WORD_FUSE_OPTIONS } from './options.ts';

/** The longest pattern Fuse's bitap reads whole (a bit a character). */
const BITAP_CHARACTERS = 32;

const THRESHOLD = NAME_WORD_FUSE_OPTIONS.threshold ?? Fuse.config.threshold;
const MIN_RUN = NAME_WORD_FUSE_OPTIONS.minMatchCharLength ?? Fuse.config.minMatchCharLength;

export class NameWordSearch {
  constructor(
    private readonly words: readonly string[],
    private readonly index: SerialisedFuseIndex,
  ) {}

  /** What Fuse over every word finds for a folded term. */
  search(term: string): FuseResult<string>[] {
    const admits = sieve(term);
    const records = admits ? this.index.records.filter((record) => record.v !== undefined && admits(record.v)) : this.index.records;
    // Records keep their place in the whole list (`i`), so results name the same words, in the same order.
    return new Fuse(this.words, NAME_WORD_FUSE_OPTIONS, Fuse.parseIndex({ keys: this.index.keys, records })).search(term);
  }
}

/** Most errors Fuse allows a pattern of `length` characters: as Fuse compares them, errors ÷ length ≤ threshold. */
function mostErrors(length: number): number {
  let errors = 0;
  while (errors + 1 < length && (errors + 1) / length <= THRESHOLD) errors++;
  return errors;
}

/** A test every word Fuse would match for `term` passes (see above); null when every word must be read. */
export function sieve(term: string): ((word: string) => boolean) | null {
  const m = term.length;
  if (m === 0 || m > BITAP_CHARACTERS) return null;
  const d = mostErrors(m);
  const pieces = Array.from({ length: d + 1 }, (_, k) => term.slice(Math.floor((k * m) / (d + 1)), Math.floor(((k + 1) * m) / (d + 1))));
  // The term's distinct characters, each with how often the term has it.
  const slot = new Map<number, number>();
  const times: number[] = [];
  for (let i = 0; i < m; i++) {
    const code = term.charCodeAt(i);
    const at = slot.get(code);
    if (at === undefined) slot.set(code, times.push(1) - 1);
    else times[at]!++;
  }
  const used = new Int32Array(times.length);
  return (word) => {
    if (!pieces.some((piece) => word.includes(piece))) return false;
    used.fill(0);
    let shared = 0;
    let run = 0;
    let longest = 0;
    for (let i = 0; i < word.length; i++) {
      const at = slot.get(word.charCodeAt(i));
      if (at === undefined) {
        run = 0;
        continue;
      }
      longest = Math.max(longest, ++run);
      if (used[at]! < times[at]!) {
        used[at]!++;
        shared++;
      }
    }
    return shared >= m - d && longest >= MIN_RUN;
  };
}
