/** Printing the home page prints the statements, as a list: not the timeline's canvas and buttons. */
import { expect, test } from './support/fixtures.ts';
import { at, builtDataset } from './support/site.ts';

const dataset = builtDataset();

test('printing the home page prints every statement, and no control', async ({ page }) => {
  await page.goto(at('/'));
  await expect(page.locator('wsw-timeline[data-ready]')).toHaveCount(1);
  await expect(page.locator('#timeline-list')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#timeline-list li[data-point]')).toHaveCount(dataset.points.length);
  for (const item of await page.locator('#timeline-list li[data-point]').all()) await expect(item).toBeVisible();
  await expect(page.locator('wsw-timeline canvas')).toBeHidden();
  expect(await page.locator('button:visible, input:visible, select:visible').count(), 'controls on paper').toBe(0);
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
});
