/**
 * `npm run audit`: Lighthouse 12 on the built site (`dist/`, served by `astro preview`): the home
 * page, an article, a point and the search page, each at desktop and phone form factors. Prints
 * every category's score with the layout shift, and fails when a category scores below its
 * budget: 100, or 95 for performance.
 *
 * `AUDIT_REPORTS=DIR` keeps each run's full Lighthouse report there (`home-phone.json`…), to see why.
 *
 * Not part of `npm test`: performance is a timing, and timings are noisy on a shared machine
 * (README, "Quality, measured"). The layout shift, which is not, is held to 0 by an e2e test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse, { type Config, type RunnerResult } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, resolveChromium } from '../e2e/support/browser.ts';
import type { Dataset } from '../src/pipeline/types.ts';
import { OUT_DIR, withBase } from '../src/site-config.ts';

const HOST = '127.0.0.1';
const PORT = Number(process.env.AUDIT_PORT ?? 4323);
const REPORTS = process.env.AUDIT_REPORTS;
/** Where Lighthouse reaches the browser (Chrome DevTools Protocol). */
const DEBUG_PORT = Number(process.env.AUDIT_DEBUG_PORT ?? PORT + 5000);

/** The least score each category may have, out of 100. */
export const BUDGETS: Readonly<Record<string, number>> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

const FORM_FACTORS: ReadonlyArray<{ name: string; config: Config | undefined }> = [
  { name: 'desktop', config: desktopConfig },
  // Lighthouse's default: a mid-range phone on a slow 4G network (simulated).
  { name: 'phone', config: undefined },
];

/** The pages to audit: one of each kind a reader lands on. */
function pagesOf(dataset: Dataset): Array<{ name: string; path: string }> {
  const point = dataset.points.find((p) => p.quote !== null) ?? dataset.points[0];
  const article = dataset.articles[0];
  if (!point || !article) throw new Error('audit: the build has no point or no article to audit');
  return [
    { name: 'home', path: withBase('/') },
    { name: 'article', path: article.path },
    { name: 'point', path: point.path },
    { name: 'search', path: withBase('/search/') },
  ];
}

async function serve(): Promise<ChildProcess> {
  const server = spawn('npx', ['astro', 'preview', '--port', String(PORT), '--host', HOST], { stdio: 'ignore', detached: true });
  const url = `http://${HOST}:${PORT}${withBase('/')}`;
  for (let waited = 0; waited < 60_000; waited += 250) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return server;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop(server);
  throw new Error(`audit: the preview server did not answer at ${url} within a minute`);
}

function stop(server: ChildProcess): void {
  // The whole group: npx, and astro under it.
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}

interface Row {
  page: string;
  formFactor: string;
  scores: Record<string, number>;
  cls: number;
  lcpMs: number;
}

/** The categories under their budget, as "performance 93 < 95". */
export function overBudget(scores: Readonly<Record<string, number>>): string[] {
  return Object.entries(BUDGETS)
    .filter(([category, least]) => (scores[category] ?? 0) < least)
    .map(([category, least]) => `${category} ${scores[category] ?? 'missing'} < ${least}`);
}

function rowOf(page: string, formFactor: string, result: RunnerResult): Row {
  const { categories, audits } = result.lhr;
  const scores = Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]));
  return {
    page,
    formFactor,
    scores,
    cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
    lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
  };
}

function table(rows: readonly Row[]): string {
  const categories = Object.keys(BUDGETS);
  const header = ['page', 'form factor', ...categories, 'CLS', 'LCP'];
  const lines = rows.map((r) => [
    r.page,
    r.formFactor,
    ...categories.map((c) => String(r.scores[c] ?? '–')),
    r.cls.toFixed(3),
    `${(r.lcpMs / 1000).toFixed(1)} s`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  return [header, ...lines].map((cells) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
}

async function main(): Promise<number> {
  const dataset = JSON.parse(readFileSync(path.join(OUT_DIR, 'data', 'timeline.json'), 'utf8')) as Dataset;
  const pages = pagesOf(dataset);
  const server = await serve();
  const browser = await chromium.launch({
    executablePath: resolveChromium().executablePath,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUG_PORT}`],
  });
  const rows: Row[] = [];
  try {
    for (const { name, config } of FORM_FACTORS) {
      for (const page of pages) {
        const url = `http://${HOST}:${PORT}${page.path}`;
        const result = await lighthouse(url, { port: DEBUG_PORT, output: 'json', logLevel: 'error', onlyCategories: Object.keys(BUDGETS) }, config);
        if (!result) throw new Error(`audit: Lighthouse returned nothing for ${url}`);
        const runtimeError = result.lhr.runtimeError;
        if (runtimeError) throw new Error(`audit: Lighthouse could not audit ${url}: ${runtimeError.message}`);
        rows.push(rowOf(page.name, name, result));
        if (REPORTS) {
          mkdirSync(REPORTS, { recursive: true });
          writeFileSync(path.join(REPORTS, `${page.name}-${name}.json`), JSON.stringify(result.lhr, null, 2));
        }
        process.stderr.write(`audited ${page.name} (${name})\n`);
      }
    }
  } finally {
    await browser.close();
    stop(server);
  }
  process.stdout.write(`${table(rows)}\n`);
  const failures = rows.flatMap((r) => overBudget(r.scores).map((f) => `${r.page} (${r.formFactor}): ${f}`));
  for (const failure of failures) process.stderr.write(`over budget: ${failure}\n`);
  process.stderr.write(failures.length === 0 ? 'every page within budget\n' : `${failures.length} over budget\n`);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  },
);
