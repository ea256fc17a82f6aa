/**
 * The smoke test of the real site: the seed articles (content/articles, or any other folder
 * built without the story) build into a site that serves its pages and draws its timeline, every
 * link of it holds, and every id it publishes is recorded. Everything else is tested on the
 * story written for the suite (e2e/story/), so that changing a seed never breaks a test; this
 * asserts nothing of the seeds' wording, only of what the build made of them.
 */
import { readFileSync } from 'node:fs';
import type { DrawnMark } from '../src/islands/timeline/main.ts';
import { checkBuiltSite } from '../scripts/check-links.ts';
import { parseIdRegistry } from '../src/pipeline/publish/id-registry.ts';
import { OUT_DIR, PUBLISHED_IDS_FILE } from '../src/site-config.ts';
import { expect, test } from './support/fixtures.ts';
import { articleIds, at, builtDataset } from './support/site.ts';

const dataset = builtDataset();
const dated = dataset.points.filter((p) => p.date !== null);

test('every article is published, listed and served with its headline and text', async ({ page }) => {
  const ids = articleIds();
  expect(ids.length, 'articles to publish').toBeGreaterThan(0);
  expect(dataset.articles.map((a) => a.id).sort()).toEqual(ids);
  await page.goto(at('/articles/'));
  const hrefs = await page.locator('main ol > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect([...hrefs].sort()).toEqual(ids.map((id) => at(`/articles/${id}/`)));
  for (const article of dataset.articles) {
    const response = await page.goto(article.path);
    expect(response?.status(), article.path).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(((await page.locator('.article-body').textContent()) ?? '').length, `${article.id} has body text`).toBeGreaterThan(100);
  }
});

test('the home page lists every point, and the timeline draws every dated one', async ({ page }) => {
  expect(dated.length, 'dated points').toBeGreaterThan(0);
  await page.goto(at('/'));
  await expect(page.locator('li[data-point]')).toHaveCount(dataset.points.length);
  await expect(page.locator('wsw-timeline[data-ready]')).toHaveCount(1);
  await page.evaluate(() => new Promise(requestAnimationFrame));
  const drawn = await page.locator('wsw-timeline').evaluate((el) => (el as unknown as { visibleMarks(): DrawnMark[] }).visibleMarks());
  expect(drawn.flatMap((m) => m.ids).sort()).toEqual(dated.map((p) => p.id).sort());
});

test('a point page shows the point, and its source link lands on the highlighted sentence', async ({ page }) => {
  const point = dataset.points.find((p) => p.quote !== null) ?? dataset.points[0]!;
  await page.goto(point.path);
  await expect(page.locator(`article.point[data-point="${point.id}"]`)).toBeVisible();
  await page.locator('article.point ol a').first().click();
  await expect(page.locator(`[id="s-${point.id}"]`)).toBeInViewport();
});

test('no internal link, image, script, canonical or redirect of the build is broken', async () => {
  const { pages, broken } = await checkBuiltSite(OUT_DIR);
  expect(pages).toBeGreaterThan(dataset.points.length);
  expect(broken).toEqual([]);
});

test('every point and actor of the build is recorded in the registry of published ids', () => {
  const registry = parseIdRegistry(readFileSync(PUBLISHED_IDS_FILE, 'utf8'), PUBLISHED_IDS_FILE);
  const unrecorded = [
    ...dataset.points.map((p) => p.id).filter((id) => !(id in registry.points)),
    ...dataset.actors.filter((a) => a.path !== undefined && !(a.id in (registry.actors ?? {}))).map((a) => a.id),
  ];
  expect(unrecorded, 'run `npm run publish-ids`').toEqual([]);
});
