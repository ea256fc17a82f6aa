/** The layout-shift check shared by the desktop and the phone spec. */
import { expect, type test as base } from './fixtures.ts';
import { at, builtDataset } from './site.ts';

declare global {
  interface Window {
    shifts: Array<{ value: number; moved: string[] }>;
  }
}

/** Every page a reader lands on, its scripts given time to do everything they do on load. */
export function expectNoLayoutShift(test: typeof base): void {
  const dataset = builtDataset();
  const pages = [at('/'), at('/search/'), dataset.articles[0]!.path, dataset.points[0]!.path, at('/data/')];
  for (const url of pages) {
    test(`${url} does not move once painted (layout shift 0)`, async ({ page }) => {
      await page.addInitScript(() => {
        window.shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; sources: Array<{ node?: Node }> }>) {
            window.shifts.push({
              value: entry.value,
              moved: entry.sources.map((s) => (s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : String(s.node?.nodeName))),
            });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(url, { waitUntil: 'load' });
      // The island is ready (where there is one), and two more frames have been laid out after it.
      await page.waitForFunction(() => !document.querySelector('wsw-timeline') || document.querySelector('wsw-timeline[data-ready]'));
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await page.evaluate(() => window.shifts)).toEqual([]);
    });
  }
}
