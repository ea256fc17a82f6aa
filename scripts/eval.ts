/**
 * npm run eval [-- --verbose] [--json]
 *
 * Runs the pipeline over each annotated corpus and scores the result against its gold files
 * (test/fixtures/eval/GUIDELINES.md). It reports and never gates: the exit code is 0 whatever
 * the scores, and non-zero only when the gold itself is broken or names an unknown article.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { runPipeline } from '../src/pipeline/run-pipeline.ts';
import { checkGoldAgainstCorpus, listArticles, loadGoldDir } from '../src/pipeline/eval/corpus.ts';
import { formatReport } from '../src/pipeline/eval/format-report.ts';
import { GoldError, type GoldArticle } from '../src/pipeline/eval/gold.ts';
import { combineReports, scoreDataset, type CorpusReport } from '../src/pipeline/eval/score.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

const CORPORA = [
  { name: 'seeds', articlesDir: join(root, 'content/articles'), goldDir: join(root, 'test/fixtures/eval/seeds') },
  { name: 'novel', articlesDir: join(root, 'test/fixtures/eval/novel'), goldDir: join(root, 'test/fixtures/eval/novel') },
];

const USAGE = 'usage: npm run eval [-- --verbose] [--json]';

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--verbose' && a !== '--json');
  if (unknown.length > 0) {
    console.error(`eval: unknown option ${unknown.join(' ')}\n${USAGE}`);
    return 2;
  }
  const verbose = argv.includes('--verbose');
  const json = argv.includes('--json');

  // All gold is validated before any pipeline run, so a typo fails fast.
  const loaded: { corpus: (typeof CORPORA)[number]; gold: GoldArticle[] }[] = [];
  try {
    for (const corpus of CORPORA) {
      const gold = await loadGoldDir(corpus.goldDir);
      checkGoldAgainstCorpus(gold, await listArticles(corpus.articlesDir), corpus.goldDir, corpus.articlesDir);
      loaded.push({ corpus, gold });
    }
  } catch (error) {
    if (error instanceof GoldError) {
      console.error(`eval: ${error.message}`);
      return 1;
    }
    throw error;
  }

  const reports: CorpusReport[] = [];
  for (const { corpus, gold } of loaded) {
    const { dataset, warnings } = await runPipeline({ articlesDir: corpus.articlesDir });
    // Diagnostics go to stderr so that --json output stays machine-readable.
    console.error(`eval: ${corpus.name}: ${dataset.points.length} points from ${dataset.articles.length} articles, ${warnings.length} warnings`);
    if (verbose) for (const w of warnings) console.error(`  warning [${w.article}] ${w.kind}: ${w.message}`);
    reports.push({ name: corpus.name, report: scoreDataset(dataset, gold) });
  }

  const combined = combineReports(reports);
  process.stdout.write(json ? `${JSON.stringify(combined, null, 2)}\n` : formatReport(combined, { verbose }));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('eval: failed:', error);
    process.exitCode = 1;
  },
);
