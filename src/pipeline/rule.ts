/**
 * A rule of the extractor is a declared, named unit: what it matches, and the
 * sentences it exists for — those it must fire on and the near misses it must not.
 * Every rule in `rules/` is one of these; one table-driven test runs all their
 * examples, and `npm run extract -- --explain` names the rules behind each statement.
 */

export interface Rule {
  /** Unique and stable, its concern first: "cue.quoted-as-saying". */
  name: string;
  /** What it matches or decides, in words a journalist can check. */
  what: string;
  /**
   * Texts (one sentence, or paragraphs a blank line apart) on which it must fire.
   * A rule that only prevents a mistake fires when it prevents it.
   */
  fires: readonly string[];
  /** Texts on which it must not fire: the near misses it was written against. */
  doesNotFire?: readonly string[];
}

/** A rule that is a regular expression. */
export interface PatternRule extends Rule {
  pattern: RegExp;
  /** A quick test that a text holds what `pattern` needs at all (no look-behind, no Unicode classes): the pattern is tried only then. */
  needs?: RegExp;
}

/** Whether `rule`'s pattern is worth trying on `text` (its `needs`, if any, found there). */
export const worthTrying = (rule: PatternRule, text: string): boolean => !rule.needs || rule.needs.test(text);

/** The firings being collected, when something asked to watch (the rule test, `--explain`). */
let watching: Set<string> | null = null;

/**
 * Notes that `r` decided something: into `why` (what the statement will explain itself by),
 * and into the firings being watched, if any.
 */
export function fire(r: Rule, why?: string[]): void {
  why?.push(r.name);
  watching?.add(r.name);
}

/** Runs `work` and returns the names of every rule that fired during it, with its result. */
export function watchFirings<T>(work: () => T): { result: T; fired: ReadonlySet<string> } {
  const outer = watching;
  const fired = new Set<string>();
  watching = fired;
  try {
    return { result: work(), fired };
  } finally {
    watching = outer;
  }
}
