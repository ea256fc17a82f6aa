import type { Actor, Dataset, DatasetArticle, ParsedArticle, Point, RegistryActor, Warning } from './types.ts';
import { UNKNOWN_ACTOR } from './actors/directory.ts';
import { linkActors } from './actors/link-actors.ts';
import { extractArticle } from './extract/extract-article.ts';
import { groupStatements } from './points/merge.ts';
import { linkReplies } from './points/reply-links.ts';
import { toPoint } from './points/to-point.ts';
import type { ExplainedStatement } from './explain.ts';

export interface BuildResult {
  dataset: Dataset;
  warnings: Warning[];
  /** Every statement extracted, in reading order, with the id of the point it became: what `--explain` prints. */
  statements: ExplainedStatement[];
  /** Articles the extractor failed on, left out of the dataset so that the others are published. */
  failed: Array<{ article: string; reason: string }>;
}

const articlePath = (id: string): string => `/articles/${id}/`;
const actorPath = (id: string): string => `/actors/${id}/`;

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Reading order: older articles first, so the first report of an act leads its point. */
function readingOrder(articles: readonly ParsedArticle[]): ParsedArticle[] {
  return [...articles].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || byId(a, b));
}

/** Sorted by date, then id; undated points last (DATASET.md). */
function pointOrder(a: Point, b: Point): number {
  if (a.date === null || b.date === null) return a.date === b.date ? byId(a, b) : a.date === null ? 1 : -1;
  return a.date.localeCompare(b.date) || byId(a, b);
}

/** Two different acts can share day, speaker and opening words: the later in reading order gets a suffix. */
function uniqueIds(points: Point[]): Point[] {
  const seen = new Map<string, number>();
  return points.map((p) => {
    const n = (seen.get(p.id) ?? 0) + 1;
    seen.set(p.id, n);
    if (n === 1) return p;
    const id = `${p.id}-${n}`;
    return { ...p, id, path: p.path.replace(/[^/]+\/$/, `${id}/`) };
  });
}

function toDatasetArticle(a: ParsedArticle): DatasetArticle {
  return { id: a.id, title: a.title, outlet: a.outlet, date: a.date, dateSource: a.dateSource, url: a.url, path: articlePath(a.id) };
}

/**
 * Parsed articles → the dataset of DATASET.md. Pure: the same input gives the same output.
 * An article the extractor fails on is left out and named in `failed`: one article's
 * surprise must not keep the others from being published.
 */
export function buildDataset(
  articles: readonly ParsedArticle[],
  registry: readonly RegistryActor[],
  // The one place an article is read on its own: where the extraction cache steps in (extraction-cache.ts).
  extract: typeof extractArticle = extractArticle,
): BuildResult {
  const warnings: Warning[] = [];
  const failed: BuildResult['failed'] = [];
  const published: ParsedArticle[] = [];
  const extractions = readingOrder(articles).flatMap((article) => {
    let extraction: ReturnType<typeof extractArticle>;
    try {
      extraction = extract(article, registry);
    } catch (error) {
      failed.push({
        article: article.id,
        reason: `the extractor failed on it (${error instanceof Error ? error.message : String(error)}): please report this`,
      });
      return [];
    }
    if (article.date === null) {
      warnings.push({ article: article.id, kind: 'undated-article', message: 'no publication date (give one in a sidecar): its statements are undated' });
    }
    published.push(article);
    warnings.push(...extraction.warnings);
    return [extraction];
  });
  const cast = linkActors(extractions, registry);
  const statements = cast.statements;
  const days = new Map(published.map((a) => [a.id, a.date]));
  const groups = groupStatements(statements, (id) => days.get(id) ?? null);
  const identified = uniqueIds(groups.map((g) => toPoint(g.statements)));
  const pointOf = new Map(groups.flatMap((g, i) => g.statements.map((s) => [s, identified[i]!.id] as const)));
  const points = linkReplies(
    identified.map((point, i) => ({ point, statements: groups[i]!.statements })),
    (id) => days.get(id) ?? null,
  ).sort(pointOrder);
  const used = new Set(points.flatMap((p) => [p.speaker, ...p.addressees]));
  const actors: Actor[] = cast.actors
    .filter((a) => used.has(a.id))
    // Every actor but the unresolved speaker, who is no one, has a page.
    .map((a) => ({ ...a, aliases: [...a.aliases], ...(a.id === UNKNOWN_ACTOR.id ? {} : { path: actorPath(a.id) }) }))
    .sort(byId);
  return {
    dataset: {
      format: 1,
      builtFrom: { articles: published.map((a) => a.id).sort() },
      actors,
      articles: [...published].sort(byId).map(toDatasetArticle),
      points,
    },
    warnings,
    statements: statements.map((statement) => ({ statement, point: pointOf.get(statement)! })),
    failed: failed.sort((a, b) => (a.article < b.article ? -1 : 1)),
  };
}
