/**
 * A point's page is made to be shared: it unfurls (meta tags, preview image, structured
 * data), and its Copy link / Share buttons hand over its exact canonical URL.
 */
import AxeBuilder from '@axe-core/playwright';
import { SITE_URL } from '../src/site-config.ts';
import { expect, test } from './support/fixtures.ts';
import { at, builtDataset, EVERY_PAGE } from './support/site.ts';

const dataset = builtDataset();
const point = dataset.points.find((p) => p.quote !== null) ?? dataset.points[0]!;
const canonicalOf = (path: string) => new URL(path, SITE_URL).href;

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)], 'PNG signature').toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('latin1'), 'IHDR first').toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test.describe('point pages unfurl', () => {
  // In batches, so that a growing dataset does not push one test past its time limit.
  const BATCH = 10;
  for (let from = 0; from < dataset.points.length; from += BATCH) {
    const batch = dataset.points.slice(from, from + BATCH);
    test(
      `points ${from + 1}–${from + batch.length} of ${dataset.points.length} have their meta tags, structured data and preview image`,
      EVERY_PAGE,
      async ({ page, request }) => {
        for (const p of batch) {
          await page.goto(p.path, { waitUntil: 'domcontentloaded' });
          const url = canonicalOf(p.path);
          const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`);
          await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
          await expect(page).toHaveTitle(/\S.* · who-said-what$/);
          await expect(meta('description')).toHaveAttribute('content', /\S.{9,}/);
          await expect(meta('og:type')).toHaveAttribute('content', 'article');
          await expect(meta('og:url')).toHaveAttribute('content', url);
          await expect(meta('og:title')).toHaveAttribute('content', p.summary);
          await expect(meta('og:description')).toHaveAttribute('content', /\S.{9,}/);
          await expect(meta('og:image')).toHaveAttribute('content', `${url}og.png`);
          await expect(meta('og:image:width')).toHaveAttribute('content', '1200');
          await expect(meta('og:image:height')).toHaveAttribute('content', '630');
          await expect(meta('og:image:alt')).toHaveAttribute('content', /\S.{9,}/);
          await expect(meta('twitter:card')).toHaveAttribute('content', 'summary_large_image');
          await expect(meta('twitter:image')).toHaveAttribute('content', `${url}og.png`);

          const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? 'null') as {
            isBasedOn: unknown[];
            spokenByCharacter: { name: string };
          };
          expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'Quotation', url });
          expect(ld.isBasedOn.length, `${p.id}: isBasedOn`).toBe(new Set(p.sources.map((s) => s.article)).size);
          if (p.speaker !== 'unknown') expect(ld.spokenByCharacter.name, `${p.id}: spokenByCharacter`).toBeTruthy();

          const image = await request.get(`${p.path}og.png`);
          expect(image.status(), `${p.path}og.png`).toBe(200);
          expect(image.headers()['content-type']).toBe('image/png');
          expect(pngSize(await image.body()), `${p.id}: preview size`).toEqual({ width: 1200, height: 630 });
        }
      },
    );
  }

  test('a point page shows its neighbours and links to the timeline focused on it', async ({ page }) => {
    await page.goto(point.path);
    await expect(page.locator(`main a[href="${at(`/?p=${point.id}`)}"]`)).toBeVisible();
    const neighbours = page.locator('nav.point-neighbours a');
    expect(await neighbours.count()).toBeGreaterThan(0);
    const ids = new Set(dataset.points.map((p) => p.path));
    for (const href of await neighbours.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(ids.has(href!), `${href} is a point`).toBe(true);
    }
  });
});

test('a point page and the data page have no accessibility violations axe can find', async ({ page }) => {
  for (const url of [point.path, at('/data/')]) {
    await page.goto(url);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      url,
    ).toEqual([]);
  }
});

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('puts the exact canonical URL on the clipboard and says so', async ({ page }) => {
    await page.goto(point.path);
    const url = canonicalOf(point.path);
    await expect(page.locator('[data-share-url]')).toHaveValue(url);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status')).toHaveText('Link copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  });

  test('falls back to selecting the link and execCommand when the Clipboard API refuses', async ({ page }) => {
    await page.addInitScript(() => {
      window.navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await page.goto(point.path);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status')).toHaveText('Link copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonicalOf(point.path));
  });

  test('offers the native share sheet only where there is one, with the URL', async ({ page }) => {
    await page.goto(point.path);
    await expect(page.getByRole('button', { name: 'Share…' })).toBeHidden();

    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, 'share', { value: (data: ShareData) => Promise.resolve(void shared.push(data)) });
    });
    await page.reload();
    await page.getByRole('button', { name: 'Share…' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toEqual([{ title: point.summary, url: canonicalOf(point.path) }]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the link is there as text to select, and no button that could not work', async ({ page }) => {
    await page.goto(point.path);
    await expect(page.locator('[data-share-url]')).toBeVisible();
    await expect(page.locator('[data-share-url]')).toHaveValue(canonicalOf(point.path));
    await expect(page.getByRole('button')).toHaveCount(0);
  });
});
