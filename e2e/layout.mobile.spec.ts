/** Runs in the phone-sized project only (390×844, touch). */
import { expect, test } from './support/fixtures.ts';
import { at, builtDataset } from './support/site.ts';

const dataset = builtDataset();
const pages = [at('/'), at('/articles/'), at('/data/'), ...dataset.articles.map((a) => a.path), dataset.points[0]?.path ?? at('/')];

test.describe('on a phone', () => {
  for (const path of pages) {
    test(`${path} fits the screen width without sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      // Open every disclosure, the raw text among them: long unbroken lines there must wrap as well.
      for (const summary of await page.locator('details > summary').all()) await summary.tap();
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, `page width at a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
    });
  }

  test('the site navigation can be tapped', async ({ page }) => {
    await page.goto(at('/'));
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Articles' }).tap();
    await expect(page).toHaveURL(at('/articles/'));
    await expect(page.locator('h1')).toHaveText('Articles');
  });
});
