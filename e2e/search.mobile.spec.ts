/** The search box on a phone (390×844, touch): the results fit the screen. */
import { expect, test } from './support/fixtures.ts';
import { at } from './support/site.ts';

test('the search page fits the screen width with the results open', async ({ page }) => {
  await page.goto(at('/search/'));
  const form = page.locator('form[data-search]').first();
  await form.locator('input[name="q"]').fill('Radescu');
  await expect(form.getByRole('option').first()).toBeVisible();
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page width at a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
  const popup = await form.locator('[data-search-popup]').boundingBox();
  expect(popup && popup.x >= 0 && popup.x + popup.width <= clientWidth, 'the results are on screen').toBe(true);
  await form.getByRole('option').first().tap();
  await expect(page).toHaveURL(/\/points\/[^/]+\/$/);
});
