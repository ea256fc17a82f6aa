/**
 * The Content-Security-Policy holds on every kind of page, scripts at work: every page carries
 * it, it allows nothing inline, and nothing the site does breaks it. Each page records every
 * `securitypolicyviolation` from before its first byte; the last test shows that the record
 * would catch one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, headersFile } from '../src/pipeline/publish/security-headers.ts';
import { parseIdRegistry } from '../src/pipeline/publish/id-registry.ts';
import { BASE_PATH, OUT_DIR, PUBLISHED_IDS_FILE } from '../src/site-config.ts';
import { expect, test } from './support/fixtures.ts';
import { at, builtDataset } from './support/site.ts';

const dataset = builtDataset();
const point = dataset.points.find((p) => p.quote !== null) ?? dataset.points[0]!;
/** A retired id whose page redirects to the point it became. */
const moved = Object.keys(parseIdRegistry(readFileSync(PUBLISHED_IDS_FILE, 'utf8'), PUBLISHED_IDS_FILE).points)
  .filter((id) => !dataset.points.some((p) => p.id === id))
  .find((id) => readFileSync(path.join(OUT_DIR, 'points', id, 'index.html'), 'utf8').includes('http-equiv="refresh"'));

declare global {
  interface Window {
    violations: string[];
  }
}

/** From the first script of every document the page loads: each violation, as "directive: what". */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.effectiveDirective}: ${e.blockedURI || e.sample || 'inline'}`));
  });
}

const violations = (page: Page) => page.evaluate(() => window.violations);

/** Each kind of page, and what to do there so that its scripts do all they do. */
const KINDS: Array<{ name: string; path: string; use?: (page: Page) => Promise<void> }> = [
  {
    name: 'home, timeline at work',
    path: at(`/?p=${point.id}`),
    use: async (page) => {
      await expect(page.locator('wsw-timeline[data-ready]')).toHaveCount(1);
      await expect(page.locator('[data-details]')).toBeVisible();
      await page.locator('summary', { hasText: 'Filters' }).click();
      await page.getByRole('button', { name: 'List view' }).click();
      await expect(page.locator('#timeline-list')).toBeVisible();
    },
  },
  { name: 'articles', path: at('/articles/') },
  { name: 'article', path: dataset.articles[0]!.path, use: (page) => page.locator('summary', { hasText: 'exactly as received' }).click() },
  { name: 'point', path: point.path, use: (page) => page.getByRole('button', { name: 'Copy link' }).click() },
  { name: 'data', path: at('/data/') },
  {
    name: 'search, index and engine loaded',
    path: at('/search/?q=Radescu'),
    use: async (page) => {
      await expect(page.locator('[data-search-heading]')).toContainText('Radescu');
      await page.locator('#site-search-input, #page-search-input').first().fill('Lindqvist');
      await expect(page.locator('[role=option]').first()).toBeVisible();
    },
  },
  ...(moved
    ? [
        {
          name: 'redirect of a retired id',
          path: at(`/points/${moved}/`),
          use: (page: Page) => page.waitForURL((url) => !url.pathname.includes(moved)).then(() => page.waitForLoadState()),
        },
      ]
    : []),
];

test.describe('the Content-Security-Policy', () => {
  test('every page carries it, and it allows no inline script or style', async ({ page }) => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/(^|; )style-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
    for (const { path: url } of KINDS) {
      await page.goto(url, { waitUntil: 'commit' });
      await expect(page.locator('meta[http-equiv="Content-Security-Policy"]'), url).toHaveAttribute('content', CONTENT_SECURITY_POLICY);
    }
    expect(readFileSync(path.join(OUT_DIR, '_headers'), 'utf8')).toBe(headersFile(BASE_PATH));
  });

  for (const kind of KINDS) {
    test(`is not broken by the ${kind.name} page`, async ({ page }) => {
      await recordViolations(page);
      await page.goto(kind.path);
      await kind.use?.(page);
      // Whatever the page fetched or ran lately has had its turn.
      await page.evaluate(() => new Promise(requestAnimationFrame));
      expect(await violations(page)).toEqual([]);
    });
  }

  test('catches an inline script and an inline style, the record proving it would see one', async ({ page, problems }) => {
    await recordViolations(page);
    await page.goto(at('/data/'));
    // The browser reports each refusal on the console as well: expected here, and only here.
    problems.allowConsole(/Content Security Policy/);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.ran = true;';
      document.body.append(script);
      const style = document.createElement('div');
      style.setAttribute('style', 'color: red');
      document.body.append(style);
    });
    await expect.poll(() => violations(page)).toEqual(['script-src-elem: inline', 'style-src-attr: inline']);
    expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
  });
});
