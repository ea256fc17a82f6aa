/**
 * How fast the pipeline turns articles into a dataset (parse + extract + merge, in memory):
 * - generated articles (deterministic: the same seed gives the same text), 10 to 1,000;
 * - one generated article of 5 MB, whose paragraphs name hundreds of different people;
 * - the real articles of PolNeAR, when the corpus is beside the repository, at 105, 210, 420
 *   and 840 articles: the cost must grow linearly with the corpus.
 * Prints tables; timings belong here, never in tests.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../src/pipeline/article/parse-article.ts';
import { readArticles } from '../src/pipeline/article/read-articles.ts';
import { parseActorRegistry } from '../src/pipeline/actors/parse-actor-registry.ts';
import { buildDataset } from '../src/pipeline/build-dataset.ts';
import type { ParsedArticle, RegistryActor } from '../src/pipeline/types.ts';
import { random } from './bench/generate.ts';
import { polnearDir } from './polnear.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

const SPEAKERS = [
  'Foreign Minister Sergei Lavrov',
  'Secretary of State Antony Blinken',
  'NATO Secretary General Jens Stoltenberg',
  'Deputy Minister Olga Marchenko',
  'a senior EU official',
  'the Kremlin',
  'Chancellor Olaf Scholz',
];
const CUES = ['said', 'told reporters', 'warned', 'said on Tuesday', 'said in a statement'];
const SYLLABLES = 'ka lo mi ter an sol vi ren da po lu sen tor mar ib ex qu'.split(' ');
const WORDS = 'security guarantees talks sanctions troops border response proposals dialogue pressure alliance escalation negotiation treaty ceasefire'.split(
  ' ',
);

function writer(rand: () => number) {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  // Words of its own in every sentence, so that different statements stay different points.
  const word = () => (rand() < 0.3 ? pick(WORDS) : Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(SYLLABLES)).join(''));
  const sentence = () => Array.from({ length: 8 + Math.floor(rand() * 8) }, word).join(' ');
  const capital = (w: string) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`;
  /** A made-up full name: a long article names many people, which is what made it slow. */
  const person = () => `${capital(word())} ${capital(word())}`;
  const paragraph = (i: number, speaker: string) =>
    i % 2 === 0 ? `“We ${sentence()},” ${speaker} ${pick(CUES)}.` : `${speaker} ${pick(CUES)} that the ${sentence()}.`;
  return { pick, person, paragraph };
}

function article(rand: () => number, n: number): string {
  const w = writer(rand);
  const paragraphs = Array.from({ length: 8 }, (_, i) => w.paragraph(i, w.pick(SPEAKERS)));
  return `date 2022-02-${String(1 + (n % 27)).padStart(2, '0')} Bench Wire\nBenchmark Article Number ${n}\n\n${paragraphs.join('\n\n')}\n`;
}

function longArticle(rand: () => number, bytes: number): string {
  const w = writer(rand);
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = w.paragraph(i, i % 3 === 0 ? w.person() : w.pick(SPEAKERS));
    paragraphs.push(p);
    size += p.length + 2;
  }
  return `date 2022-02-14 Bench Wire\nOne Very Long Article\n\n${paragraphs.join('\n\n')}\n`;
}

const pad = (value: string | number, width: number) => String(value).padStart(width);

function timeBuild(parsed: readonly ParsedArticle[], registry: readonly RegistryActor[]): { ms: number; points: number } {
  const t0 = performance.now();
  const { dataset } = buildDataset(parsed, registry);
  return { ms: performance.now() - t0, points: dataset.points.length };
}

const registry = parseActorRegistry(await readFile(join(root, 'content/actors.yaml'), 'utf8'), 'content/actors.yaml');

const generated: string[] = ['articles  parse ms  build ms  points  articles/s'];
for (const count of [10, 100, 1000]) {
  const rand = random(42);
  const texts = Array.from({ length: count }, (_, i) => article(rand, i));
  const t0 = performance.now();
  const parsed = texts.map((text, i) => parseArticle(`bench-${i}`, text));
  const parseMs = performance.now() - t0;
  const { ms, points } = timeBuild(parsed, registry);
  generated.push(
    `${pad(count, 8)}  ${pad(parseMs.toFixed(0), 8)}  ${pad(ms.toFixed(0), 8)}  ${pad(points, 6)}  ${pad((count / ((parseMs + ms) / 1000)).toFixed(0), 10)}`,
  );
}
process.stdout.write(`Pipeline (parse + extract + merge), in memory, generated articles:\n${generated.join('\n')}\n\n`);

const long = longArticle(random(7), 5_000_000);
const t0 = performance.now();
const parsedLong = parseArticle('bench-long', long);
const longParse = performance.now() - t0;
const longBuild = timeBuild([parsedLong], registry);
process.stdout.write(
  `One generated article of ${(long.length / 1e6).toFixed(1)} MB: parse ${(longParse / 1000).toFixed(1)} s, extract + merge ${(longBuild.ms / 1000).toFixed(1)} s, ${longBuild.points} points\n\n`,
);

const corpus = polnearDir(root);
if (!corpus) {
  process.stdout.write('PolNeAR not found (../shared/corpora/polnear, or set POLNEAR_DIR): real-article timings skipped\n');
} else {
  const t1 = performance.now();
  const { articles: all } = await readArticles(join(corpus, 'train', 'articles'));
  const readMs = performance.now() - t1;
  const rows = ['articles  build ms  points  ms/article'];
  for (const count of [105, 210, 420, 840].filter((n) => n <= all.length)) {
    const { ms, points } = timeBuild(all.slice(0, count), registry);
    rows.push(`${pad(count, 8)}  ${pad(ms.toFixed(0), 8)}  ${pad(points, 6)}  ${pad((ms / count).toFixed(1), 10)}`);
  }
  process.stdout.write(
    `PolNeAR, real articles (read and parsed in ${(readMs / 1000).toFixed(1)} s for all ${all.length}), extract + merge:\n${rows.join('\n')}\n`,
  );
}
