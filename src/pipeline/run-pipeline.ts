import { readArticles } from './article/read-articles.ts';
import { readActorRegistry } from './actors/read-registry.ts';
import { buildDataset, type BuildResult } from './build-dataset.ts';
import type { ParsedArticle } from './types.ts';

export interface PipelineOptions {
  articlesDir: string;
  /** The curated actor registry; `content/actors.yaml` when not given. */
  actorsFile?: string;
}

export interface PipelineResult extends BuildResult {
  articles: ParsedArticle[];
}

/** Articles on disk → dataset. Throws `ArticleReadError` (file and reason) on an article it cannot read. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const articles = await readArticles(options.articlesDir);
  const registry = await readActorRegistry(options.actorsFile ?? 'content/actors.yaml');
  return { articles, ...buildDataset(articles, registry) };
}
