/**
 * Invented words, and terms typed for them with slips, for the tests that hold a faster way
 * of searching to the plain one: drawn from few letters, so that near misses are many, and
 * seeded, so that every run reads the same ones.
 */
import { random } from '../../scripts/bench/generate.ts';

/** A few letters, accented and plain, and the marks names carry inside words. */
const LETTERS = ['a', 'e', 'o', 'l', 'v', 'r', 's', 't', 'n', 'k', 'é', 'ø', "'", '-', '.'];

export interface Invention {
  /** A word of `min` to `max` letters. */
  word(min: number, max: number): string;
  /** `text` typed with up to `slips` letters wrong, missing, extra or swapped. */
  misspelt(text: string, slips: number): string;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
  /** A whole number from 0 to n − 1. */
  below(n: number): number;
}

export function invention(seed: number): Invention {
  const rand = random(seed);
  const below = (n: number): number => Math.floor(rand() * n);
  const pick = <T>(list: readonly T[]): T => list[below(list.length)]!;
  const letter = (): string => (rand() < 0.85 ? pick(LETTERS.slice(0, 10)) : pick(LETTERS));
  return {
    word: (min, max) => Array.from({ length: min + below(max - min + 1) }, letter).join(''),
    misspelt: (text, slips) => {
      let typed = text;
      for (let n = below(slips + 1); n > 0; n--) {
        const at = below(typed.length);
        const slip = below(4);
        if (slip === 0) typed = typed.slice(0, at) + letter() + typed.slice(at + 1);
        else if (slip === 1 && typed.length > 1) typed = typed.slice(0, at) + typed.slice(at + 1);
        else if (slip === 2) typed = typed.slice(0, at) + letter() + typed.slice(at);
        else typed = typed.slice(0, at) + typed.charAt(at + 1) + typed.charAt(at) + typed.slice(at + 2);
      }
      return typed;
    },
    pick,
    chance: (p) => rand() < p,
    below,
  };
}
