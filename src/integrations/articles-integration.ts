import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { runPipeline, type PipelineResult } from '../pipeline/run-pipeline.ts';
import { ARTICLE_FOLDERS, articleFrontmatter, articleText } from '../pipeline/render/article-entry.ts';
import { highlightsByArticle } from '../pipeline/render/highlights.ts';
import { datasetAtBase } from '../pipeline/publish/base-path.ts';
import { reportLines, type BuildReport } from '../pipeline/publish/build-report.ts';
import { codeVersion, type ExtractionCacheOptions } from '../pipeline/extraction-cache.ts';

export interface ArticlesIntegrationOptions {
  /** Folder of `*.txt` articles (and their sidecars). */
  articlesDir: string;
  /** The curated actor registry the pipeline resolves names with (YAML). */
  actorsFile: string;
  /** Where the article entries, the dataset and the build's report are written: build output, never edited by hand. */
  generatedDir: string;
  /** The folder of the host the site is served from (`/` or `/news/wsw/`): the dataset's page paths include it. */
  basePath: string;
  /**
   * Fail the build when any file is not published (`astro build --strict`, and `npm test`): for a
   * newsroom that would rather publish nothing than publish without a story it was sent.
   */
  strict: boolean;
  /** Where each article's extraction is kept between builds (outside the output, which every build empties). */
  extractionCacheDir: string;
}

/** What stops the build: its message is the whole story. */
class BuildStopped extends Error {}

/**
 * Runs the pipeline before Astro syncs its content (in `astro build`, `dev`, `sync`
 * and `check`): each article becomes a content entry, and the dataset is written for
 * the pages and the downloads. In `astro dev` an edited article regenerates its entry.
 */
export function articlesIntegration(options: ArticlesIntegrationOptions): AstroIntegration {
  const articlesDir = path.resolve(options.articlesDir);
  let cache: ExtractionCacheOptions;
  return {
    name: 'who-said-what:articles',
    hooks: {
      'astro:config:setup': async ({ logger, command, config }) => {
        // The extractor is the pipeline's code: any change to it makes every kept extraction stale.
        cache = { dir: options.extractionCacheDir, version: codeVersion([path.join(fileURLToPath(config.root), 'src', 'pipeline')]) };
        try {
          const { skipped } = await generate(options, cache, logger);
          // Strictness is for what is published; a dev server shows the report and carries on.
          if (options.strict && command === 'build' && skipped.length > 0) {
            const count = skipped.length === 1 ? '1 file is' : `${skipped.length} files are`;
            throw new BuildStopped(`--strict: ${count} not published (listed above): fix or remove ${skipped.length === 1 ? 'it' : 'them'}`);
          }
        } catch (error) {
          if (!(error instanceof BuildStopped)) throw error;
          // Thrown, it would come wrapped in Astro's "unhandled error in a hook" and a stack trace: one line says it all.
          logger.error(error.message);
          process.exit(1);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        let queue = Promise.resolve();
        const regenerate = (file: string) => {
          if (path.dirname(path.resolve(file)) !== articlesDir) return;
          queue = queue.then(() =>
            generate(options, cache, logger).then(
              () => undefined,
              (error: Error) => {
                // A folder gone missing must not kill the dev server: say why and keep the last good entries.
                logger.error(error.message);
              },
            ),
          );
        };
        server.watcher.add(articlesDir);
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, regenerate);
      },
    },
  };
}

/** Pipeline → article entries, dataset and report in `generatedDir`; the report is also logged. */
async function generate(options: ArticlesIntegrationOptions, cache: ExtractionCacheOptions, logger: AstroIntegrationLogger): Promise<BuildReport> {
  let result: PipelineResult;
  let rendered: Rendered;
  let leaveOut = new Map<string, string>();
  try {
    // An article whose entry cannot be written is left out like an unreadable one, and the dataset built again without it.
    for (;;) {
      result = await runPipeline({ articlesDir: options.articlesDir, actorsFile: options.actorsFile, leaveOut, extractionCache: cache });
      rendered = renderEntries(result);
      if (rendered.failed.size === 0) break;
      leaveOut = new Map([...leaveOut, ...rendered.failed]);
    }
  } catch (error) {
    // Only a folder that cannot be read at all gets here (`ArticleReadError`): one line, no stack.
    throw new BuildStopped(error instanceof Error ? error.message : String(error));
  }
  for (const folder of Object.values(ARTICLE_FOLDERS)) {
    const dir = path.join(options.generatedDir, folder);
    await mkdir(dir, { recursive: true });
    const files = rendered.files.get(folder)!;
    for (const [file, content] of files) await writeIfChanged(path.join(dir, file), content);
    for (const file of await readdir(dir)) {
      if (!files.has(file)) await rm(path.join(dir, file));
    }
  }
  const { dataset } = result;
  const report: BuildReport = { skipped: result.skipped, warnings: result.warnings };
  await writeIfChanged(path.join(options.generatedDir, 'dataset.json'), `${JSON.stringify(datasetAtBase(dataset, options.basePath), null, 2)}\n`);
  await writeIfChanged(path.join(options.generatedDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  for (const line of reportLines(report, options.articlesDir)) logger[line.level](line.text);
  logger.info(`${result.articles.length} articles published, ${dataset.points.length} points, ${dataset.actors.length} actors`);
  if (result.cache) logger.info(`${result.cache.extracted} articles extracted, ${result.cache.reused} extractions reused (${cache.dir})`);
  return report;
}

interface Rendered {
  /** By folder (`ARTICLE_FOLDERS`), each article's file (JSON) by its name. */
  files: Map<string, Map<string, string>>;
  /** Articles whose entry could not be written, with why. */
  failed: Map<string, string>;
}

function renderEntries(result: PipelineResult): Rendered {
  const facts = new Map<string, string>();
  const texts = new Map<string, string>();
  const rendered: Rendered = {
    files: new Map([
      [ARTICLE_FOLDERS.facts, facts],
      [ARTICLE_FOLDERS.texts, texts],
    ]),
    failed: new Map(),
  };
  const highlights = highlightsByArticle(result.dataset);
  for (const article of result.articles) {
    try {
      const text = `${JSON.stringify(articleText(article, highlights.get(article.id)))}\n`;
      facts.set(`${article.id}.json`, `${JSON.stringify(articleFrontmatter(article))}\n`);
      texts.set(`${article.id}.json`, text);
    } catch (error) {
      rendered.failed.set(article.id, `its page could not be written (${error instanceof Error ? error.message : String(error)}): please report this`);
    }
  }
  return rendered;
}

/** Rewriting an unchanged file would make the dev server reload for nothing. */
async function writeIfChanged(file: string, content: string): Promise<void> {
  const previous = await readFile(file, 'utf8').catch(() => null);
  if (previous !== content) await writeFile(file, content);
}
