import { expect, test } from './support/fixtures.ts';
import { at } from './support/site.ts';

test('a missing address answers 404 with the not-found page and a way home', async ({ page, baseURL, problems }) => {
  const url = new URL('no-such-page/', baseURL).href;
  problems.expectStatus(url, 404);
  const response = await page.goto(url);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  const home = page.locator(`main a[href="${at('/')}"]`);
  await expect(home).toBeVisible();
  await home.click();
  await expect(page).toHaveURL(at('/'));
  await expect(page.locator('h1')).toHaveText('Who said what to whom, and when');
});
