/**
 * How fast the pipeline turns articles into a dataset: parse + extract + merge,
 * in memory, on generated articles (deterministic: the same seed gives the same text).
 * Prints a table; timings belong here, never in tests.
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { parseArticle } from '../src/pipeline/article/parse-article.ts';
import { parseRegistry } from '../src/pipeline/actors/parse-registry.ts';
import { buildDataset } from '../src/pipeline/build-dataset.ts';
import type { ParsedArticle } from '../src/pipeline/types.ts';

/** Mulberry32: a tiny seeded generator, so every run benchmarks the same articles. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPEAKERS = ['Foreign Minister Sergei Lavrov', 'Secretary of State Antony Blinken', 'NATO Secretary General Jens Stoltenberg', 'Deputy Minister Olga Marchenko', 'a senior EU official', 'the Kremlin', 'Chancellor Olaf Scholz'];
const CUES = ['said', 'told reporters', 'warned', 'said on Tuesday', 'said in a statement'];
const SYLLABLES = 'ka lo mi ter an sol vi ren da po lu sen tor mar ib ex qu'.split(' ');
const WORDS = 'security guarantees talks sanctions troops border response proposals dialogue pressure alliance escalation negotiation treaty ceasefire'.split(' ');

function article(rand: () => number, n: number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  // Words of its own in every sentence, so that different statements stay different points.
  const word = () => (rand() < 0.3 ? pick(WORDS) : Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(SYLLABLES)).join(''));
  const sentence = () => Array.from({ length: 8 + Math.floor(rand() * 8) }, word).join(' ');
  const paragraphs = Array.from({ length: 8 }, (_, i) =>
    i % 2 === 0 ? `“We ${sentence()},” ${pick(SPEAKERS)} ${pick(CUES)}.` : `${pick(SPEAKERS)} ${pick(CUES)} that the ${sentence()}.`,
  );
  return `date 2022-02-${String(1 + (n % 27)).padStart(2, '0')} Bench Wire\nBenchmark Article Number ${n}\n\n${paragraphs.join('\n\n')}\n`;
}

const registry = parseRegistry(await readFile('content/actors.yaml', 'utf8'), 'content/actors.yaml');
const rows: string[] = ['articles  parse ms  build ms  points  articles/s'];
for (const count of [10, 100, 1000]) {
  const rand = random(42);
  const texts = Array.from({ length: count }, (_, i) => article(rand, i));
  const t0 = performance.now();
  const parsed: ParsedArticle[] = texts.map((text, i) => parseArticle(`bench-${i}`, text));
  const t1 = performance.now();
  const { dataset } = buildDataset(parsed, registry);
  const t2 = performance.now();
  rows.push(
    `${String(count).padStart(8)}  ${(t1 - t0).toFixed(0).padStart(8)}  ${(t2 - t1).toFixed(0).padStart(8)}  ${String(dataset.points.length).padStart(6)}  ${(count / ((t2 - t0) / 1000)).toFixed(0).padStart(10)}`,
  );
}
process.stdout.write(`Pipeline (parse + extract + merge), in memory, generated articles:\n${rows.join('\n')}\n`);
