import { expect, test } from './support/fixtures.ts';
import { at, builtDataset } from './support/site.ts';

const dataset = builtDataset();
const actorName = new Map(dataset.actors.map((a) => [a.id, a.name]));

test.describe('home page', () => {
  test('has the head a browser and a search engine need: lang, title, description, canonical, favicon', async ({ page, request }) => {
    await page.goto(at('/'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(/who-said-what/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S{10,}/);

    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical, 'canonical link').not.toBeNull();
    expect(new URL(canonical!).pathname, 'the canonical URL of the home page').toBe(at('/'));

    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon, 'favicon link').not.toBeNull();
    const iconResponse = await request.get(new URL(icon!, page.url()).href);
    expect(iconResponse.status(), `favicon ${icon}`).toBe(200);
  });

  test('has one h1 naming what the site is', async ({ page }) => {
    await page.goto(at('/'));
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(/who said what/i);
  });

  test('lists every point with its date, speaker, words and a link to its page', async ({ page }) => {
    await page.goto(at('/'));
    const items = page.locator('li[data-point]');
    await expect(items).toHaveCount(dataset.points.length);
    expect(dataset.points.length, 'the seed articles yield points').toBeGreaterThan(0);

    const shown = await items.evaluateAll((lis) =>
      lis.map((li) => ({
        id: li.getAttribute('data-point'),
        datetime: li.querySelector('time')?.getAttribute('datetime') ?? null,
        date: li.querySelector('time')?.textContent?.trim() ?? '',
        speaker: li.querySelector('strong')?.textContent ?? null,
        words: li.querySelector('blockquote')?.textContent ?? null,
        link: li.querySelector('a')?.getAttribute('href') ?? null,
      })),
    );
    // The date's wording is the formatter's business; here it must be there, and machine-readable when known.
    for (const item of shown) expect(item.date, `date of ${item.id}`).toMatch(/^(Undated|.*\d{4}.*)$/);
    expect(shown.map(({ date: _, ...rest }) => rest)).toEqual(
      dataset.points.map((point) => ({
        id: point.id,
        datetime: point.date,
        speaker: actorName.get(point.speaker) ?? point.speaker,
        words: point.quote ? `“${point.quote}”` : point.summary,
        link: at(`/points/${point.id}/`),
      })),
    );
  });

  test('every point link on it answers 200 with that point’s page', async ({ page, request }) => {
    await page.goto(at('/'));
    const hrefs = await page.locator('li[data-point] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toHaveLength(dataset.points.length);
    for (const href of hrefs) {
      expect(href?.startsWith(at('/points/')), href!).toBe(true);
      const response = await request.get(href!);
      expect(response.status(), href!).toBe(200);
      const id = href!.slice(at('/points/').length, -1);
      expect(await response.text(), `${href} is the page of point ${id}`).toContain(`data-point="${id}"`);
    }
  });

  test('the site navigation reaches each section and marks the current one', async ({ page }) => {
    await page.goto(at('/'));
    const nav = page.getByRole('navigation', { name: 'Site' });
    for (const [label, path, heading] of [
      ['Articles', at('/articles/'), 'Articles'],
      ['Data', at('/data/'), 'Take the data away'],
      ['Timeline', at('/'), 'Who said what to whom, and when'],
    ] as const) {
      await nav.getByRole('link', { name: label }).click();
      await expect(page).toHaveURL(path);
      await expect(page.locator('h1')).toHaveText(heading);
      await expect(nav.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
    }
  });
});
