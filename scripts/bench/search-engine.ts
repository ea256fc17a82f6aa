/**
 * The search engine's share of a keystroke, in Node (the same V8 as Chromium), with no page:
 * less sensitive to the machine's load than scripts/search-bench.ts, which times the whole
 * keystroke in the browser.
 *
 *   npm run build && npx tsx scripts/bench/search-engine.ts [--points N] [--rounds N] [--digest]
 *
 * Types the browser bench's queries key by key into an engine over the same synthetic index
 * (search-dataset.ts), as the search box does: `search` for the best POPUP_LIMIT, then `view`
 * of each hit. Each round starts from an engine just warmed (SearchEngine.warm), as a page's
 * does, so what one keystroke leaves for the next is counted as in the page.
 *
 * --digest prints a hash of every result, its score and its marks for every prefix of
 * those queries and a few more (misspellings, phrases, operators, names of two words): a
 * change meant to make the engine faster must leave it unchanged.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../../src/pipeline/search/documents.ts';
import type { SearchIndexFile } from '../../src/shared/search/index-file.ts';
import { SearchEngine } from '../../src/shared/search/engine.ts';
import { POPUP_LIMIT } from '../../src/shared/search/options.ts';
import { builtSeed, QUERIES, syntheticDataset } from './search-dataset.ts';
import { argument, loadAverage, ms, percentile } from './samples.ts';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

/** Beyond the timed queries, for the digest: short fuzzy terms, generated names misspelt, a term that grows past a word. */
const MORE_QUERIES = ['Kowalsky Anna', 'Petrneko', 'Ivan', 'Schmit talks', "'ov", '=Rutte', '"security guar', 'Kallas Kallas', 'stor', 'Lavrov Lavorv', 'tass'];

/** Every prefix of each query, as a box holds it key after key. */
const typed = (queries: readonly string[]): string[] => queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));

interface Sample {
  query: string;
  search: number;
  total: number;
}

function round(engine: SearchEngine): Sample[] {
  engine.warm(POPUP_LIMIT);
  return typed(QUERIES).map((query) => {
    const start = performance.now();
    const outcome = engine.search(query, POPUP_LIMIT);
    const searched = performance.now();
    for (const hit of outcome.hits) engine.view(hit, outcome.terms);
    return { query, search: searched - start, total: performance.now() - start };
  });
}

function digest(engine: SearchEngine): string {
  engine.warm(POPUP_LIMIT);
  const hash = createHash('sha256');
  for (const query of typed([...QUERIES, ...MORE_QUERIES])) {
    const outcome = engine.search(query, POPUP_LIMIT);
    const views = outcome.hits.map((hit) => engine.view(hit, outcome.terms));
    const hits = outcome.hits.map((hit) => [hit.index, hit.score]);
    hash.update(JSON.stringify([query, outcome.total, hits, views.map(({ doc, ...marks }) => [doc.id, marks])]));
  }
  return hash.digest('hex').slice(0, 16);
}

async function main(): Promise<void> {
  const count = argument('points', 100_000);
  const rounds = argument('rounds', 5);
  console.log(`search engine in Node, ${count.toLocaleString('en-GB')} statements; load average ${loadAverage()} (1, 5, 15 min)`);
  // Through JSON, as the browser gets it.
  const file = JSON.parse(JSON.stringify(buildSearchIndex(syntheticDataset(builtSeed(dist), count)))) as SearchIndexFile;
  const engine = await SearchEngine.create(file);

  if (process.argv.includes('--digest')) console.log(`digest of every result and mark: ${digest(engine)}`);

  const byRound = Array.from({ length: rounds }, () => round(engine));
  const samples = byRound.flat();
  const row = (label: string, values: number[]): void =>
    console.log(`  ${label.padEnd(34)} p50 ${ms(percentile(values, 50))}   p95 ${ms(percentile(values, 95))}   max ${ms(Math.max(...values))}`);
  console.log(`${rounds} rounds of ${byRound[0]!.length} keystrokes:`);
  row(
    'search',
    samples.map((s) => s.search),
  );
  row(
    'search + view',
    samples.map((s) => s.total),
  );
  // A moment's load on a shared machine lands on a keystroke of one round, not on the same keystroke of every round.
  row(
    'search + view, median of the rounds',
    byRound[0]!.map((_, k) =>
      percentile(
        byRound.map((r) => r[k]!.total),
        50,
      ),
    ),
  );
  const slowest = [...samples].sort((a, b) => b.total - a.total).slice(0, 8);
  console.log(`  slowest: ${slowest.map((s) => `"${s.query}" ${s.total.toFixed(1)}`).join(', ')} ms`);
  console.log(`load average after: ${loadAverage()}`);
}

await main();
