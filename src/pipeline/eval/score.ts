/**
 * Scores a dataset against gold annotations. Pure: no files, no clock.
 *
 * Only sources of articles that have a gold file are scored; the rest are counted as
 * `unscoredSources` so that a missing gold file cannot pass for perfect precision.
 */
import type { Dataset, Point } from '../types.ts';
import {
  addresseesAreCorrect,
  dateIsCorrect,
  describeActor,
  describeRange,
  indexActors,
  speakerIsCorrect,
  type ActorIndex,
} from './checks.ts';
import type { GoldArticle, GoldStatement } from './gold.ts';
import { pairStatements, type PredictedSource } from './match.ts';
import { overlap, tokenize } from './text.ts';

/** A predicted quote is a noise violation when it and a noise string are mostly the same tokens. */
export const NOISE_THRESHOLD = 0.6;

export interface Counts {
  predicted: number;
  matchedPredicted: number;
  gold: number;
  matchedGold: number;
  goldDirect: number;
  matchedGoldDirect: number;
  speakerChecked: number;
  speakerCorrect: number;
  addresseesChecked: number;
  addresseesCorrect: number;
  datesChecked: number;
  datesCorrect: number;
  noiseViolations: number;
  articleDatesChecked: number;
  articleDatesCorrect: number;
}

export interface MergeCounts {
  /** Pairs of gold statements in different articles sharing a `same` key. */
  pairs: number;
  /** Of those, pairs whose two statements were both matched. */
  bothMatched: number;
  /** Of those, pairs matched to sources of one predicted point. */
  merged: number;
  /** Predicted points whose sources match gold statements that are not the same act. */
  wrongMerges: number;
}

export interface GoldRef {
  article: string;
  id: string;
  words: string;
}

export interface Miss extends GoldRef {
  direct: boolean;
  speaker: string[] | null;
}

export interface FalsePositive {
  point: string;
  speaker: string;
  quote: string;
  excerpt: string;
}

export interface Mismatch extends GoldRef {
  point: string;
  expected: string;
  got: string;
}

export interface NoiseViolation {
  point: string;
  quote: string;
  noise: string;
}

export interface ArticleReport {
  article: string;
  counts: Counts;
  articleDate: { expected: string | null; got: string | null | 'missing' };
  misses: Miss[];
  falsePositives: FalsePositive[];
  wrongSpeakers: Mismatch[];
  wrongAddressees: Mismatch[];
  wrongDates: Mismatch[];
  noise: NoiseViolation[];
}

export interface MergeReport {
  counts: MergeCounts;
  /** Keyed pairs that were both matched but ended up in different points. */
  missed: { key: string; a: GoldRef; b: GoldRef; points: [string, string] }[];
  wrong: { point: string; statements: (GoldRef & { same: string | null })[] }[];
}

export interface EvalReport {
  counts: Counts;
  merges: MergeReport;
  articles: ArticleReport[];
  /** Sources of articles without a gold file: not scored. */
  unscoredSources: number;
}

export function emptyCounts(): Counts {
  return {
    predicted: 0,
    matchedPredicted: 0,
    gold: 0,
    matchedGold: 0,
    goldDirect: 0,
    matchedGoldDirect: 0,
    speakerChecked: 0,
    speakerCorrect: 0,
    addresseesChecked: 0,
    addresseesCorrect: 0,
    datesChecked: 0,
    datesCorrect: 0,
    noiseViolations: 0,
    articleDatesChecked: 0,
    articleDatesCorrect: 0,
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  const sum = emptyCounts();
  for (const key of Object.keys(sum) as (keyof Counts)[]) sum[key] = a[key] + b[key];
  return sum;
}

interface Matched {
  gold: GoldStatement;
  article: string;
  predicted: PredictedSource;
}

export function scoreDataset(dataset: Dataset, gold: readonly GoldArticle[]): EvalReport {
  const actors = indexActors(dataset.actors);
  const goldArticles = new Set(gold.map((g) => g.article));
  const byArticle = new Map<string, PredictedSource[]>();
  let unscoredSources = 0;
  for (const point of dataset.points) {
    point.sources.forEach((source, index) => {
      if (!goldArticles.has(source.article)) {
        unscoredSources += 1;
        return;
      }
      const list = byArticle.get(source.article) ?? [];
      list.push({ key: `${point.id}#${index}`, point, source });
      byArticle.set(source.article, list);
    });
  }

  const matched: Matched[] = [];
  const articles = gold.map((g) => {
    const report = scoreArticle(g, byArticle.get(g.article) ?? [], dataset, actors);
    matched.push(...report.matched);
    return report.report;
  });

  return {
    counts: articles.reduce((sum, a) => addCounts(sum, a.counts), emptyCounts()),
    merges: scoreMerges(gold, matched),
    articles,
    unscoredSources,
  };
}

function scoreArticle(
  gold: GoldArticle,
  predicted: PredictedSource[],
  dataset: Dataset,
  actors: ActorIndex,
): { report: ArticleReport; matched: Matched[] } {
  const noiseOf = predicted.map((p) => findNoise(p.source.quote, gold.noise));
  const pairs = pairStatements(gold.statements, predicted, {
    isNoise: (q) => noiseOf[q] !== null,
    speakerAgrees: (g, q) => {
      const statement = gold.statements[g];
      const p = predicted[q];
      return statement !== undefined && p !== undefined && speakerIsCorrect(statement, p.point, actors);
    },
  });

  const counts = emptyCounts();
  const report: ArticleReport = {
    article: gold.article,
    counts,
    articleDate: articleDate(gold, dataset),
    misses: [],
    falsePositives: [],
    wrongSpeakers: [],
    wrongAddressees: [],
    wrongDates: [],
    noise: [],
  };
  counts.predicted = predicted.length;
  counts.gold = gold.statements.length;
  counts.goldDirect = gold.statements.filter((s) => s.direct).length;
  counts.articleDatesChecked = 1;
  counts.articleDatesCorrect = report.articleDate.got === gold.articleDate ? 1 : 0;

  const matched: Matched[] = [];
  const pairedGold = new Map(pairs.map((p) => [p.gold, p.predicted]));
  const pairedPredicted = new Set(pairs.map((p) => p.predicted));

  gold.statements.forEach((statement, g) => {
    const ref = { article: gold.article, id: statement.id, words: statement.words };
    const q = pairedGold.get(g);
    const p = q === undefined ? undefined : predicted[q];
    if (!p) {
      report.misses.push({ ...ref, direct: statement.direct, speaker: statement.speaker });
      return;
    }
    matched.push({ gold: statement, article: gold.article, predicted: p });
    counts.matchedGold += 1;
    if (statement.direct) counts.matchedGoldDirect += 1;
    const point = p.point;

    counts.speakerChecked += 1;
    if (speakerIsCorrect(statement, point, actors)) counts.speakerCorrect += 1;
    else report.wrongSpeakers.push({ ...ref, point: point.id, expected: names(statement.speaker), got: describeActor(point.speaker, actors) });

    if (statement.addressees.length > 0) {
      counts.addresseesChecked += 1;
      if (addresseesAreCorrect(statement, point, actors)) counts.addresseesCorrect += 1;
      else {
        report.wrongAddressees.push({
          ...ref,
          point: point.id,
          expected: statement.addressees.map((a) => names(a)).join('; '),
          got: point.addressees.length === 0 ? 'none' : point.addressees.map((id) => describeActor(id, actors)).join('; '),
        });
      }
    }

    counts.datesChecked += 1;
    if (dateIsCorrect(statement, point)) counts.datesCorrect += 1;
    else {
      report.wrongDates.push({
        ...ref,
        point: point.id,
        expected: `${describeRange(statement.date, statement.dateEnd)} (${statement.precision})`,
        got: `${describeRange(point.date, point.dateEnd)} (${point.datePrecision})`,
      });
    }
  });

  predicted.forEach((p, q) => {
    if (pairedPredicted.has(q)) {
      counts.matchedPredicted += 1;
      return;
    }
    report.falsePositives.push({
      point: p.point.id,
      speaker: describeActor(p.point.speaker, actors),
      quote: p.source.quote,
      excerpt: p.source.excerpt,
    });
    const noise = noiseOf[q];
    if (noise != null) {
      counts.noiseViolations += 1;
      report.noise.push({ point: p.point.id, quote: p.source.quote, noise });
    }
  });

  return { report, matched };
}

function findNoise(quote: string, noise: readonly string[]): string | null {
  const tokens = tokenize(quote);
  if (tokens.length === 0) return null;
  for (const candidate of noise) {
    if (overlap(tokenize(candidate), tokens).dice >= NOISE_THRESHOLD) return candidate;
  }
  return null;
}

function articleDate(gold: GoldArticle, dataset: Dataset): ArticleReport['articleDate'] {
  const article = dataset.articles.find((a) => a.id === gold.article);
  return { expected: gold.articleDate, got: article ? article.date : 'missing' };
}

function scoreMerges(gold: readonly GoldArticle[], matched: readonly Matched[]): MergeReport {
  const pointOf = new Map<GoldStatement, Point>(matched.map((m) => [m.gold, m.predicted.point]));
  const report: MergeReport = { counts: { pairs: 0, bothMatched: 0, merged: 0, wrongMerges: 0 }, missed: [], wrong: [] };

  const keyed = new Map<string, { article: string; statement: GoldStatement }[]>();
  for (const g of gold) {
    for (const statement of g.statements) {
      if (statement.same === undefined) continue;
      const list = keyed.get(statement.same) ?? [];
      list.push({ article: g.article, statement });
      keyed.set(statement.same, list);
    }
  }
  for (const [key, list] of keyed) {
    list.forEach((a, i) => {
      for (const b of list.slice(i + 1)) {
        if (a.article === b.article) continue;
        report.counts.pairs += 1;
        const pa = pointOf.get(a.statement);
        const pb = pointOf.get(b.statement);
        if (!pa || !pb) continue;
        report.counts.bothMatched += 1;
        if (pa.id === pb.id) report.counts.merged += 1;
        else report.missed.push({ key, a: refOf(a.article, a.statement), b: refOf(b.article, b.statement), points: [pa.id, pb.id] });
      }
    });
  }

  const byPoint = new Map<string, Matched[]>();
  for (const m of matched) {
    const list = byPoint.get(m.predicted.point.id) ?? [];
    list.push(m);
    byPoint.set(m.predicted.point.id, list);
  }
  for (const [point, list] of byPoint) {
    if (list.length < 2) continue;
    const first = list[0]?.gold.same;
    const sameAct = first !== undefined && list.every((m) => m.gold.same === first);
    if (sameAct) continue;
    report.counts.wrongMerges += 1;
    report.wrong.push({ point, statements: list.map((m) => ({ ...refOf(m.article, m.gold), same: m.gold.same ?? null })) });
  }
  return report;
}

function refOf(article: string, statement: GoldStatement): GoldRef {
  return { article, id: statement.id, words: statement.words };
}

function names(list: readonly string[] | null): string {
  return list === null ? 'unknown speaker' : list.join(' / ');
}

export interface CorpusReport {
  name: string;
  report: EvalReport;
}

/** Several corpora scored separately (each is its own pipeline run) and summed. */
export interface CombinedReport {
  counts: Counts;
  merges: MergeCounts;
  unscoredSources: number;
  corpora: CorpusReport[];
}

export function combineReports(corpora: readonly CorpusReport[]): CombinedReport {
  const merges: MergeCounts = { pairs: 0, bothMatched: 0, merged: 0, wrongMerges: 0 };
  for (const { report } of corpora) {
    for (const key of Object.keys(merges) as (keyof MergeCounts)[]) merges[key] += report.merges.counts[key];
  }
  return {
    counts: corpora.reduce((sum, c) => addCounts(sum, c.report.counts), emptyCounts()),
    merges,
    unscoredSources: corpora.reduce((sum, c) => sum + c.report.unscoredSources, 0),
    corpora: [...corpora],
  };
}
