/**
 * The timeline inside someone else's page (#15): the home page's Embed button gives the code
 * for the view on screen, and that code works in a page of another origin (e2e/support/host-site.ts),
 * deep link included, with links opening in a new tab of the reader's browser.
 */
import AxeBuilder from '@axe-core/playwright';
import { EMBED_TITLE, embedSnippet } from '../src/islands/embed/snippet.ts';
import { expect, test } from './support/fixtures.ts';
import { HOST_SITE_ORIGIN } from './support/ports.ts';
import { at, builtDataset } from './support/site.ts';

const dataset = builtDataset();
/** A dated point with someone to say it to, and a source: its details have links to follow. */
const point = dataset.points.find((p) => p.date !== null && p.addressees.length > 0)!;
const actor = point.speaker;

test.describe('the Embed button', () => {
  test('gives the code for the view on screen, and copies it', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(at(`/?actor=${actor}&p=${point.id}`));
    await expect(page.locator('wsw-timeline[data-ready]')).toHaveCount(1);
    await page.getByText('Embed', { exact: true }).click();
    const field = page.getByLabel('Code for your page');
    await expect(field).toBeVisible();
    const code = await field.inputValue();
    expect(code).toBe(embedSnippet(`${new URL(baseURL!).origin}${at('/embed/')}?p=${point.id}&actor=${actor}`));

    await page.getByRole('button', { name: 'Copy code' }).click();
    await expect(page.locator('[data-embed-status]')).toHaveText('Code copied: paste it into your page.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  });
});

test.describe('the embed in a page of another origin', () => {
  test('shows the deep-linked view, works with the keyboard, and opens its links in a new tab', async ({ page, context, baseURL }) => {
    const src = `${new URL(baseURL!).origin}${at('/embed/')}?p=${point.id}&actor=${actor}`;
    const story = `${HOST_SITE_ORIGIN}/story?embed=${encodeURIComponent(src)}`;
    await page.goto(story);
    expect(new URL(page.url()).origin).not.toBe(new URL(baseURL!).origin);
    const iframe = page.locator('iframe');
    await expect(iframe).toHaveAttribute('title', EMBED_TITLE);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('wsw-timeline[data-ready]')).toHaveCount(1);

    // The deep link: the point's details open, the actor filter holds.
    await expect(frame.locator('[data-details]')).toBeVisible();
    await expect(frame.locator('.tl-details-words')).toContainText((point.quote ?? point.summary).slice(0, 30));
    await expect(frame.locator('select[name="actor"]')).toHaveValue(actor);

    // Sized to its frame: nothing wider than the iframe.
    const widths = await frame.locator('html').evaluate((html) => ({ scroll: html.scrollWidth, client: html.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);

    // The keyboard inside the frame.
    await frame.locator('[data-chart]').focus();
    await page.keyboard.press('End');
    await expect(frame.locator('[data-status]')).toContainText(/\(\d+ of \d+\)/);

    // A link leaves the frame for a new tab; the story stays where it was.
    const opened = context.waitForEvent('page');
    await frame.getByRole('link', { name: 'The statement’s own page' }).click();
    const tab = await opened;
    await tab.waitForLoadState();
    expect(tab.url()).toBe(`${new URL(baseURL!).origin}${point.path}`);
    await expect(tab.locator(`[data-point="${point.id}"]`).first()).toBeVisible();
    expect(page.url()).toBe(story);
    await tab.close();
  });

  test('its “Open this view” link takes the view to the full site, in a new tab', async ({ page, context, baseURL }) => {
    await page.goto(`${HOST_SITE_ORIGIN}/story?embed=${encodeURIComponent(`${new URL(baseURL!).origin}${at('/embed/')}?actor=${actor}`)}`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('wsw-timeline[data-ready]')).toHaveCount(1);
    const opened = context.waitForEvent('page');
    await frame.getByRole('link', { name: /Open this view/ }).click();
    const tab = await opened;
    await tab.waitForLoadState();
    expect(new URL(tab.url()).pathname).toBe(at('/'));
    expect(new URL(tab.url()).searchParams.get('actor')).toBe(actor);
    await tab.close();
  });
});

test.describe('the embed page itself', () => {
  test('is the timeline alone, kept out of search indexes, with the home page as its address', async ({ page }) => {
    await page.goto(at('/embed/'));
    await expect(page.locator('header.site-header, footer.site-footer')).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('base')).toHaveAttribute('target', '_blank');
    expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname).toBe(at('/'));
  });

  test('has no accessibility violations, light and dark, with a point open', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(at(`/embed/?p=${point.id}`));
      await expect(page.locator('wsw-timeline[data-ready]')).toHaveCount(1);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        colorScheme,
      ).toEqual([]);
    }
  });
});

test.describe('the embed without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists every statement, each link opening outside the frame', async ({ page }) => {
    await page.goto(at('/embed/'));
    await expect(page.locator('li[data-point]')).toHaveCount(dataset.points.length);
    await expect(page.locator('base')).toHaveAttribute('target', '_blank');
  });
});
