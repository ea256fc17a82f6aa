/**
 * `npm run bench`: how heavy the home page is and how smoothly the timeline moves.
 *
 * Against the built site (`npm run build` first), served by `astro preview`, in the
 * Chromium the e2e tests use (software rendering, as in CI). It prints:
 * - the first-load JavaScript of the home page (gzip sizes of the script files it loads);
 * - data loading: the island's data embedded in the page (what the site does) against
 *   the same data fetched as a separate file, under a slow network;
 * - frame times while zooming and panning, at 1,000 and 10,000 generated points
 *   (scripts/bench/generate.ts), served in place of the page's own data, and at 100,000
 *   served in parts as the site serves a story that size (the newest part in the page, the
 *   others fetched): first render and every part over the slow network, then the frames.
 * Numbers only: nothing here passes or fails. Always exits 0 once it has printed.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from '../../e2e/support/browser.ts';
import { firstPart, jsonForScript, payloadPart, timelinePayload } from '../../src/lib/timeline-payload.ts';
import { CHUNK_POINTS, partFiles, pointChunks } from '../../src/pipeline/publish/point-chunks.ts';
import { generateDataset } from './generate.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * The built site to measure. `BENCH_DIST` names one built elsewhere (the site bench's 840
 * articles, say): then only its home page is measured, as the rest does not depend on the site's data.
 */
const DIST = path.resolve(root, process.env.BENCH_DIST ?? 'dist');
const HOME_ONLY = process.env.BENCH_DIST !== undefined;
/** `--parts-only`: only the story served in parts (its first render, every part in, its frames), a few minutes shorter. */
const PARTS_ONLY = process.argv.includes('--parts-only');
const PORT = 4329;
const BASE = `http://127.0.0.1:${PORT}`;
/** Embedded whole in the page. */
const SIZES = [1_000, 10_000];
/** In parts, as the site serves a story of that size: a whole 100,000 in the page would be 30 MB of HTML. */
const PARTED_SIZES = [100_000];
const DATA_SCRIPT = /(<script type="application\/json" id="timeline-data">)([\s\S]*?)(<\/script>)/;

// ---------------------------------------------------------------------------
// Server and browser
// ---------------------------------------------------------------------------

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * A static server for dist/, gzipping as a real host would (so that a throttled
 * network carries compressed bytes), plus pages made for the bench at `/bench/…`.
 * Each body is compressed once, as a host that keeps compressed files does: compressing
 * megabytes of parts on every request held each of them up in this process.
 */
async function startServer(extra: Map<string, string>): Promise<Server> {
  const gzipped = new Map<string, Buffer>();
  const compressed = (key: string, body: Buffer) => gzipped.get(key) ?? gzipped.set(key, gzipSync(body)).get(key)!;
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', BASE);
    let body: Buffer | null = extra.has(url.pathname) ? Buffer.from(extra.get(url.pathname)!) : null;
    let file = url.pathname;
    if (!body) {
      if (file.endsWith('/')) file += 'index.html';
      const full = path.join(DIST, path.normalize(file));
      if (!full.startsWith(DIST) || !existsSync(full)) {
        response.writeHead(404).end();
        return;
      }
      body = await readFile(full);
    } else if (file.endsWith('/')) file += 'index.html';
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(gzip ? compressed(url.pathname, body) : body);
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
  return server;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => value.toFixed(1);

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

// ---------------------------------------------------------------------------
// First-load JavaScript
// ---------------------------------------------------------------------------

async function firstLoadScripts(browser: Browser): Promise<{ rows: (string | number)[][]; gzip: number; html: number }> {
  const page = await browser.newPage();
  const scripts: { url: string; body: Buffer }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push({ url: response.url(), body: await response.body() });
  });
  const response = await page.goto(`${BASE}/`, { waitUntil: 'networkidle' });
  const html = gzipSync(await response!.body()).length;
  await page.close();
  const rows = scripts.map(({ url, body }) => [new URL(url).pathname, kb(body.length), kb(gzipSync(body).length)]);
  return { rows, gzip: scripts.reduce((sum, s) => sum + gzipSync(s.body).length, 0), html };
}

// ---------------------------------------------------------------------------
// Data loading: embedded (the site) against fetched (the alternative)
// ---------------------------------------------------------------------------

/**
 * Marks when the island has laid out its data (its `data-ready`), and when it has every part of
 * it (`data-complete`, only for a page that carries part of it), from the page's time origin.
 */
const WATCH_READY = `
  new MutationObserver((_, observer) => {
    if (!window.__ready && document.querySelector('wsw-timeline[data-ready]')) window.__ready = performance.now();
    if (!window.__complete && document.querySelector('wsw-timeline[data-complete]')) window.__complete = performance.now();
    if (window.__ready && window.__complete) observer.disconnect();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready', 'data-complete'] });
`;

/**
 * The page as the "fetch" design would serve it: no data in the HTML; the island
 * starts only once a separate JSON file has arrived. Generous to that design: the
 * fetch starts as soon as the page parses, not after the island's script has loaded.
 */
function fetchedVariant(html: string, dataUrl: string, loaderUrl: string): { html: string; loader: string } {
  const island = html.match(/<script type="module" src="([^"]*Timeline[^"]*)"><\/script>/)![1]!;
  const withoutData = html.replace(DATA_SCRIPT, '').replace(`<script type="module" src="${island}"></script>`, '');
  // A file, not an inline script: the site's Content-Security-Policy allows scripts from the site only.
  const loader = `
    const data = await (await fetch(${JSON.stringify(dataUrl)})).text();
    const element = document.createElement('script');
    element.type = 'application/json';
    element.id = 'timeline-data';
    element.textContent = data;
    document.body.append(element);
    await import(${JSON.stringify(island)});`;
  return { html: withoutData.replace('</body>', `<script type="module" src="${loaderUrl}"></script></body>`), loader };
}

/**
 * `/bench/parts-${count}/`: the home page with the newest part of `count` generated points in it and the
 * others at `/bench/parts-${count}/N.json`, cut as the site cuts them (point-chunks.ts, timeline-payload.ts's firstPart).
 */
function partedPages(pages: Map<string, string>, html: string, count: number): void {
  const data = timelinePayload(generateDataset(count, 42));
  const files = partFiles(data.points.length);
  const url = (n: number) => `/bench/parts-${count}/${n + 1}.json`;
  const page = firstPart(
    data,
    pointChunks(data.points.length).at(-1)!,
    files.map((_, n) => url(n)),
  );
  pages.set(`/bench/parts-${count}/`, embedded(html, jsonForScript(page)));
  files.forEach((range, n) => pages.set(url(n), JSON.stringify(payloadPart(data, range))));
}

const embedded = (html: string, json: string) => html.replace(DATA_SCRIPT, (_, open: string, __, close: string) => `${open}${json}${close}`);

/** `complete`: wait until the island has every part of its data too. */
async function loadTimes(browser: Browser, pagePath: string, complete = false): Promise<{ fcp: number; ready: number; complete: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH_READY);
  // A slow mobile connection (like Chrome's "Slow 4G": 150 ms, 1.6 Mb/s), where a second round trip shows.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 90_000 });
  await page.goto(`${BASE}${pagePath}`);
  await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready !== undefined, null, { timeout: 120_000 });
  if (complete) await page.waitForFunction(() => (window as unknown as { __complete?: number }).__complete !== undefined, null, { timeout: 120_000 });
  const result = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    ready: (window as unknown as { __ready: number }).__ready,
    complete: (window as unknown as { __complete?: number }).__complete ?? NaN,
  }));
  await context.close();
  return result;
}

// ---------------------------------------------------------------------------
// Frame times
// ---------------------------------------------------------------------------

interface Frames {
  /** rAF to rAF: what the reader sees. */
  intervals: number[];
  /** Main-thread work per frame: handling the input that asked for it, then from the frame's first callback to the first task after it (scripts, style, layout, paint). */
  work: number[];
}

/**
 * Drives the timeline from inside the page, one input event per animation frame
 * (as a trackpad or a dragging hand delivers them), and times every frame.
 */
/**
 * `svg-pan` is the road not taken: the glyphs now in view, as SVG elements laid over
 * the canvas and moved sideways each frame, the cheapest update SVG allows (one
 * attribute per element, none created or removed), while the canvas stands still.
 */
async function drive(page: Page, kind: 'zoom' | 'pan' | 'svg-pan', frames: number): Promise<Frames> {
  return page.evaluate(
    async ({ kind, frames }) => {
      const chart = document.querySelector<HTMLElement>('[data-chart]')!;
      const box = chart.getBoundingClientRect();
      const x = box.left + box.width * 0.6;
      const y = box.top + Math.min(box.height, innerHeight - box.top) / 2;
      const intervals: number[] = [];
      const work: number[] = [];
      const channel = new MessageChannel();
      let frameStart = 0;
      let afterFrame = () => {};
      // The input handler's time counts towards the frame it asked for.
      let inputTime = 0;
      channel.port1.onmessage = () => {
        work.push(performance.now() - frameStart + inputTime);
        const started = performance.now();
        afterFrame();
        inputTime = performance.now() - started;
      };
      const SVG = 'http://www.w3.org/2000/svg';
      const svg = document.createElementNS(SVG, 'svg');
      const moved: [SVGGElement, number, number][] = [];
      if (kind === 'svg-pan') {
        const canvas = chart.querySelector('canvas')!;
        svg.setAttribute('width', String(canvas.clientWidth));
        svg.setAttribute('height', String(canvas.clientHeight));
        svg.style.cssText = 'position:absolute;left:0;top:0;pointer-events:none';
        const host = document.querySelector('wsw-timeline') as unknown as { visibleMarks(): { x: number; y: number; cluster: boolean; ids: string[] }[] };
        for (const mark of host.visibleMarks()) {
          const g = document.createElementNS(SVG, 'g');
          const disc = document.createElementNS(SVG, 'circle');
          disc.setAttribute('r', mark.cluster ? '9' : '5.5');
          disc.setAttribute('fill', mark.cluster ? '#3c4043' : '#0b57d0');
          disc.setAttribute('stroke', '#fff');
          g.append(disc);
          if (mark.cluster) {
            const count = document.createElementNS(SVG, 'text');
            count.setAttribute('text-anchor', 'middle');
            count.setAttribute('dy', '0.35em');
            count.setAttribute('fill', '#fff');
            count.setAttribute('font-size', '10');
            count.textContent = String(mark.ids.length);
            g.append(count);
          }
          svg.append(g);
          moved.push([g, mark.x, mark.y]);
        }
        chart.append(svg);
      }
      const input = (i: number) => {
        if (kind === 'svg-pan') {
          const dx = (i < frames / 2 ? i : frames - i) * 12;
          for (const [g, gx, gy] of moved) g.setAttribute('transform', `translate(${gx + dx},${gy})`);
        } else if (kind === 'zoom') {
          // In, then out again: ctrl+wheel as a pinch sends it, 2^±0.1 per frame.
          const deltaY = i < frames / 2 ? -5 : 5;
          chart.dispatchEvent(new WheelEvent('wheel', { deltaY, ctrlKey: true, clientX: x, clientY: y, bubbles: true, cancelable: true, view: window }));
        } else {
          const dx = (i < frames / 2 ? 1 : -1) * 12;
          const at = x + (i < frames / 2 ? i : frames - i) * dx;
          if (i === 0) chart.dispatchEvent(new MouseEvent('mousedown', { clientX: x, clientY: y, button: 0, bubbles: true, view: window }));
          window.dispatchEvent(new MouseEvent('mousemove', { clientX: at, clientY: y, bubbles: true, view: window }));
          if (i === frames - 1) window.dispatchEvent(new MouseEvent('mouseup', { clientX: at, clientY: y, button: 0, bubbles: true, view: window }));
        }
      };
      await new Promise<void>((done) => {
        let i = 0;
        let last = 0;
        const tick = (now: number) => {
          if (last) intervals.push(now - last);
          last = now;
          frameStart = performance.now();
          if (i === frames) return done();
          // The input goes in once this frame has rendered, as a real event arrives between frames: the island
          // then draws in the next frame, after this callback has marked the frame's start.
          const n = i++;
          afterFrame = () => input(n);
          channel.port2.postMessage(0);
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      svg.remove();
      return { intervals, work: work.slice(1) };
    },
    { kind, frames },
  );
}

/**
 * Three runs, and the middle one by its p95: this machine is shared (tests, builds),
 * and one run can catch another process's burst. Each run ends where it started.
 */
async function medianRun(run: () => Promise<Frames>): Promise<Frames> {
  const runs: Frames[] = [];
  for (let i = 0; i < 3; i++) runs.push(await run());
  const p95 = (f: Frames) => percentile(f.intervals, 95) * 1000 + percentile(f.work, 95);
  return runs.sort((a, b) => p95(a) - p95(b))[1]!;
}

/** The bench's page of `count` points (`parted`: served in parts, partedPages) once the island has them all, and how long that took. */
async function openTimeline(browser: Browser, count: number, parted: boolean): Promise<{ page: Page; loaded: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // tsx names functions with a helper (`__name`) that the page does not have: the driver below needs it there.
  await page.addInitScript('window.__name = (f) => f;');
  const started = Date.now();
  await page.goto(`${BASE}/bench/${parted ? 'parts' : 'embedded'}-${count}/`);
  await page.locator(parted ? 'wsw-timeline[data-complete]' : 'wsw-timeline[data-ready]').waitFor({ timeout: 300_000 });
  const loaded = Date.now() - started;
  await page.locator('[data-chart]').scrollIntoViewIfNeeded();
  return { page, loaded };
}

/** `parted`: the story served in parts (partedPages); the frames are timed once every part is in. */
async function frameTimes(browser: Browser, count: number, parted = false): Promise<(string | number)[][]> {
  const { page, loaded } = await openTimeline(browser, count, parted);
  if (parted) console.log(`\n${count.toLocaleString('en')} points in parts, unthrottled: every part in and laid out ${loaded} ms after the page was asked for`);
  const rows: (string | number)[][] = [];
  const visible = () => page.locator('wsw-timeline').evaluate((el) => (el as unknown as { visibleMarks(): unknown[] }).visibleMarks().length);
  const row = async (label: string, frames: Frames) => {
    const { intervals, work } = frames;
    const dropped = intervals.filter((i) => i > 1.5 * (1000 / 60)).length;
    rows.push([
      count.toLocaleString('en'),
      label,
      intervals.length,
      ms(percentile(intervals, 50)),
      ms(percentile(intervals, 95)),
      ms(Math.max(...intervals)),
      ms(percentile(work, 50)),
      ms(percentile(work, 95)),
      ms(Math.max(...work)),
      dropped,
      await visible(),
    ]);
  };
  if (parted) {
    // A page's first zoom lays out every level it passes, which the passes below find laid out: each run on a page of its own.
    const first = async () => {
      const fresh = await openTimeline(browser, count, parted);
      const frames = await drive(fresh.page, 'zoom', 120);
      await fresh.page.close();
      return frames;
    };
    await row('zoom in & out, first time', await medianRun(first));
  }
  // A warm-up pass, so that compiling the code is not counted as a frame.
  await drive(page, 'zoom', 40);
  await row('zoom in & out (all → 1/64)', await medianRun(() => drive(page, 'zoom', 120)));
  // Panning at ×2 keeps nearly every point in view (the densest picture that can move), then at ×16.
  for (const [factor, clicks] of [
    [2, 1],
    [16, 3],
  ] as const) {
    if (factor === 2) {
      await page.getByRole('button', { name: 'Reset' }).click();
      await page.waitForTimeout(400);
    }
    for (let i = 0; i < clicks; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(400);
    await row(`pan, zoomed in ×${factor}`, await medianRun(() => drive(page, 'pan', 120)));
    if (factor === 2) await row('  the same glyphs as SVG', await medianRun(() => drive(page, 'svg-pan', 120)));
  }
  await page.close();
  return rows;
}

// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  const index = path.join(DIST, 'index.html');
  if (!existsSync(index)) {
    console.error('dist/ has no built site: run `npm run build` first.');
    process.exitCode = 1;
    return;
  }
  const html = await readFile(index, 'utf8');
  const seed = html.match(DATA_SCRIPT)![2]!;
  const data = new Map<string, string>([['seed', seed]]);
  for (const count of SIZES) data.set(String(count), jsonForScript(timelinePayload(generateDataset(count, 42))));
  const pages = new Map<string, string>();
  for (const [name, json] of data) {
    pages.set(`/bench/data-${name}.json`, json);
    pages.set(`/bench/embedded-${name}/`, embedded(html, json));
    const fetched = fetchedVariant(html, `/bench/data-${name}.json`, `/bench/fetch-${name}.js`);
    pages.set(`/bench/fetched-${name}/`, fetched.html);
    pages.set(`/bench/fetch-${name}.js`, fetched.loader);
  }
  for (const count of PARTED_SIZES) partedPages(pages, html, count);

  // Timings mean little on a busy machine: say how busy it was.
  const load = () => loadavg()[0]!.toFixed(1);
  console.log(`Load average (1 min) at the start: ${load()} on ${availableParallelism()} cores.`);
  const server = await startServer(pages);
  const browser = await chromium.launch({ executablePath: resolveChromium().executablePath, args: CHROMIUM_ARGS });
  try {
    if (!PARTS_ONLY) await wholePage(browser, seed, data);
    if (HOME_ONLY) return;

    for (const count of PARTED_SIZES) {
      const runs = [];
      for (let i = 0; i < 3; i++) runs.push(await loadTimes(browser, `/bench/parts-${count}/`));
      const mid = runs.sort((a, b) => a.ready - b.ready)[1]!;
      const files = [...pages.keys()].filter((key) => key.startsWith(`/bench/parts-${count}/`) && key.endsWith('.json'));
      const gzip = files.reduce((sum, key) => sum + gzipSync(pages.get(key)!).length, 0);
      console.log(
        `\n${count.toLocaleString('en')} points, the newest ${CHUNK_POINTS} in the page and the others in ${files.length} files (${kb(gzip)} gzip), same network: ` +
          `FCP ${ms(mid.fcp)} ms, timeline ready ${ms(mid.ready)} ms (middle of three)`,
      );
    }

    console.log('\nFrame times at 1280×800, one input event per frame (ms; a frame at 60 Hz is 16.7)\n');
    const frames: (string | number)[][] = [];
    if (!PARTS_ONLY) for (const count of SIZES) frames.push(...(await frameTimes(browser, count)));
    for (const count of PARTED_SIZES) frames.push(...(await frameTimes(browser, count, true)));
    console.log(table(['points', 'interaction', 'frames', 'p50', 'p95', 'max', 'work p50', 'work p95', 'work max', 'dropped', 'glyphs'], frames));
    console.log('\nEach row: the middle of three runs. p50/p95/max: time between frames. work: main-thread time of a frame (island, style, layout, paint).');
    console.log('dropped: frames later than 1.5 × 16.7 ms. glyphs: marks and groups drawn at the end.');
    console.log(`Load average (1 min) at the end: ${load()}.\n`);
  } finally {
    await browser.close();
    server.close();
  }
}

/** The home page's scripts and its own load, then the page with all its data embedded against fetched. */
async function wholePage(browser: Browser, seed: string, data: Map<string, string>): Promise<void> {
  const { rows, gzip, html: htmlGzip } = await firstLoadScripts(browser);
  console.log('\nFirst-load JavaScript of the home page\n');
  console.log(table(['file', 'raw', 'gzip'], [...rows, ['total', '', kb(gzip)]]));
  console.log(`\n(the HTML itself, with the list and the embedded data: ${kb(htmlGzip)} gzip)`);

  // The site's own home page as built: its newest part first, the others fetched.
  const parts = (JSON.parse(seed) as { more?: { chunks: string[]; points: number } }).more;
  const own = [];
  for (let i = 0; i < 3; i++) own.push(await loadTimes(browser, '/', parts !== undefined));
  const mid = own.sort((a, b) => a.ready - b.ready)[1]!;
  console.log(
    `\nThe home page as built (${parts ? `${parts.points} points, ${parts.chunks.length} files besides the page` : 'every point in the page'}), same network: ` +
      `FCP ${ms(mid.fcp)} ms, timeline ready ${ms(mid.ready)} ms${parts ? `, every part in ${ms(mid.complete)} ms` : ''} (middle of three)`,
  );

  if (HOME_ONLY) return;
  console.log('\nData loading over a slow network (150 ms, 1.6 Mb/s, gzip): first contentful paint and timeline ready, ms (middle of three)\n');
  const loading: (string | number)[][] = [];
  for (const name of ['seed', '10000']) {
    for (const design of ['embedded', 'fetched']) {
      const runs = [];
      for (let i = 0; i < 3; i++) runs.push(await loadTimes(browser, `/bench/${design}-${name}/`));
      const { fcp, ready } = runs.sort((a, b) => a.ready - b.ready)[1]!;
      loading.push([name === 'seed' ? 'seed (60 points)' : '10,000 points', design, kb(gzipSync(data.get(name)!).length), ms(fcp), ms(ready)]);
    }
  }
  console.log(table(['data', 'design', 'data gzip', 'FCP', 'ready'], loading));
}

await main();
