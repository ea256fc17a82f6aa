import { expect, test } from './support/fixtures.ts';

test('a missing address answers 404 with the not-found page and a way home', async ({ page, baseURL, problems }) => {
  const url = `${baseURL}/no-such-page/`;
  problems.expectStatus(url, 404);
  const response = await page.goto(url);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  const home = page.locator('main a[href="/"]');
  await expect(home).toBeVisible();
  await home.click();
  await expect(page).toHaveURL('/');
  await expect(page.locator('h1')).toHaveText('Who said what to whom, and when');
});
