/**
 * The home page at a size the seeds never reach (e2e/support/big-story.ts): a lane with more
 * speakers than it shows folds them into one row that opens on demand, and the points the page
 * did not carry arrive in parts, reachable by link and by search.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { DrawnMark } from '../src/islands/timeline/main.ts';
import { CHUNK_POINTS } from '../src/pipeline/publish/point-chunks.ts';
import { FOLDING } from '../src/islands/timeline/layout.ts';
import { bigStory, serveStory, STORY_FILE_POINTS } from './support/big-story.ts';
import { expect, test } from './support/fixtures.ts';
import { at } from './support/site.ts';

const story = bigStory();
const envoys = story.actors.filter((a) => a.id.startsWith('envoy-'));
const name = new Map(story.actors.map((a) => [a.id, a.name]));
const timeline = (page: Page) => page.locator('wsw-timeline');

async function open(page: Page, search = ''): Promise<string[]> {
  const parts = await serveStory(page, story);
  await page.goto(`${at('/')}${search}`);
  await expect(page.locator('wsw-timeline[data-ready][data-complete]')).toHaveCount(1);
  return parts;
}

/** The rows' labels as drawn, with each row's marks. */
async function marks(page: Page): Promise<DrawnMark[]> {
  await page.evaluate(() => new Promise(requestAnimationFrame));
  return timeline(page).evaluate((el) => (el as unknown as { visibleMarks(): DrawnMark[] }).visibleMarks());
}

test.describe('a lane with more speakers than it shows', () => {
  test('folds the least active into one row whose button opens it, by keyboard, and folds it back', async ({ page }) => {
    await open(page);
    const fold = page.locator('button[data-fold="France"]');
    await expect(fold).toHaveText(/^\d+ others$/);
    // The lane shows as many as the chart's rows allow, the other lanes showing all theirs.
    expect(Number((await fold.textContent())!.split(' ')[0])).toBeGreaterThan(envoys.length - FOLDING.rows / 2);
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    const height = await page.locator('[data-chart]').evaluate((el) => el.clientHeight);

    // Every point is drawn, folded or not: the fold row holds the marks of those it folds.
    const before = (await marks(page)).flatMap((m) => m.ids);
    expect(new Set(before).size).toBe(story.points.filter((p) => p.date !== null).length);

    await fold.focus();
    await page.keyboard.press('Enter');
    await expect(fold).toHaveAttribute('aria-expanded', 'true');
    await expect(fold).toBeFocused();
    const opened = await page.locator('[data-chart]').evaluate((el) => el.clientHeight);
    expect(opened).toBeGreaterThan(height);
    // About two screens at most, whatever the lane holds.
    expect(opened).toBeLessThanOrEqual(2 * page.viewportSize()!.height);

    await page.keyboard.press('Space');
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('[data-chart]')).toHaveJSProperty('clientHeight', height);
    const results = await new AxeBuilder({ page }).include('wsw-timeline').analyze();
    expect(results.violations).toEqual([]);
  });

  test('the actor filter reaches a folded speaker, who then has a row of their own', async ({ page }) => {
    await open(page);
    const quiet = envoys.at(-1)!;
    await page.locator('.tl-filters summary').click();
    await page.locator('select[name=actor]').selectOption(quiet.id);
    await expect(page).toHaveURL(new RegExp(`actor=${quiet.id}`));
    const drawn = (await marks(page)).flatMap((m) => m.ids);
    const theirs = story.points.filter((p) => p.date !== null && (p.speaker === quiet.id || p.addressees.includes(quiet.id)));
    expect(drawn.sort()).toEqual(theirs.map((p) => p.id).sort());
    await expect(page.locator('button[data-fold="France"]')).toHaveCount(0);
  });
});

test.describe('a story larger than the page carries', () => {
  const older = story.points.find((p, i) => i < CHUNK_POINTS && p.date !== null && p.quote !== null)!;

  test('the page embeds the newest part and fetches the others in larger files', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const parts = await open(page);
    expect(parts.length).toBe(Math.ceil((story.points.length - CHUNK_POINTS) / STORY_FILE_POINTS));
    expect(requested).toEqual(expect.arrayContaining(parts));
    const embedded = await page.locator('#timeline-data').evaluate((el) => (JSON.parse(el.textContent ?? '{}') as { points: unknown[] }).points.length);
    expect(embedded).toBe(CHUNK_POINTS);
  });

  test('a point outside the first part opens from its link (?p=)', async ({ page }) => {
    await open(page, `?p=${encodeURIComponent(older.id)}`);
    await expect(page.locator('[data-details]')).toBeVisible();
    await expect(page.locator('[data-details-heading]')).toContainText(name.get(older.speaker)!);
    await expect(page.locator('[data-details]')).toContainText(older.quote!);
    await expect(page.locator('[data-notices]')).toBeHidden();
  });

  test('a point outside the first part opens from the search box, on the page', async ({ page }) => {
    await open(page);
    const input = page.locator('header form[data-search] input[name="q"]');
    await input.fill(older.quote!);
    const option = page.locator('header form[data-search]').getByRole('option').filter({ hasText: older.quote! }).first();
    await expect(option).toBeVisible();
    await option.click();
    await expect(page.locator('[data-details]')).toBeVisible();
    await expect(page.locator('[data-details]')).toContainText(older.quote!);
    await expect.poll(() => new URL(page.url()).searchParams.get('p')).toBe(older.id);
    expect(new URL(page.url()).pathname).toBe(at('/'));
  });
});
