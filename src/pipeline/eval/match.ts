/**
 * Pairs gold statements with predicted sources by their words, one to one.
 *
 * Rule (documented in GUIDELINES.md and the eval report):
 * - both sides are normalised and tokenised (`text.ts`);
 * - score = shared tokens / the shorter side, so an extraction that quotes more or less of
 *   the same passage still matches;
 * - a pair counts only when score >= MATCH_THRESHOLD (0.6) and the two share at least three
 *   content tokens, or every content token of a gold text that has fewer than three
 *   (a two-word partial quote such as "initial reactions" must be there whole);
 * - for indirect gold, a source whose quote is too short to match (under three content tokens)
 *   is compared through its excerpt instead, since its reported content may live there;
 * - pairs are taken greedily, best score first; ties go to quote over excerpt, to sources that
 *   are not noise, to the right speaker, then to the closer length (Dice).
 */
import type { Point, Source } from '../types.ts';
import type { GoldStatement } from './gold.ts';
import { isContentToken, overlap, tokenize } from './text.ts';

export const MATCH_THRESHOLD = 0.6;
const MIN_SHARED_CONTENT = 3;

export interface PredictedSource {
  /** Position in the dataset ("pointId#sourceIndex"), stable for reporting. */
  key: string;
  point: Point;
  source: Source;
}

export interface WordsMatch {
  score: number;
  dice: number;
  via: 'quote' | 'excerpt';
}

export interface Pairing {
  gold: number;
  predicted: number;
  match: WordsMatch;
}

/** How well one text reproduces the gold words, or null when a reader would not call it the same. */
function compareWords(goldWords: string, predicted: string): { score: number; dice: number } | null {
  const gold = tokenize(goldWords);
  const candidate = tokenize(predicted);
  if (gold.length === 0 || candidate.length === 0) return null;
  const o = overlap(gold, candidate);
  if (o.containment < MATCH_THRESHOLD) return null;
  const needed = o.goldContent === 0 ? null : Math.min(MIN_SHARED_CONTENT, o.goldContent);
  const enough = needed === null ? o.shared === gold.length : o.sharedContent >= needed;
  return enough ? { score: o.containment, dice: o.dice } : null;
}

function matchSource(gold: GoldStatement, predicted: Source): WordsMatch | null {
  const byQuote = compareWords(gold.words, predicted.quote);
  if (byQuote) return { ...byQuote, via: 'quote' };
  if (gold.direct) return null;
  const quoteContent = tokenize(predicted.quote).filter(isContentToken).length;
  if (quoteContent >= MIN_SHARED_CONTENT) return null;
  const byExcerpt = compareWords(gold.words, predicted.excerpt);
  return byExcerpt ? { ...byExcerpt, via: 'excerpt' } : null;
}

export interface PairingHints {
  /** True when the predicted source's quote is one of the article's noise strings. */
  isNoise(predicted: number): boolean;
  /** True when the predicted point's speaker is acceptable for the gold statement. */
  speakerAgrees(gold: number, predicted: number): boolean;
}

/** Greedy one-to-one assignment over all acceptable pairs, best first. */
export function pairStatements(gold: readonly GoldStatement[], predicted: readonly PredictedSource[], hints: PairingHints): Pairing[] {
  interface Candidate extends Pairing {
    noise: boolean;
    speaker: boolean;
  }
  const candidates: Candidate[] = [];
  gold.forEach((statement, g) => {
    predicted.forEach((p, q) => {
      const match = matchSource(statement, p.source);
      if (match) candidates.push({ gold: g, predicted: q, match, noise: hints.isNoise(q), speaker: hints.speakerAgrees(g, q) });
    });
  });
  candidates.sort(
    (a, b) =>
      b.match.score - a.match.score ||
      Number(a.match.via === 'excerpt') - Number(b.match.via === 'excerpt') ||
      Number(a.noise) - Number(b.noise) ||
      Number(b.speaker) - Number(a.speaker) ||
      b.match.dice - a.match.dice ||
      a.gold - b.gold ||
      a.predicted - b.predicted,
  );
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: Pairing[] = [];
  for (const c of candidates) {
    if (usedGold.has(c.gold) || usedPredicted.has(c.predicted)) continue;
    usedGold.add(c.gold);
    usedPredicted.add(c.predicted);
    pairs.push({ gold: c.gold, predicted: c.predicted, match: c.match });
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}
