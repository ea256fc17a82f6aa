/** The timeline on a phone (390×844, touch): time runs down, lanes go across, a tap opens a point. */
import type { Page } from '@playwright/test';
import type { DrawnMark } from '../src/islands/timeline/main.ts';
import { expect, test } from './support/fixtures.ts';
import { at, builtDataset } from './support/site.ts';

const dataset = builtDataset();
const dated = dataset.points.filter((p) => p.date !== null);

async function marks(page: Page): Promise<DrawnMark[]> {
  await page.evaluate(() => new Promise(requestAnimationFrame));
  return page.locator('wsw-timeline').evaluate((el) => (el as unknown as { visibleMarks(): DrawnMark[] }).visibleMarks());
}

test.describe('the timeline on a phone', () => {
  test('is laid out vertically: time runs down the screen, within its width', async ({ page }) => {
    await page.goto(at('/'));
    await expect(page.locator('wsw-timeline[data-ready]')).toHaveAttribute('data-orientation', 'vertical');
    const canvas = (await page.locator('[data-chart] canvas').boundingBox())!;
    expect(canvas.width).toBeLessThanOrEqual(390);
    expect(canvas.height).toBeGreaterThan(canvas.width);

    const drawn = await marks(page);
    expect(drawn.flatMap((m) => m.ids).sort()).toEqual(dated.map((p) => p.id).sort());
    // The earliest point is above the latest.
    const first = drawn.find((m) => m.ids.includes(dated[0]!.id))!;
    const last = drawn.find((m) => m.ids.includes(dated.at(-1)!.id))!;
    expect(first.y).toBeLessThan(last.y);
  });

  test('a tap on a mark opens its details in a sheet on screen, and × closes it', async ({ page }) => {
    await page.goto(at('/'));
    await expect(page.locator('wsw-timeline[data-ready]')).toHaveCount(1);
    const mark = (await marks(page)).find((m) => !m.cluster)!;
    await page.locator('[data-chart] canvas').tap({ position: { x: mark.x, y: mark.y } });
    const details = page.locator('[data-details]');
    await expect(details).toBeVisible();
    await expect(details).toBeInViewport();
    await expect(page).toHaveURL(new RegExp(`[?&]p=${mark.ids[0]}`));
    await details.getByRole('button', { name: 'Close details' }).tap();
    await expect(details).toBeHidden();
  });

  test('the zoom buttons can be tapped', async ({ page }) => {
    await page.goto(at('/'));
    const host = page.locator('wsw-timeline[data-ready]');
    const before = await host.getAttribute('data-from');
    await page.getByRole('button', { name: 'Zoom in' }).tap();
    await expect(host).not.toHaveAttribute('data-from', before!);
  });
});
