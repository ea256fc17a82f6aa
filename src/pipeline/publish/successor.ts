/**
 * What became of a published id that the current build no longer has: the point
 * it became (its link then redirects there), or why there is none (its page says so).
 */
import type { Dataset, Point } from '../types.ts';
import { contentWords, overlap } from '../content-words.ts';
import { pointWords } from './point-words.ts';
import type { IdRegistry, PublishedPoint, PublishedSource } from './id-registry.ts';

/** Two reports in one article are the same report, moved by an edit of the text, when their words coincide this much. */
const SAME_REPORT_OVERLAP = 0.8;
/** Word overlap for "the same words by the same speaker" (as in merging: half the content words). */
const SAME_WORDS_OVERLAP = 0.5;
/** Fewer shared content words than this is too little evidence, whatever the ratio. */
const MIN_SHARED_WORDS = 3;

export type Retired =
  | {
      id: string;
      kind: 'moved';
      to: Point;
      /** `same-source`: the successor is reported by the same sentence; `same-words`: by the same speaker in like words. */
      because: 'same-source' | 'same-words';
    }
  | {
      id: string;
      kind: 'removed';
      /** `articles-gone`: none of its articles is in the collection any more; `not-found`: they are, but no longer yield it. */
      because: 'articles-gone' | 'not-found';
      /** Its articles that are still in the collection. */
      articles: string[];
    };

function enoughShared(a: readonly string[], b: readonly string[], ratio: number): boolean {
  const shared = new Set(a.filter((w) => b.includes(w))).size;
  return shared >= Math.min(MIN_SHARED_WORDS, new Set(a).size, new Set(b).size) && overlap(a, b) >= ratio;
}

/** The same report: same article, and the sentences overlap, or (the text was edited) the words coincide. */
function sameReport(published: PublishedSource, point: Point): boolean {
  const words = contentWords(published.words);
  return point.sources.some(
    (s) =>
      s.article === published.article &&
      ((s.offset < published.offset + published.length && published.offset < s.offset + s.excerpt.length) ||
        enoughShared(words, contentWords(s.quote), SAME_REPORT_OVERLAP)),
  );
}

interface Candidate {
  point: Point;
  sharedSources: number;
  words: number;
  sameSpeaker: boolean;
}

/** Most shared reports first, then closest words, then the same speaker; the id breaks ties so every build agrees. */
function better(a: Candidate, b: Candidate): boolean {
  if (a.sharedSources !== b.sharedSources) return a.sharedSources > b.sharedSources;
  if (a.words !== b.words) return a.words > b.words;
  if (a.sameSpeaker !== b.sameSpeaker) return a.sameSpeaker;
  return a.point.id < b.point.id;
}

function best(candidates: readonly Candidate[]): Candidate | null {
  return candidates.reduce<Candidate | null>((top, c) => (top === null || better(c, top) ? c : top), null);
}

/** The current point a published one became, and why it is that one; null when nothing in the build is it. */
export function successorOf(published: PublishedPoint, dataset: Dataset): { to: Point; because: 'same-source' | 'same-words' } | null {
  const words = contentWords(published.words);
  const candidates = dataset.points.map((point) => ({
    point,
    sharedSources: published.sources.filter((s) => sameReport(s, point)).length,
    words: overlap(words, contentWords(pointWords(point))),
    sameSpeaker: point.speaker === published.speaker,
  }));
  const bySource = best(candidates.filter((c) => c.sharedSources > 0));
  if (bySource) return { to: bySource.point, because: 'same-source' };
  const byWords = best(candidates.filter((c) => c.sameSpeaker && enoughShared(words, contentWords(pointWords(c.point)), SAME_WORDS_OVERLAP)));
  return byWords ? { to: byWords.point, because: 'same-words' } : null;
}

/** Every published id the dataset no longer has, with its successor or the reason it has none; in id order. */
export function retiredIds(registry: IdRegistry, dataset: Dataset): Retired[] {
  const current = new Set(dataset.points.map((p) => p.id));
  const present = new Set(dataset.builtFrom.articles);
  return Object.keys(registry.points)
    .filter((id) => !current.has(id))
    .sort()
    .map((id): Retired => {
      const published = registry.points[id]!;
      const successor = successorOf(published, dataset);
      if (successor) return { id, kind: 'moved', ...successor };
      const articles = [...new Set(published.sources.map((s) => s.article))].filter((a) => present.has(a));
      return { id, kind: 'removed', because: articles.length === 0 ? 'articles-gone' : 'not-found', articles };
    });
}
