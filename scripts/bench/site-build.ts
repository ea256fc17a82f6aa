/**
 * The whole site built on real articles (PolNeAR, `../shared/corpora/polnear/train`, 840
 * articles: read where they lie, never copied into the repository): for the first 210, 420 and
 * 840 articles (the seven publishers in turn), a full build from an empty cache (wall time, peak memory, pages, output size, the
 * home page's weight), then, at the largest size, the rebuild after adding one article to a
 * site built without it. Each build is `astro build` in a process of its own, its output and
 * cache in a temporary folder outside the repository. Numbers only: nothing passes or fails.
 *
 * `SITE_BENCH_SIZES=210,840` picks the sizes; `SITE_BENCH_KEEP=DIR` keeps the largest site in DIR
 * (for `BENCH_DIST=DIR/dist npx tsx scripts/bench/run.ts`).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { polnearDir } from '../polnear.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const run = promisify(execFile);

interface Build {
  seconds: number;
  /** Peak resident memory of the build process, MB (GNU time's maximum resident set size). */
  peakMb: number;
  log: string;
}

/** `astro build` on `articlesDir`, with output and caches under `work`: timed by GNU time, whose report ends stderr. */
async function build(articlesDir: string, work: string): Promise<Build> {
  const env = {
    ...process.env,
    ARTICLES_DIR: articlesDir,
    OUT_DIR: path.join(work, 'dist'),
    GENERATED_DIR: path.join(work, 'generated'),
    WSW_CACHE_DIR: path.join(work, 'cache'),
    PUBLISHED_IDS_FILE: path.join(work, 'published-ids.json'),
    // The site's own registry: PolNeAR comes without one.
    ACTORS_FILE: path.join(root, 'content', 'actors.yaml'),
  };
  const astro = path.join(root, 'node_modules', 'astro', 'astro.js');
  const { stdout, stderr } = await run('/usr/bin/time', ['-f', 'wsw-time %e %M', process.execPath, astro, 'build'], {
    cwd: root,
    env,
    maxBuffer: 512 * 1024 * 1024,
  });
  const [, seconds, kb] = /wsw-time ([\d.]+) (\d+)/.exec(stderr)!;
  return { seconds: Number(seconds), peakMb: Number(kb) / 1024, log: stdout };
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : Promise.resolve([path.join(dir, e.name)]))));
  return nested.flat();
}

/** Pages (HTML files), bytes on disk, and the home page's HTML and scripts, gzipped. */
async function output(dist: string): Promise<{ pages: number; mb: number; homeHtml: number; homeJs: number }> {
  const files = await filesUnder(dist);
  const sizes = await Promise.all(files.map(async (f) => (await stat(f)).size));
  const html = await readFile(path.join(dist, 'index.html'));
  const scripts = [...html.toString().matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
  let homeJs = 0;
  for (const src of new Set(scripts)) homeJs += gzipSync(await readFile(path.join(dist, src))).length;
  return { pages: files.filter((f) => f.endsWith('.html')).length, mb: sizes.reduce((a, b) => a + b, 0) / 1e6, homeHtml: gzipSync(html).length, homeJs };
}

/** The articles `names` of `from`, with their sidecars, copied into `to`. */
async function articles(from: string, to: string, names: readonly string[]): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await mkdir(to, { recursive: true });
  const wanted = new Set(names);
  for (const file of await readdir(from)) {
    if (wanted.has(file.replace(/\.(?:txt|meta\.json|meta\.ya?ml)$/, ''))) await copyFile(path.join(from, file), path.join(to, file));
  }
}

/** The articles one publisher at a time in turn (a name starts with its publisher: `politico_2016-…`), so that any first N mixes them all. */
function byPublisherInTurn(ids: readonly string[]): string[] {
  const by = new Map<string, string[]>();
  for (const id of [...ids].sort()) {
    const publisher = id.split('_')[0]!;
    by.set(publisher, [...(by.get(publisher) ?? []), id]);
  }
  const queues = [...by.values()];
  const out: string[] = [];
  for (let i = 0; out.length < ids.length; i++) for (const queue of queues) if (i < queue.length) out.push(queue[i]!);
  return out;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const pad = (value: string | number, width: number) => String(value).padStart(width);

async function main(): Promise<void> {
  const corpus = polnearDir(root);
  if (!corpus) {
    console.log('Site build: PolNeAR not found (../shared/corpora/polnear, or set POLNEAR_DIR): skipped');
    return;
  }
  const source = path.join(corpus, 'train', 'articles');
  const ids = byPublisherInTurn((await readdir(source)).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)));
  const sizes = (process.env.SITE_BENCH_SIZES ?? '210,420,840')
    .split(',')
    .map(Number)
    .filter((n) => n > 0 && n <= ids.length);
  const work = await mkdtemp(path.join(tmpdir(), 'wsw-site-bench-'));
  console.log(`Site build on PolNeAR (${ids.length} articles), ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at the start\n`);
  const rows = ['articles  build s  peak MB   pages  output MB  home HTML gz  home JS gz  s/article'];
  try {
    let last = '';
    for (const count of sizes) {
      const site = path.join(work, String(count));
      await articles(source, path.join(site, 'articles'), ids.slice(0, count));
      const full = await build(path.join(site, 'articles'), site);
      const out = await output(path.join(site, 'dist'));
      rows.push(
        `${pad(count, 8)}  ${pad(full.seconds.toFixed(1), 7)}  ${pad(full.peakMb.toFixed(0), 7)}  ${pad(out.pages, 6)}  ${pad(out.mb.toFixed(0), 9)}  ${pad(kb(out.homeHtml), 12)}  ${pad(kb(out.homeJs), 10)}  ${pad((full.seconds / count).toFixed(3), 9)}`,
      );
      console.log(rows.at(-1));
      last = site;
    }
    console.log(`\n${rows.join('\n')}\n`);

    // Adding one article: the site built without it, then with it, both on the cache the builds keep.
    const count = sizes.at(-1)!;
    const site = last;
    await articles(source, path.join(site, 'articles'), ids.slice(0, count - 1));
    const without = await build(path.join(site, 'articles'), site);
    await articles(source, path.join(site, 'articles'), ids.slice(0, count));
    const added = await build(path.join(site, 'articles'), site);
    const reused = /(\d+) pages reused from the cache, (\d+) rendered/.exec(added.log);
    const extracted = /(\d+) articles extracted, (\d+) extractions reused/.exec(added.log);
    const fullSeconds = Number(rows.at(-1)!.trim().split(/\s+/)[1]);
    console.log(`Rebuild at ${count} articles (one article removed, then added back), on the cache of the builds before:`);
    console.log(`  without the article: ${without.seconds.toFixed(1)} s; with it again: ${added.seconds.toFixed(1)} s, peak ${added.peakMb.toFixed(0)} MB`);
    console.log(`  = ${((added.seconds / fullSeconds) * 100).toFixed(1)}% of the full build's ${fullSeconds.toFixed(1)} s`);
    if (extracted) console.log(`  ${extracted[1]} article extracted, ${extracted[2]} extractions reused`);
    if (reused) console.log(`  ${reused[1]} pages and images reused, ${reused[2]} rendered`);
    console.log(`load average ${loadavg()[0]!.toFixed(1)} at the end`);
  } finally {
    const keep = process.env.SITE_BENCH_KEEP;
    if (keep && existsSync(work)) {
      await rm(keep, { recursive: true, force: true });
      await run('mv', [path.join(work, String(sizes.at(-1))), keep]);
    }
    await rm(work, { recursive: true, force: true });
  }
}

await main();
