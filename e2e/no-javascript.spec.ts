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
    await page.goto(at('/articles/000_43d6ccf62db35b61/'));
    await expect(page.locator('h1')).toHaveText(/Russia Sends Written Follow-Up/);
    await expect(page.locator('.article-body')).toContainText('We can confirm we received a written follow-up from Russia');
    await expect(page.locator('.article-body mark').first()).toBeVisible();
  });
});
