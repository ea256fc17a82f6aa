import { expect, test } from './support/fixtures.ts';
import { at, builtDataset } from './support/site.ts';

const dataset = builtDataset();

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page still shows every point', async ({ page }) => {
    await page.goto(at('/'));
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('li[data-point]')).toHaveCount(dataset.points.length);
    await expect(page.locator('li[data-point] blockquote').first()).toBeVisible();
  });

  test('an article page still shows its headline and text', async ({ page }) => {
    await page.goto(at('/articles/harbour-ledger-seizure/'));
    await expect(page.locator('h1')).toHaveText('Marrovia Demands Release of Seized Survey Ship');
    await expect(page.locator('.article-body')).toContainText('We will not negotiate over the freedom of the seas');
    await expect(page.locator('.article-body mark').first()).toBeVisible();
  });
});
