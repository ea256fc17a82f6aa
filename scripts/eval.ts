/**
 * npm run eval [-- --verbose] [--json] [--dump FILE] [--no-polnear]
 *
 * Runs the pipeline over each annotated corpus and scores the result against its gold files
 * (test/fixtures/eval/GUIDELINES.md), then over PolNeAR's 840 real articles, scored by the
 * corpus's own score.py, when the corpus is there (`../shared/corpora/polnear`, or POLNEAR_DIR).
 * `--dump FILE` keeps the PolNeAR scorer's record of every miss and wrong speaker for study.
 * It reports and never gates: the exit code is 0 whatever the scores, and non-zero only when
 * the gold itself is broken or names an unknown article.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runPipeline } from '../src/pipeline/run-pipeline.ts';
import { checkGoldAgainstCorpus, listArticles, loadGoldDir } from '../src/pipeline/eval/corpus.ts';
import { formatReport } from '../src/pipeline/eval/format-report.ts';
import { GoldError, type GoldArticle } from '../src/pipeline/eval/gold.ts';
import { combineReports, scoreDataset, type CorpusReport } from '../src/pipeline/eval/score.ts';
import { formatPolnear, type PolnearResult } from '../src/pipeline/eval/format-polnear.ts';
import { polnearDir, scorePolnear } from './polnear.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

const CORPORA = [
  { name: 'seeds', articlesDir: join(root, 'content/articles'), goldDir: join(root, 'test/fixtures/eval/seeds') },
  { name: 'novel', articlesDir: join(root, 'test/fixtures/eval/novel'), goldDir: join(root, 'test/fixtures/eval/novel') },
];

const USAGE = 'usage: npm run eval [-- --verbose] [--json] [--dump FILE] [--no-polnear]';

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { verbose: { type: 'boolean' }, json: { type: 'boolean' }, dump: { type: 'string' }, 'no-polnear': { type: 'boolean' } },
    }));
  } catch (error) {
    console.error(`eval: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const verbose = values.verbose ?? false;
  const json = values.json ?? false;

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
  const polnear = values['no-polnear'] ? null : await polnearRun(values.dump);
  if (json) process.stdout.write(`${JSON.stringify({ ...combined, polnear }, null, 2)}\n`);
  else process.stdout.write(formatReport(combined, { verbose }) + (polnear ? `\n${formatPolnear(polnear)}` : ''));
  return 0;
}

async function polnearRun(dump: string | undefined): Promise<PolnearResult | null> {
  const dir = polnearDir(root);
  if (!dir) {
    console.error('eval: PolNeAR not found (../shared/corpora/polnear, or set POLNEAR_DIR): real-news figures skipped');
    return null;
  }
  const result = await scorePolnear(dir, { dump });
  console.error(
    `eval: polnear: ${result.points} points from ${result.articles} articles in ${result.seconds.toFixed(1)} s${dump ? `; every verdict in ${dump}` : ''}`,
  );
  return result;
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
