/**
 * Addresses a visitor made: the text they typed is said back isolated and wrapped, and a
 * timeline link that asks for what the timeline does not have says why it shows what it shows.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { at, builtDataset } from './support/site.ts';

const dataset = builtDataset();
const dated = dataset.points.filter((p) => p.date !== null).sort((a, b) => a.date!.localeCompare(b.date!));

async function openTimeline(page: Page, query: string): Promise<void> {
  await page.goto(at(`/${query}`));
  await expect(page.locator('wsw-timeline[data-ready]')).toHaveCount(1);
}

const notices = (page: Page) => page.locator('[data-notices] li');
/** The year labels on the time axis are drawn on the canvas; the range the timeline settled on is in its dataset. */
const shownRange = (page: Page) => page.locator('wsw-timeline').evaluate((el) => [(el as HTMLElement).dataset.from, (el as HTMLElement).dataset.to]);

test.describe('text a visitor typed', () => {
  test('a right-to-left override in ?q= stays inside the echo and does not reverse the site’s sentence', async ({ page }) => {
    await page.goto(at('/search/?q=%E2%80%AExyzzy'));
    const heading = page.locator('[data-search-heading]');
    await expect(heading).toHaveText('Results for “\u202Exyzzy”');
    await expect(heading.locator('bdi')).toHaveText('\u202Exyzzy');
    const summary = page.locator('[data-search-summary]');
    await expect(summary.locator('bdi').first()).toHaveText('\u202Exyzzy');
    // Isolated, the override cannot reach the site's words after it: the closing quote stays to the right.
    const sentence = await summary.evaluate((el) => {
      const bdi = el.querySelector('bdi')!;
      const closing = document.createRange();
      closing.setStart(bdi.nextSibling!, 0);
      closing.setEnd(bdi.nextSibling!, 1);
      return { text: closing.toString(), bdi: bdi.getBoundingClientRect().right, closing: closing.getBoundingClientRect().left };
    });
    expect(sentence.text).toBe('”');
    expect(sentence.closing).toBeGreaterThanOrEqual(sentence.bdi - 1);
  });

  test('a 100,000-character query wraps instead of widening the page', async ({ page }) => {
    // Typed (or pasted), not loaded: no server takes a request line that long.
    const query = 'x'.repeat(100_000);
    await page.goto(at('/search/'));
    await page.locator('#page-search-input').fill(query);
    await page.locator('#page-search-input').press('Enter');
    await expect(page.locator('[data-search-heading] bdi')).toHaveText(query);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
});

test.describe('a timeline link that asks for what is not there', () => {
  test('an unknown actor, side or kind is left out, named, and everyone shown', async ({ page }) => {
    await openTimeline(page, '?actor=%E2%80%AEnobody&side=Atlantis&kind=s%C3%A9ance');
    await expect(notices(page)).toHaveCount(3);
    await expect(notices(page).nth(0)).toContainText('“Atlantis”');
    await expect(notices(page).nth(1)).toContainText('“séance”');
    await expect(notices(page).nth(2)).toContainText('who is not in this timeline');
    await expect(notices(page).nth(2).locator('bdi')).toHaveText('\u202Enobody');
    await expect(page.locator('select[name=actor]')).toHaveValue('');
    await expect(page.locator('#timeline-list li[data-point]:not([hidden])')).toHaveCount(dataset.points.length);
  });

  test('an unknown point is named, and nothing is selected', async ({ page }) => {
    await openTimeline(page, '?p=2022-01-01-no-such-statement-000000');
    await expect(notices(page)).toHaveCount(1);
    await expect(notices(page)).toContainText('“2022-01-01-no-such-statement-000000”, that is not in this timeline');
    await expect(page.locator('[data-details]')).toBeHidden();
  });

  test('a range with nothing in it is shown, and says so', async ({ page }) => {
    // The widest stretch no statement's dates reach into (ranges merged), one day in from either side.
    let reach = dated[0]!.dateEnd ?? dated[0]!.date!;
    let gap = { from: reach, to: reach };
    for (const p of dated.slice(1)) {
      if (Date.parse(p.date!) - Date.parse(reach) > Date.parse(gap.to) - Date.parse(gap.from)) gap = { from: reach, to: p.date! };
      if ((p.dateEnd ?? p.date!) > reach) reach = p.dateEnd ?? p.date!;
    }
    const inside = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
    const [from, to] = [inside(gap.from, 1), inside(gap.to, -1)];
    expect(from <= to, 'the dataset has a gap of two days or more between statements').toBe(true);
    await openTimeline(page, `?from=${from}&to=${to}`);
    expect(await shownRange(page)).toEqual([from, to]);
    await expect(notices(page)).toHaveCount(1);
    await expect(notices(page)).toContainText('Nothing shown here is dated between');
  });

  test('a range outside every statement’s date shows the whole story instead, with no axis at year 0000', async ({ page }) => {
    await openTimeline(page, '?from=0001-01-01&to=0001-12-31');
    await expect(notices(page)).toHaveCount(1);
    const [from, to] = await shownRange(page);
    expect(from! <= dated[0]!.date! && to! >= dated.at(-1)!.date!, `${from}–${to} holds every dated statement`).toBe(true);
  });

  test('an impossible day is refused, not rolled into the next month', async ({ page }) => {
    await openTimeline(page, '?from=2022-02-30&to=2022-03-05');
    const [from] = await shownRange(page);
    expect(from).not.toBe('2022-03-02');
    expect(from! <= dated[0]!.date!, 'the whole story is shown').toBe(true);
  });

  test('filters that leave nothing say so, and Clear filters brings everything back', async ({ page }) => {
    await openTimeline(page, '');
    await expect(notices(page)).toHaveCount(0);
    await page.locator('summary', { hasText: 'Filters' }).click();
    const sides = await page.locator('input[name=side]').all();
    const kinds = await page.locator('input[name=kind]').all();
    // One side and one kind that no statement of that side has.
    for (const side of sides) {
      const name = await side.getAttribute('value');
      const spoken = new Set(dataset.points.filter((p) => (dataset.actors.find((a) => a.id === p.speaker)?.side ?? 'Other') === name).map((p) => p.kind));
      for (const kind of kinds) {
        if (spoken.has((await kind.getAttribute('value')) as (typeof dataset.points)[number]['kind'])) continue;
        for (const other of sides) if (other !== side) await other.uncheck();
        for (const other of kinds) if (other !== kind) await other.uncheck();
        await expect(notices(page)).toHaveText(['No statement matches these filters. Clear filters shows them all.']);
        await page.getByRole('button', { name: 'Clear filters' }).click();
        await expect(notices(page)).toHaveCount(0);
        return;
      }
    }
    throw new Error('every side has statements of every kind: no filter leaves nothing');
  });
});
