import { expect, test } from './support/fixtures.ts';
import { builtDataset, EVERY_PAGE } from './support/site.ts';

const dataset = builtDataset();
const articlePath = new Map(dataset.articles.map((a) => [a.id, a.path]));

test.describe('source highlights', () => {
  // In batches, so that a growing dataset does not push one test past its time limit.
  const BATCH = 10;
  for (let from = 0; from < dataset.points.length; from += BATCH) {
    const batch = dataset.points.slice(from, from + BATCH);
    const label = `${from + 1}–${from + batch.length} of ${dataset.points.length}`;
    test(`point pages ${label} link each source to its anchor on the article page`, EVERY_PAGE, async ({ page }) => {
      for (const point of batch) {
        await page.goto(point.path, { waitUntil: 'domcontentloaded' });
        const links = await page.locator('article.point ol a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        const expected = point.sources.map((s) => `${articlePath.get(s.article)}#s-${point.id}`);
        expect(links, `source links on ${point.path}`).toEqual(expected);
      }
    });
  }

  for (const article of dataset.articles) {
    test(`every statement reported by ${article.id} is highlighted there under its anchor`, async ({ page }) => {
      const sources = dataset.points.flatMap((p) => p.sources.filter((s) => s.article === article.id).map((s) => ({ point: p.id, excerpt: s.excerpt })));
      await page.goto(article.path);
      for (const { point, excerpt } of sources) {
        const anchor = page.locator(`[id="s-${point}"]`);
        await expect(anchor, `#s-${point}`).toHaveCount(1);
        // The anchor is a <mark>, or a <span> inside the <mark> it shares with an overlapping statement.
        const mark = page.locator(`.article-body mark:has([id="s-${point}"]), .article-body mark[id="s-${point}"]`);
        await expect(mark).toHaveCount(1);
        await expect(mark).toContainText(excerpt);
      }
      const marks = await page.locator('.article-body mark').count();
      expect(marks > 0, 'some highlight').toBe(sources.length > 0);
    });
  }

  test('following a source link scrolls its highlighted sentence into view', async ({ page }) => {
    const point = dataset.points.find((p) => p.sources.length > 1) ?? dataset.points[0]!;
    const source = point.sources.at(-1)!;
    await page.goto(point.path);
    await page.locator(`article.point ol a[href$="#s-${point.id}"]`).last().click();
    await expect(page).toHaveURL(`${articlePath.get(source.article)}#s-${point.id}`);
    const target = page.locator(`[id="s-${point.id}"]`);
    await expect(target).toBeInViewport();
    await expect(page.locator(':target')).toHaveAttribute('id', `s-${point.id}`);
  });
});
