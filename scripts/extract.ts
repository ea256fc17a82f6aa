/**
 * `npm run extract -- DIR [--out FILE] [--actors FILE] [--explain] [--point ID]`: the site's
 * pipeline on any folder of articles, without building the site. Writes the dataset
 * (DATASET.md) to FILE or standard output, and a summary with every warning to standard
 * error. `--explain` prints instead, for each statement, the rules behind its speaker,
 * addressees, words and date (`--point ID`: only the statements of that point).
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runPipeline } from '../src/pipeline/run-pipeline.ts';
import type { Warning } from '../src/pipeline/types.ts';
import { formatExplanation } from '../src/pipeline/explain.ts';

const USAGE = 'usage: npm run extract -- DIR [--out FILE] [--actors FILE] [--explain] [--point ID]';

function summary(articles: number, points: number, actors: number, warnings: readonly Warning[]): string {
  const counts = new Map<string, number>();
  for (const w of warnings) counts.set(w.kind, (counts.get(w.kind) ?? 0) + 1);
  const lines = [
    `articles read: ${articles}`,
    `points: ${points}`,
    `actors: ${actors}`,
    `warnings: ${warnings.length}${[...counts].map(([k, n]) => `, ${k} ${n}`).join('')}`,
    ...warnings.map((w) => `  ${w.article}: [${w.kind}] ${w.message}`),
  ];
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, actors: { type: 'string' }, explain: { type: 'boolean' }, point: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [dir] = positionals;
  if (!dir || positionals.length > 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const { articles, dataset, warnings, statements } = await runPipeline({ articlesDir: dir, actorsFile: values.actors });
  const json = `${JSON.stringify(dataset, null, 2)}\n`;
  if (values.out) await writeFile(values.out, json);
  if (values.explain || values.point) process.stdout.write(formatExplanation(statements.filter((s) => !values.point || s.point === values.point)));
  else if (!values.out) process.stdout.write(json);
  process.stderr.write(summary(articles.length, dataset.points.length, dataset.actors.length, warnings));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`extract: ${error.message}\n`);
    process.exit(1);
  },
);
