import { readArticles } from './article/read-articles.ts';
import { readActorRegistry } from './actors/read-registry.ts';
import { buildDataset } from './build-dataset.ts';
import type { Dataset, ParsedArticle, Warning } from './types.ts';

export interface PipelineOptions {
  articlesDir: string;
  /** The curated actor registry; `content/actors.yaml` when not given. */
  actorsFile?: string;
}

export interface PipelineResult {
  articles: ParsedArticle[];
  dataset: Dataset;
  warnings: Warning[];
}

/** Articles on disk → dataset. Throws `ArticleReadError` (file and reason) on an article it cannot read. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const articles = await readArticles(options.articlesDir);
  const registry = await readActorRegistry(options.actorsFile ?? 'content/actors.yaml');
  return { articles, ...buildDataset(articles, registry) };
}
