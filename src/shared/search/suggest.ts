/**
 * What to offer when a query finds nothing: a spelling the index knows (the
 * closest name or word by edit distance), else a broader query (no quotes or
 * operators, or without the words that match nothing). Every suggestion offered
 * has been run and finds something.
 */
import type { SearchEngine } from './engine.ts';
import { formatQuery, parseQuery, type Term } from './query.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface Suggestion {
  query: string;
  /** `spelling`: a term replaced by a known name or word; `broader`: terms loosened or dropped. */
  reason: 'spelling' | 'broader';
}

/** Levenshtein distance, or `max + 1` as soon as it is certain to exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Edits a term of this many letters may be away from a suggestion: about one in three. */
const allowedEdits = (length: number): number => Math.max(1, Math.floor(length / 3));

/**
 * The known spelling closest to `folded`, as it is shown: names first (people search
 * for people), then words; among equals, the shorter and then the alphabetically
 * first, so that the answer does not depend on the index's order.
 */
export function closestSpelling(folded: string, vocabulary: Vocabulary): string | null {
  const max = allowedEdits(folded.length);
  for (const pool of [vocabulary.names, vocabulary.words]) {
    let best: string | null = null;
    let bestDistance = max + 1;
    for (const candidate of pool.keys()) {
      if (candidate === folded) continue;
      const distance = editDistance(folded, candidate, Math.min(max, bestDistance));
      if (
        distance < bestDistance ||
        (distance === bestDistance && best !== null && (candidate.length < best.length || (candidate.length === best.length && candidate < best)))
      ) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best !== null && bestDistance <= max) return pool.get(best) ?? best;
  }
  return null;
}

type Candidate = readonly Pick<Term, 'kind' | 'text'>[];

export function suggest(engine: SearchEngine, terms: readonly Term[]): Suggestion | null {
  // A misspelling: each term that finds nothing on its own, respelt as the closest known name or word.
  const respell = (candidate: readonly Term[]): Candidate | null => {
    let changed = false;
    const respelt = candidate.map((term) => {
      if (term.text.includes(' ') || engine.matchesAnything(term)) return term;
      const spelling = closestSpelling(term.folded, engine.vocabulary());
      if (spelling === null) return term;
      changed = true;
      return { kind: term.kind, text: spelling };
    });
    return changed ? respelt : null;
  };
  // Too exact: the same words, fuzzy and one by one.
  const loose = terms.some((term) => term.kind !== 'fuzzy' || term.text.includes(' '))
    ? parseQuery(terms.flatMap((term) => term.text.split(' ')).join(' '))
    : null;
  // Too many words: the loosest query so far less one of its words, the last first.
  const base = loose ?? terms;
  const fewer = base.length > 1 ? base.map((_, i) => base.filter((_, j) => j !== base.length - 1 - i)) : [];

  const candidates: { terms: Candidate | null; reason: Suggestion['reason'] }[] = [
    { terms: respell(terms), reason: 'spelling' },
    { terms: loose, reason: 'broader' },
    { terms: loose && respell(loose), reason: 'spelling' },
    ...fewer.map((candidate) => ({ terms: candidate, reason: 'broader' as const })),
  ];
  for (const { terms: candidate, reason } of candidates) {
    if (!candidate || candidate.length === 0) continue;
    const query = formatQuery(candidate);
    if (engine.count(query) > 0) return { query, reason };
  }
  return null;
}
