/**
 * Links hold: no internal link in the built site is broken, and every point id ever
 * published (content/published-ids.json) still answers — with its page, a redirect to
 * its successor, or a page that says why it was removed.
 */
import { readFileSync } from 'node:fs';
import { checkBuiltSite } from '../scripts/check-links.ts';
import { parseIdRegistry } from '../src/pipeline/publish/id-registry.ts';
import { OUT_DIR, PUBLISHED_IDS_FILE, SITE_URL } from '../src/site-config.ts';
import { expect, test } from './support/fixtures.ts';
import { at, builtDataset } from './support/site.ts';

const dataset = builtDataset();
const registry = parseIdRegistry(readFileSync(PUBLISHED_IDS_FILE, 'utf8'), PUBLISHED_IDS_FILE);
const current = new Map(dataset.points.map((p) => [p.id, p]));
const retired = Object.keys(registry.points).filter((id) => !current.has(id));
const actors = dataset.actors.filter((a) => a.path !== undefined);
const currentActors = new Set(actors.map((a) => a.id));
const retiredActors = Object.keys(registry.actors ?? {}).filter((id) => !currentActors.has(id));

test('no internal link, image, script, canonical or redirect in the build is broken', async () => {
  const { pages, broken } = await checkBuiltSite(OUT_DIR);
  expect(pages).toBeGreaterThan(dataset.points.length);
  expect(broken).toEqual([]);
});

test('every point of the build is in the registry of published ids', () => {
  expect(
    dataset.points.map((p) => p.id).filter((id) => !(id in registry.points)),
    'run `npm run publish-ids`',
  ).toEqual([]);
});

test('every actor with a page is in the registry of published ids', () => {
  expect(
    actors.map((a) => a.id).filter((id) => !(id in (registry.actors ?? {}))),
    'run `npm run publish-ids`',
  ).toEqual([]);
});

test(`every retired actor id (${retiredActors.length}) answers with a redirect to the actor that bears its name, or a notice`, async ({ request }) => {
  for (const id of retiredActors) {
    const response = await request.get(at(`/actors/${id}/`));
    expect(response.status(), id).toBe(200);
    const html = await response.text();
    const target = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
    if (target)
      expect(target.startsWith(at('/actors/')) && currentActors.has(target.slice(at('/actors/').length, -1)), `${id} redirects to a current actor`).toBe(true);
    else expect(html, id).toContain('This actor’s page was removed');
  }
});

test(`every retired id (${retired.length}) answers with a redirect to its successor (and its preview) or a removal notice`, async ({ page, request }) => {
  for (const id of retired) {
    const response = await request.get(at(`/points/${id}/`));
    expect(response.status(), id).toBe(200);
    // Read the page without loading it, so that its refresh does not navigate away first.
    const head = await page.evaluate(
      (html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        return {
          refresh: doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? null,
          canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
          image: doc.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? null,
          robots: doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? null,
          h1: doc.querySelector('h1')?.textContent ?? null,
          links: [...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href')),
          text: doc.querySelector('main')?.textContent ?? '',
        };
      },
      await response.text(),
    );
    if (head.refresh !== null) {
      const target = /^0; url=(.+)$/.exec(head.refresh)?.[1] ?? '';
      expect(target.startsWith(at('/points/')) && target.endsWith('/'), `${id}: refresh target ${target}`).toBe(true);
      expect(current.has(target.slice(at('/points/').length, -1)), `${id} redirects to a current point`).toBe(true);
      expect(head.canonical, `${id}: canonical`).toBe(new URL(target, SITE_URL).href);
      // A link shared before the move still unfurls, with the preview of the statement it became.
      expect(head.image, `${id}: preview image`).toBe(new URL(`${target}og.png`, SITE_URL).href);
      expect(head.links, `${id}: a visible link to the successor`).toContain(target);
      await page.goto(at(`/points/${id}/`));
      await expect(page, `${id} lands on its successor`).toHaveURL(target);
    } else {
      expect(head.h1, id).toBe('This statement was removed');
      expect(head.robots, id).toBe('noindex');
      expect(head.text, `${id} says why`).toMatch(/articles/);
    }
  }
});

test('following a source link lands on the highlighted sentence in the article', async ({ page }) => {
  const point = dataset.points.find((p) => p.sources.length > 1) ?? dataset.points[0]!;
  await page.goto(point.path);
  const link = page.locator('article.point ol a').first();
  const href = (await link.getAttribute('href'))!;
  await link.click();
  const anchor = decodeURIComponent(href.split('#')[1]!);
  const target = page.locator(`[id="${anchor}"]`);
  await expect(target).toBeInViewport();
  await expect(page.locator(`mark.statement:has([id="${anchor}"]), mark.statement[id="${anchor}"]`)).toContainText(point.sources[0]!.excerpt);
});
