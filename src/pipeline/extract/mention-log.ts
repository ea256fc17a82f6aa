/**
 * The mentions an article has made so far, in text order, with the lookups the
 * resolver needs answered in logarithmic time: the mentions in a stretch of text,
 * the last one before a place that passes a test, the last person of a surname.
 * (Filtering and re-sorting the whole list on every question made a long article
 * cost the square of its length.)
 */
import type { Actor } from '../types.ts';
import { transliterationKey } from '../actors/names.ts';
import type { MentionInfo } from './mention.ts';

/**
 * How far back, in characters, a role noun or a pronoun may look for what it names. News
 * refers back a few paragraphs, not a book's length; without a bound, every "the minister"
 * in a 5 MB transcript would read every mention before it. The longest article in the
 * annotated corpus is a third of this, so no article of ordinary length feels the bound.
 */
export const REFERENCE_WINDOW = 100_000;

export interface Entry {
  at: number;
  actor: Actor;
  info: MentionInfo;
  speaker: boolean;
}

const surnameKeys = new Map<string, string>();

/** The key the last word of a name is compared by, worked out once per name. */
function surnameKey(name: string): string {
  let key = surnameKeys.get(name);
  if (key === undefined) {
    key = transliterationKey(name.split(' ').at(-1)!);
    surnameKeys.set(name, key);
  }
  return key;
}

export class MentionLog {
  readonly #entries: Entry[] = [];
  /** People named in full, by the key of their surname: what a surname alone points back to. */
  readonly #bySurname = new Map<string, Entry[]>();
  #longest = 0;

  add(entry: Entry): void {
    insertInOrder(this.#entries, entry);
    this.#longest = Math.max(this.#longest, entry.info.text.length);
    const words = entry.actor.name.split(' ');
    if (entry.actor.kind === 'person' && words.length > 1) {
      const key = surnameKey(entry.actor.name);
      const bucket = this.#bySurname.get(key) ?? [];
      insertInOrder(bucket, entry);
      this.#bySurname.set(key, bucket);
    }
  }

  /** Mentions starting in [from, to), in text order. */
  between(from: number, to: number): Entry[] {
    return this.#entries.slice(firstAtOrAfter(this.#entries, from), firstAtOrAfter(this.#entries, to));
  }

  /** The last mention at or before `at`, within the reference window, that passes `test`. */
  last(at: number, test: (e: Entry) => boolean): Entry | undefined {
    return lastPassing(this.#entries, at, test, at - REFERENCE_WINDOW);
  }

  /** Whether a mention already recorded covers the offset `at`. */
  covers(at: number): boolean {
    const from = firstAtOrAfter(this.#entries, at - this.#longest);
    for (let i = from; i < this.#entries.length && this.#entries[i]!.at <= at; i++) {
      const e = this.#entries[i]!;
      if (at < e.at + e.info.text.length) return true;
    }
    return false;
  }

  /** The last person named in full at or before `at` whose surname folds to `key` and who passes `test`. */
  lastWithSurname(key: string, at: number, test: (e: Entry) => boolean): Entry | undefined {
    const bucket = this.#bySurname.get(key);
    return bucket ? lastPassing(bucket, at, test) : undefined;
  }
}

/** A surname points back to its full name however far: the window bounds only the scan of every mention. */
function lastPassing(entries: readonly Entry[], at: number, test: (e: Entry) => boolean, from = -Infinity): Entry | undefined {
  for (let i = firstAtOrAfter(entries, at + 1) - 1; i >= 0 && entries[i]!.at >= from; i--) {
    if (test(entries[i]!)) return entries[i];
  }
  return undefined;
}

/** Index of the first entry with `at >= offset`, in a list sorted by `at`. */
export function firstAtOrAfter(entries: readonly { at: number }[], offset: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entries[mid]!.at < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** After every entry at the same offset: the order a stable sort by offset would give. */
function insertInOrder(entries: Entry[], entry: Entry): void {
  entries.splice(firstAtOrAfter(entries, entry.at + 1), 0, entry);
}
