/**
 * The feed, the sitemap and the TimelineJS export: valid to a strict parser, listing only
 * addresses that exist in the build, and saying which articles they were built from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { OUT_DIR, SITE_URL } from '../src/site-config.ts';
import type { TimelineJs } from '../src/pipeline/export/timelinejs.ts';
import { expect, test } from './support/fixtures.ts';
import { at, builtDataset } from './support/site.ts';

const dataset = builtDataset();

interface Parsed {
  error: string | null;
  root: string;
  namespace: string | null;
  /** Every address in the document: elements' text (`loc`, `id`) or attributes (`href`) as asked. */
  urls: string[];
  count: number;
}

/** The browser's own XML parser, which rejects anything not well formed with a <parsererror>. */
function parseXml(page: Page, text: string, urls: { text?: string; attr?: [string, string] }, count: string): Promise<Parsed> {
  return page.evaluate(
    ({ text, urls, count }) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.getElementsByTagName('parsererror')[0];
      const all = (name: string) => [...doc.getElementsByTagNameNS('*', name)];
      return {
        error: error ? error.textContent : null,
        root: doc.documentElement.localName,
        namespace: doc.documentElement.namespaceURI,
        urls: [
          ...(urls.text ? all(urls.text).map((e) => e.textContent ?? '') : []),
          ...(urls.attr ? all(urls.attr[0]).map((e) => e.getAttribute(urls.attr![1]) ?? '') : []),
        ],
        count: all(count).length,
      };
    },
    { text, urls, count },
  );
}

/** Each address (absolute, on this site) answers 200 from the built site. */
async function expectAllExist(request: APIRequestContext, urls: string[]): Promise<void> {
  for (const url of new Set(urls)) {
    expect(url.startsWith(SITE_URL), `${url} is on ${SITE_URL}`).toBe(true);
    const { pathname } = new URL(url);
    expect((await request.get(pathname)).status(), url).toBe(200);
  }
}

test('the Atom feed parses strictly, has an entry per point, and links only to what exists', async ({ page, request }) => {
  const response = await request.get(at('/feed.xml'));
  expect(response.status()).toBe(200);
  // A static host types the file by its extension: any XML type will do for feed readers.
  expect(response.headers()['content-type']).toMatch(/^(?:application|text)\/(?:atom\+)?xml/);
  const text = await response.text();
  const feed = await parseXml(page, text, { attr: ['link', 'href'] }, 'entry');
  expect(feed.error).toBeNull();
  expect(feed.root).toBe('feed');
  expect(feed.namespace).toBe('http://www.w3.org/2005/Atom');
  expect(feed.count).toBe(dataset.points.length);
  await expectAllExist(request, feed.urls);
  for (const article of dataset.builtFrom.articles) expect(text, `built from ${article}`).toContain(at(`/articles/${article}/"`));
});

test('the feed lists the newest statements first, and those with no day at all last', async ({ page, request }) => {
  const text = await (await request.get(at('/feed.xml'))).text();
  const entries = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    return [...doc.getElementsByTagNameNS('*', 'entry')].map((e) => ({
      id: e.getElementsByTagNameNS('*', 'id')[0]!.textContent,
      updated: e.getElementsByTagNameNS('*', 'updated')[0]!.textContent,
    }));
  }, text);
  // Undated, and reported only by undated articles: nothing to file it under.
  const articleDate = new Map(dataset.articles.map((a) => [a.id, a.date]));
  const dayless = new Set(
    dataset.points.filter((p) => p.date === null && p.sources.every((s) => !articleDate.get(s.article))).map((p) => new URL(p.path, SITE_URL).href),
  );
  expect(dayless.size, 'the story has a statement with no day at all').toBeGreaterThan(0);
  const filed = entries.filter((e) => !dayless.has(e.id)).map((e) => e.updated);
  expect(filed).toEqual([...filed].sort().reverse());
  expect(
    entries
      .slice(filed.length)
      .map((e) => e.id)
      .sort(),
  ).toEqual([...dayless].sort());
});

test('the sitemap parses strictly and lists exactly the pages of the build', async ({ page, request }) => {
  const response = await request.get(at('/sitemap.xml'));
  expect(response.status()).toBe(200);
  const sitemap = await parseXml(page, await response.text(), { text: 'loc' }, 'url');
  expect(sitemap.error).toBeNull();
  expect(sitemap.root).toBe('urlset');
  expect(sitemap.namespace).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  await expectAllExist(request, sitemap.urls);

  // Every HTML page of the build, but the not-found page, the redirects of retired ids, and the pages that ask
  // search engines to stay away (the embed, notices of removal).
  const dist = path.resolve(OUT_DIR);
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .filter((file) => !/<meta name="robots" content="noindex"|<meta http-equiv="refresh"/.test(readFileSync(path.join(dist, file), 'utf8')))
    .map((file) =>
      at(
        `/${file
          .split(path.sep)
          .join('/')
          .replace(/index\.html$/, '')}`,
      ),
    );
  expect(pages).toContain(at('/actors/'));
  const expected = pages.map((p) => new URL(p, SITE_URL).href);
  expect([...sitemap.urls].sort()).toEqual(expected.sort());
});

test('robots.txt points crawlers at the sitemap', async ({ request }) => {
  const response = await request.get(at('/robots.txt'));
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain(`Sitemap: ${new URL(at('/sitemap.xml'), SITE_URL).href}`);
});

test('the TimelineJS export has an event per dated point and names the articles it was built from', async ({ request }) => {
  const response = await request.get(at('/data/timelinejs.json'));
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  const timeline = (await response.json()) as TimelineJs;
  const dated = dataset.points.filter((p) => p.date !== null);
  expect(dated.length, 'some dated point').toBeGreaterThan(0);
  expect(timeline.events.map((e) => e.unique_id)).toEqual(dated.map((p) => p.id));
  for (const event of timeline.events) {
    expect(event.start_date.year, event.unique_id).toBeGreaterThan(1900);
    expect(event.text.headline, event.unique_id).toBeTruthy();
    expect(event.group, event.unique_id).toBeTruthy();
  }
  expect(timeline.title.text.headline).toBeTruthy();
  for (const article of dataset.builtFrom.articles) expect(timeline.title.text.text).toContain(at(`/articles/${article}/`));
});

test('the data page links every download, describes it, and lists the articles they were built from', async ({ page, request }) => {
  await page.goto(at('/data/'));
  for (const href of [at('/data/timeline.json'), at('/data/timeline.csv'), at('/data/timelinejs.json'), at('/feed.xml'), at('/sitemap.xml')]) {
    const term = page.locator('main dt', { has: page.locator(`a[href="${href}"]`) });
    await expect(term, href).toBeVisible();
    await expect(term.locator('xpath=following-sibling::dd[1]'), `description of ${href}`).toHaveText(/\S.{19,}/);
    expect((await request.get(href)).status(), href).toBe(200);
  }
  const listed = await page.locator('main h2:has-text("Built from") + ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(listed).toEqual(dataset.builtFrom.articles.map((id) => at(`/articles/${id}/`)));
});

test('every page announces the feed to feed readers', async ({ page }) => {
  for (const url of [at('/'), at('/data/'), dataset.points[0]!.path]) {
    await page.goto(url);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', at('/feed.xml'));
  }
});
