/**
 * The extractor measured on PolNeAR: real news from seven publishers, annotated by
 * people (`../shared/corpora/polnear/README.md`). The corpus and its scorer live
 * outside the repository (their texts belong to their publishers): this module runs
 * the pipeline on the articles where they lie and hands the dataset to the corpus's
 * own `score.py`, the yardstick, whose figures it reports unchanged.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runPipeline } from '../src/pipeline/run-pipeline.ts';
import type { PolnearResult, PolnearScores, PublisherSpeakers } from '../src/pipeline/eval/format-polnear.ts';

/** Where the corpus is: `POLNEAR_DIR`, else beside the repository (`root`) in `../shared/corpora/polnear`. */
export function polnearDir(root: string): string | null {
  const dir = process.env.POLNEAR_DIR ?? join(root, '..', 'shared', 'corpora', 'polnear');
  return existsSync(join(dir, 'score.py')) && existsSync(join(dir, 'train', 'gold.json')) ? dir : null;
}

interface DumpRecord {
  publisher: string;
  speech: boolean;
  statement: boolean;
  matched: boolean;
  speaker_ok: boolean | null;
}

/** Speaker accuracy per publisher, from the scorer's own verdicts on each matched pair. */
function speakersByPublisher(gold: readonly DumpRecord[]): Record<string, PublisherSpeakers> {
  const out: Record<string, PublisherSpeakers> = {};
  for (const g of gold) {
    if (!g.speech || !g.statement || !g.matched || g.speaker_ok === null) continue;
    const p = (out[g.publisher] ??= { checked: 0, correct: 0 });
    p.checked += 1;
    if (g.speaker_ok) p.correct += 1;
  }
  return out;
}

/**
 * Runs the pipeline over the corpus's articles and scores the dataset with `score.py`.
 * `dump`: where to keep the scorer's record of every gold and published quote with its verdict.
 */
export async function scorePolnear(dir: string, options: { dump?: string | undefined } = {}): Promise<PolnearResult> {
  const articlesDir = join(dir, 'train', 'articles');
  const started = performance.now();
  const { dataset, articles } = await runPipeline({ articlesDir });
  const seconds = (performance.now() - started) / 1000;
  const work = await mkdtemp(join(tmpdir(), 'wsw-polnear-'));
  try {
    const datasetFile = join(work, 'dataset.json');
    const dump = options.dump ?? join(work, 'dump.json');
    await writeFile(datasetFile, JSON.stringify(dataset));
    const args = [join(dir, 'score.py'), join(dir, 'train', 'gold.json'), datasetFile, '--json', '--articles', articlesDir, '--dump', dump];
    const { stdout } = await promisify(execFile)('python3', args, { maxBuffer: 64 * 1024 * 1024 });
    const scores = JSON.parse(stdout) as PolnearScores;
    const records = JSON.parse(await readFile(dump, 'utf8')) as { gold: DumpRecord[] };
    return { articles: articles.length, points: dataset.points.length, seconds, scores, speakers: speakersByPublisher(records.gold) };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
