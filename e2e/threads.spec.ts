/**
 * Exchanges as threads (#15): a reply and what it answers, a call and what was said in or
 * about it, on the point pages and on the timeline, followed with the keyboard.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { at, builtDataset } from './support/site.ts';

const dataset = builtDataset();
const byId = new Map(dataset.points.map((p) => [p.id, p]));
const replies = dataset.points.filter((p) => p.inReplyTo && byId.has(p.inReplyTo));
const abouts = dataset.points.filter((p) => p.about && byId.has(p.about));
/** A reply whose answered point and itself are both dated: both have a mark on the timeline. */
const datedReply = replies.find((p) => p.date !== null && byId.get(p.inReplyTo!)!.date !== null);

test('the dataset links some points as replies and some as said about a call or meeting', () => {
  expect(replies.length, 'points with inReplyTo').toBeGreaterThan(0);
  expect(abouts.length, 'points with about').toBeGreaterThan(0);
  expect(datedReply, 'a dated reply to a dated point').toBeTruthy();
  for (const p of [...replies, ...abouts]) expect(p.id).not.toBe(p.inReplyTo ?? p.about);
});

test.describe('a point page', () => {
  test('says what it answers and links to it, and that page lists it among the replies', async ({ page }) => {
    for (const reply of replies) {
      const answered = byId.get(reply.inReplyTo!)!;
      await page.goto(reply.path);
      await page.locator('article.point [data-thread-rel="in-reply-to"] a').click();
      await expect(page).toHaveURL(answered.path);
      const exchange = page.locator('[data-thread]');
      await expect(exchange.getByRole('heading', { name: 'In the exchange' })).toBeVisible();
      await expect(exchange.locator(`[data-thread-rel="reply"] a[href="${reply.path}"]`)).toBeVisible();
    }
  });

  test('says which call or meeting a statement was said in or about, and that page lists it', async ({ page }) => {
    for (const said of abouts) {
      const encounter = byId.get(said.about!)!;
      await page.goto(said.path);
      await expect(page.locator('article.point [data-thread-rel="about"] a')).toHaveAttribute('href', encounter.path);
      await page.goto(encounter.path);
      await expect(page.locator(`[data-thread] [data-thread-rel="said-about"] a[href="${said.path}"]`)).toBeVisible();
    }
  });

  test('has no exchange section when the point is linked to none', async ({ page }) => {
    const linked = new Set([...replies, ...abouts].flatMap((p) => [p.id, p.inReplyTo, p.about]));
    const lone = dataset.points.find((p) => !linked.has(p.id))!;
    await page.goto(lone.path);
    await expect(page.locator('[data-thread], [data-thread-rel]')).toHaveCount(0);
  });
});

test.describe('the timeline', () => {
  const focused = (page: Page) => page.locator('wsw-timeline').getAttribute('data-focused');

  test('follows an exchange with Shift and the arrow keys, and draws the details of each step', async ({ page }) => {
    const reply = datedReply!;
    const answered = byId.get(reply.inReplyTo!)!;
    await page.goto(at(`/?p=${reply.id}`));
    await expect(page.locator('wsw-timeline[data-ready]')).toHaveCount(1);
    await page.locator('[data-chart]').focus();
    await expect.poll(() => focused(page)).toBe(reply.id);
    await expect(page.locator('[data-status]')).toContainText('in an exchange: Shift + arrows follow it');

    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => focused(page)).toBe(answered.id);
    await expect(page.locator('[data-details] [data-thread-point]').first()).toBeVisible();
    await expect(page.locator('[data-details-heading]')).toContainText(dataset.actors.find((a) => a.id === answered.speaker)!.name);
    await expect(page).toHaveURL(new RegExp(`[?&]p=${answered.id}(&|$)`));

    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => focused(page)).toBe(reply.id);
  });

  test('shows the exchange in the details, where a button goes to each linked point', async ({ page }) => {
    const reply = datedReply!;
    await page.goto(at(`/?p=${reply.inReplyTo}`));
    await expect(page.locator('wsw-timeline[data-ready]')).toHaveCount(1);
    const button = page.locator(`[data-details] [data-thread-point="${reply.id}"]`);
    await expect(button).toBeVisible();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`[?&]p=${reply.id}(&|$)`));
    await expect.poll(() => focused(page)).toBe(reply.id);
    await expect(page.locator('[data-chart]')).toBeFocused();
    await expect(page.locator(`[data-details] [data-thread-point="${reply.inReplyTo}"]`)).toBeVisible();
  });

  test('says so when the point is not part of an exchange', async ({ page }) => {
    const linked = new Set([...replies, ...abouts].flatMap((p) => [p.id, p.inReplyTo, p.about]));
    const lone = dataset.points.find((p) => p.date !== null && !linked.has(p.id))!;
    await page.goto(at(`/?p=${lone.id}`));
    await expect(page.locator('wsw-timeline[data-ready]')).toHaveCount(1);
    await page.locator('[data-chart]').focus();
    await page.keyboard.press('Shift+ArrowRight');
    await expect(page.locator('[data-status]')).toHaveText('This statement is not part of an exchange.');
    expect(await focused(page)).toBe(lone.id);
  });
});
