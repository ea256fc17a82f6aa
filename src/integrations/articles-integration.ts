import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { runPipeline } from '../pipeline/run-pipeline.ts';
import { articleToMdx } from '../pipeline/render/mdx-entry.ts';
import { highlightsFor } from '../pipeline/render/highlights.ts';

export interface ArticlesIntegrationOptions {
  /** Folder of `*.txt` articles (and their sidecars). */
  articlesDir: string;
  /** Where the MDX entries and the dataset are written: build output, never edited by hand. */
  generatedDir: string;
}

/**
 * Runs the pipeline before Astro syncs its content (in `astro build`, `dev`, `sync`
 * and `check`): each article becomes an MDX entry, and the dataset is written for
 * the pages and the downloads. In `astro dev` an edited article regenerates its entry.
 */
export function articlesIntegration(options: ArticlesIntegrationOptions): AstroIntegration {
  const articlesDir = path.resolve(options.articlesDir);
  return {
    name: 'who-said-what:articles',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        await generate(articlesDir, options.generatedDir, logger);
      },
      'astro:server:setup': ({ server, logger }) => {
        let queue = Promise.resolve();
        const regenerate = (file: string) => {
          if (path.dirname(path.resolve(file)) !== articlesDir) return;
          queue = queue.then(() =>
            generate(articlesDir, options.generatedDir, logger).catch((error: Error) => {
              // A half-edited article must not kill the dev server: say why and keep the last good entries.
              logger.error(error.message);
            }),
          );
        };
        server.watcher.add(articlesDir);
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, regenerate);
      },
    },
  };
}

async function generate(articlesDir: string, generatedDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const { articles, dataset, warnings } = await runPipeline({ articlesDir });
  for (const warning of warnings) logger.warn(`${warning.article}: ${warning.message}`);
  const entriesDir = path.join(generatedDir, 'articles');
  await mkdir(entriesDir, { recursive: true });
  const wanted = new Set<string>();
  for (const article of articles) {
    const file = `${article.id}.mdx`;
    wanted.add(file);
    await writeIfChanged(path.join(entriesDir, file), articleToMdx(article, highlightsFor(article.id, dataset)));
  }
  for (const file of await readdir(entriesDir)) {
    if (!wanted.has(file)) await rm(path.join(entriesDir, file));
  }
  await writeIfChanged(path.join(generatedDir, 'dataset.json'), `${JSON.stringify(dataset, null, 2)}\n`);
  await writeIfChanged(path.join(generatedDir, 'warnings.json'), `${JSON.stringify(warnings, null, 2)}\n`);
  logger.info(`${articles.length} articles, ${dataset.points.length} points, ${dataset.actors.length} actors`);
}

/** Rewriting an unchanged file would make the dev server reload for nothing. */
async function writeIfChanged(file: string, content: string): Promise<void> {
  const previous = await readFile(file, 'utf8').catch(() => null);
  if (previous !== content) await writeFile(file, content);
}
