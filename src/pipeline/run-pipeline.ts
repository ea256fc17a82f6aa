import { readArticles } from './article/read-articles.ts';
import { duplicateTexts, futureDates } from './article/checks.ts';
import { readActorRegistry } from './actors/read-actor-registry.ts';
import { buildDataset, type BuildResult } from './build-dataset.ts';
import { cachedExtraction, type CacheUse, type ExtractionCacheOptions } from './extraction-cache.ts';
import { extractArticle } from './extract/extract-article.ts';
import type { ParsedArticle, SkippedFile, Warning } from './types.ts';

export interface PipelineOptions {
  articlesDir: string;
  /** The curated actor registry; `content/actors.yaml` when not given. */
  actorsFile?: string | undefined;
  /** The build's day (ISO), against which a publication date is "in the future"; today (UTC) when not given. */
  today?: string;
  /** Articles (by id) to leave out although they can be read, each with the reason: it joins `skipped`. */
  leaveOut?: ReadonlyMap<string, string>;
  /** Keep each article's extraction between runs, and reuse it while the article, registry and extractor are the same. */
  extractionCache?: ExtractionCacheOptions;
}

/** What the build made (its `warnings` with a `not-published` one for each file left out), and from what. */
export interface PipelineResult extends Omit<BuildResult, 'failed'> {
  /** The articles published: those that could be read and extracted. */
  articles: ParsedArticle[];
  /** The files left out, and why. */
  skipped: SkippedFile[];
  /** How many extractions came from the cache, with `extractionCache`. */
  cache?: CacheUse;
}

const withoutExtension = (file: string): string => file.replace(/\.(?:txt|meta\.(?:ya?ml|json))$/, '');

/**
 * Articles on disk → dataset. A file that cannot be read, or that the extractor fails on, is
 * left out and listed in `skipped`; only a folder that cannot be read at all throws
 * (`ArticleReadError`, naming it).
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const read = await readArticles(options.articlesDir);
  const leaveOut = options.leaveOut ?? new Map<string, string>();
  const registry = await readActorRegistry(options.actorsFile ?? 'content/actors.yaml');
  const cache = options.extractionCache ? cachedExtraction(extractArticle, options.extractionCache) : null;
  const built = buildDataset(
    read.articles.filter((a) => !leaveOut.has(a.id)),
    registry,
    cache?.extract,
  );
  const cacheUse = cache?.prune();
  const left = [...leaveOut].map(([article, reason]) => ({ article, reason })).concat(built.failed);
  const failed = new Set(left.map((f) => f.article));
  const articles = read.articles.filter((a) => !failed.has(a.id));
  const skipped = [...read.skipped, ...left.map((f) => ({ file: `${f.article}.txt`, reason: f.reason }))].sort((a, b) => (a.file < b.file ? -1 : 1));
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const warnings: Warning[] = [
    ...skipped.map((s): Warning => ({ article: withoutExtension(s.file), kind: 'not-published', message: `${s.file} is not published: ${s.reason}` })),
    ...read.warnings.filter((w) => !failed.has(w.article)),
    ...futureDates(articles, today),
    ...duplicateTexts(articles),
    ...built.warnings,
  ];
  return { articles, dataset: built.dataset, warnings, statements: built.statements, skipped, ...(cacheUse ? { cache: cacheUse } : {}) };
}
