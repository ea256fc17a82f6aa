/**
 * Runs in the phone-sized project only (390×844, touch): the pages of #15 — an actor's page,
 * the actors' index, the embed alone and inside another origin's page — fit the screen and
 * pass axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures.ts';
import { HOST_SITE_ORIGIN } from './support/ports.ts';
import { at, builtDataset } from './support/site.ts';

const dataset = builtDataset();
const actor = dataset.actors.filter((a) => a.path).sort((a, b) => b.aliases.length - a.aliases.length || a.id.localeCompare(b.id))[0]!;
const point = dataset.points.find((p) => p.date !== null)!;

for (const path of [actor.path!, at('/actors/'), at(`/embed/?p=${point.id}`)]) {
  test(`${path} fits the screen and has no accessibility violations`, async ({ page }) => {
    await page.goto(path);
    if (path.startsWith(at('/embed/'))) await expect(page.locator('wsw-timeline[data-ready]')).toHaveCount(1);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth, `page width at a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the embed in another origin’s page turns with a phone: time runs down, within the frame’s width', async ({ page, baseURL }) => {
  await page.goto(`${HOST_SITE_ORIGIN}/story?embed=${encodeURIComponent(`${new URL(baseURL!).origin}${at('/embed/')}`)}`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('wsw-timeline[data-ready]')).toHaveCount(1);
  await expect(frame.locator('wsw-timeline')).toHaveAttribute('data-orientation', 'vertical');
  const widths = await frame.locator('html').evaluate((html) => ({ scroll: html.scrollWidth, client: html.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
});
