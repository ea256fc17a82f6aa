/**
 * The zoomable timeline on the home page, against the dataset the build wrote.
 * Timings are the benchmark's business (npm run bench); here only behaviour.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { DrawnMark } from '../src/islands/timeline/main.ts';
import { sourceAnchors } from '../src/pipeline/render/highlights.ts';
import { expect, test } from './support/fixtures.ts';
import { at, builtDataset } from './support/site.ts';

const dataset = builtDataset();
const dated = dataset.points.filter((p) => p.date !== null);
const undated = dataset.points.filter((p) => p.date === null);
const actorName = new Map(dataset.actors.map((a) => [a.id, a.name]));
const articlePath = new Map(dataset.articles.map((a) => [a.id, a.path]));
const sideOf = new Map(dataset.actors.map((a) => [a.id, a.side ?? 'Other']));
const DAY = 86_400_000;

async function open(page: Page, path = at('/')): Promise<void> {
  await page.goto(path);
  await expect(page.locator('wsw-timeline[data-ready]')).toHaveCount(1);
}

/** What the canvas shows, as the island reports it (each group with the ids of its points). */
async function marks(page: Page): Promise<DrawnMark[]> {
  // One frame, so that what is reported is what was drawn.
  await page.evaluate(() => new Promise(requestAnimationFrame));
  return page.locator('wsw-timeline').evaluate((el) => (el as unknown as { visibleMarks(): DrawnMark[] }).visibleMarks());
}

/** The visible range, in days, as the timeline reports it once a zoom has settled. */
async function range(page: Page): Promise<{ from: string; to: string; days: number }> {
  const { from, to } = await page.locator('wsw-timeline').evaluate((el) => ({ ...(el as HTMLElement).dataset }));
  return { from: from!, to: to!, days: (Date.parse(to!) - Date.parse(from!)) / DAY + 1 };
}

const chart = (page: Page) => page.locator('[data-chart]');
const details = (page: Page) => page.locator('[data-details]');
const status = (page: Page) => page.locator('[data-status]');
const words = (p: (typeof dataset.points)[number]) => (p.quote ?? p.summary).slice(0, 40);
const heading = (p: (typeof dataset.points)[number]) =>
  [actorName.get(p.speaker), p.addressees.length > 0 ? ` → ${p.addressees.map((a) => actorName.get(a)).join(', ')}` : ''].join('');

test.describe('the timeline', () => {
  test('draws every dated point once, as a mark or inside a group, and lists the undated ones apart', async ({ page }) => {
    await open(page);
    const drawn = await marks(page);
    expect(drawn.length).toBeGreaterThan(0);
    const ids = drawn.flatMap((m) => m.ids);
    expect(ids.length, 'no point drawn twice').toBe(new Set(ids).size);
    expect(ids.sort()).toEqual(dated.map((p) => p.id).sort());
    const groups = drawn.filter((m) => m.cluster);
    for (const group of groups) expect(group.ids.length).toBeGreaterThan(1);

    const listed = await page.locator('[data-undated] button[data-point]').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.point));
    expect(listed).toEqual(undated.map((p) => p.id));
  });

  test('a mark is where the page draws it: clicking it opens that point’s details, sources and shareable link', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page);
    const mark =
      (await marks(page)).find((m) => !m.cluster && dataset.points.find((p) => p.id === m.ids[0])!.sources.length > 1) ??
      (await marks(page)).find((m) => !m.cluster)!;
    const point = dataset.points.find((p) => p.id === mark.ids[0])!;
    await page.locator('[data-chart] canvas').click({ position: { x: mark.x, y: mark.y } });

    await expect(details(page)).toBeVisible();
    await expect(details(page).locator('h3')).toHaveText(heading(point));
    await expect(details(page)).toContainText(words(point));
    const speaker = dataset.actors.find((a) => a.id === point.speaker)!;
    if (speaker.description) await expect(details(page)).toContainText(speaker.description);
    const anchors = sourceAnchors(point);
    const links = await details(page)
      .locator('.tl-details-sources a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(point.sources.map((s, i) => `${articlePath.get(s.article)}#${anchors[i]}`));
    for (const source of point.sources) await expect(details(page)).toContainText(source.excerpt);
    await expect(page).toHaveURL(new RegExp(`[?&]p=${point.id}(&|$)`));

    await details(page).getByRole('button', { name: 'Copy link' }).click();
    await expect(details(page).locator('[data-copy-status]')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(point.path, baseURL).href);

    await details(page).getByRole('button', { name: 'Close details' }).click();
    await expect(details(page)).toBeHidden();
    await expect(page).not.toHaveURL(/[?&]p=/);
  });

  test('a click on a group zooms in on it', async ({ page }) => {
    await open(page);
    const group = (await marks(page)).find((m) => m.cluster)!;
    const before = await range(page);
    await page.locator('[data-chart] canvas').click({ position: { x: group.x, y: group.y } });
    await expect.poll(async () => (await range(page)).days).toBeLessThan(before.days);
    await expect.poll(async () => (await marks(page)).some((m) => !m.cluster && group.ids.includes(m.ids[0]!))).toBe(true);
  });

  test('Ctrl + wheel zooms; a plain wheel scrolls the page and says how to zoom', async ({ page }) => {
    await open(page);
    const box = (await chart(page).boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
    const before = await range(page);

    await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
    await expect(page.locator('[data-wheel-hint]')).toBeVisible();
    expect(await range(page)).toEqual(before);

    const after = (await chart(page).boundingBox())!;
    await page.mouse.move(after.x + after.width * 0.7, after.y + after.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await range(page)).days).toBeLessThan(before.days);
    const zoomedIn = await range(page);

    await page.keyboard.down('Control');
    await page.mouse.wheel(0, 200);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await range(page)).days).toBeGreaterThan(zoomedIn.days);
  });

  test('the zoom buttons and the + and − keys change the visible range; Reset shows it all', async ({ page }) => {
    await open(page);
    const whole = await range(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await range(page)).days).toBeLessThan(whole.days * 0.6);
    const once = await range(page);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(async () => (await range(page)).days).toBeGreaterThan(once.days * 1.5);

    await chart(page).focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect.poll(async () => (await range(page)).days).toBeLessThan(whole.days * 0.35);
    await page.keyboard.press('-');
    await expect.poll(async () => (await range(page)).days).toBeGreaterThan(whole.days * 0.4);
    await expect(page).toHaveURL(/[?&]from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d/);

    await page.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => range(page)).toEqual(whole);
    await expect(page).not.toHaveURL(/[?&]from=/);
  });

  test('the arrow keys walk the points in time order, and move between rows', async ({ page }) => {
    await open(page);
    const host = page.locator('wsw-timeline');
    await chart(page).focus();
    await page.keyboard.press('Home');
    for (const [i, point] of dated.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(host).toHaveAttribute('data-focused', point.id);
      await expect(status(page)).toContainText(`(${i + 1} of ${dated.length})`);
      await expect(status(page)).toContainText(words(point));
    }
    await page.keyboard.press('ArrowRight');
    await expect(host).toHaveAttribute('data-focused', dated.at(-1)!.id);
    await page.keyboard.press('ArrowLeft');
    await expect(host).toHaveAttribute('data-focused', dated.at(-2)!.id);
    await page.keyboard.press('Home');
    await expect(host).toHaveAttribute('data-focused', dated[0]!.id);
    await page.keyboard.press('End');
    await expect(host).toHaveAttribute('data-focused', dated.at(-1)!.id);

    // Down leaves the speaker's row for another's. The focus is drawn in the next frame: wait for it.
    await page.keyboard.press('Home');
    await expect(host).toHaveAttribute('data-focused', dated[0]!.id);
    await page.keyboard.press('ArrowDown');
    await expect(host).not.toHaveAttribute('data-focused', dated[0]!.id);
    const belowId = await host.getAttribute('data-focused');
    const below = dataset.points.find((p) => p.id === belowId)!;
    expect(below.speaker).not.toBe(dated[0]!.speaker);
    // Up comes back to the first point's row, to whichever of its points is closest in time.
    await page.keyboard.press('ArrowUp');
    await expect(host).not.toHaveAttribute('data-focused', belowId!);
    const backId = await host.getAttribute('data-focused');
    expect(dataset.points.find((p) => p.id === backId)!.speaker).toBe(dated[0]!.speaker);
  });

  test('Enter opens the details of the focused point, Escape closes them', async ({ page }) => {
    await open(page);
    await chart(page).focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const point = dated[5]!;
    await expect(details(page)).toBeVisible();
    await expect(details(page).locator('h3')).toHaveText(heading(point));
    await expect(details(page)).toContainText(words(point));
    await expect(chart(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(details(page)).toBeHidden();
  });

  test('the address bar keeps the selection and range: a reload restores them, and zooming adds no history', async ({ page }) => {
    await open(page);
    const history = await page.evaluate(() => window.history.length);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await chart(page).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    // The focus and the address are written in the same next frame: wait for the address first.
    await expect(page).toHaveURL(/[?&]p=.*from=.*to=/);
    const point = await page.locator('wsw-timeline').getAttribute('data-focused');
    await expect(page).toHaveURL(new RegExp(`p=${point}.*from=.*to=`));
    expect(await page.evaluate(() => window.history.length)).toBe(history);

    const url = new URL(page.url());
    await page.reload();
    await expect(page.locator('wsw-timeline[data-ready]')).toHaveCount(1);
    expect(page.url()).toBe(url.href);
    await expect(details(page)).toBeVisible();
    await expect(details(page).locator('h3')).toHaveText(heading(dataset.points.find((p) => p.id === point)!));
    expect(await range(page)).toMatchObject({ from: url.searchParams.get('from'), to: url.searchParams.get('to') });
  });

  test('a deep link to a point in a group opens it and zooms in until it stands on its own', async ({ page }) => {
    await open(page);
    const group = (await marks(page)).find((m) => m.cluster)!;
    const id = group.ids[1]!;
    await open(page, at(`/?p=${id}`));
    await expect(details(page)).toBeVisible();
    await expect(details(page).locator('h3')).toHaveText(heading(dataset.points.find((p) => p.id === id)!));
    const mark = (await marks(page)).find((m) => m.ids.includes(id))!;
    expect(mark.cluster).toBe(false);
    // Revealed to the left of the panel, not under it.
    const panel = (await details(page).boundingBox())!;
    const canvas = (await page.locator('[data-chart] canvas').boundingBox())!;
    expect(canvas.x + mark.x).toBeLessThan(panel.x);
  });

  test('filters by kind and by side, kept in the address bar and restored on reload', async ({ page }) => {
    await open(page);
    await page.locator('summary', { hasText: 'Filters' }).click();
    await page.getByRole('checkbox', { name: 'statement' }).uncheck();
    const shown = (p: (typeof dataset.points)[number]) => p.kind !== 'statement';
    await expect(page).toHaveURL(/[?&]kind=/);
    expect(new URL(page.url()).searchParams.getAll('kind').sort()).toEqual(
      [...new Set(['statement', 'document', 'call', 'meeting', 'denial', ...dataset.points.map((p) => p.kind)])].filter((k) => k !== 'statement').sort(),
    );
    const ids = (await marks(page)).flatMap((m) => m.ids).sort();
    expect(ids).toEqual(
      dated
        .filter(shown)
        .map((p) => p.id)
        .sort(),
    );
    // The list behind "List view" follows the same filter.
    await expect(page.locator('#timeline-list li[data-point]:not([hidden])')).toHaveCount(dataset.points.filter(shown).length);

    await page.reload();
    await expect(page.locator('wsw-timeline[data-ready]')).toHaveCount(1);
    await expect(page.locator('input[name=kind][value=statement]')).not.toBeChecked();
    expect((await marks(page)).flatMap((m) => m.ids).sort()).toEqual(ids);

    const side = 'Coastal League';
    await open(page, at(`/?side=${encodeURIComponent(side)}`));
    const league = dated.filter((p) => sideOf.get(p.speaker) === side);
    expect(league.length).toBeGreaterThan(0);
    expect((await marks(page)).flatMap((m) => m.ids).sort()).toEqual(league.map((p) => p.id).sort());
    await expect(page.locator(`input[name=side][value="${side}"]`)).toBeChecked();
    await expect(page.locator('input[name=side][value=Kaldera]')).not.toBeChecked();

    const actor = 'ivo-radescu';
    await open(page, at(`/?actor=${actor}`));
    const involving = dated.filter((p) => p.speaker === actor || p.addressees.includes(actor));
    expect((await marks(page)).flatMap((m) => m.ids).sort()).toEqual(involving.map((p) => p.id).sort());
    await expect(page.locator('select[name=actor]')).toHaveValue(actor);
  });

  test('"List view" swaps the picture for the server-rendered list, and back', async ({ page }) => {
    await open(page);
    const list = page.locator('#timeline-list li[data-point]').first();
    await expect(list).toBeHidden();
    await expect(chart(page)).toBeVisible();
    const toggle = page.getByRole('button', { name: 'List view' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(list).toBeVisible();
    await expect(chart(page)).toBeHidden();
    await expect(page).toHaveURL(/[?&]view=list/);
    await toggle.click();
    await expect(chart(page)).toBeVisible();
    await expect(list).toBeHidden();
    expect((await marks(page)).flatMap((m) => m.ids)).toHaveLength(dated.length);
  });

  test('with reduced motion asked for, a zoom button jumps at once instead of gliding', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page);
    const before = await range(page);
    // Clicked and read in one task: no animation frame runs in between.
    const after = await page.evaluate(() => {
      document.querySelector<HTMLButtonElement>('[data-action="zoom-in"]')!.click();
      const { from, to } = document.querySelector<HTMLElement>('wsw-timeline')!.dataset;
      return { from, to };
    });
    expect(after).not.toEqual({ from: before.from, to: before.to });
  });

  test('an undated point opens its details from the list beside the picture', async ({ page }) => {
    await open(page);
    const point = undated[0]!;
    await page.locator(`[data-undated] button[data-point="${point.id}"]`).click();
    await expect(details(page)).toBeVisible();
    await expect(details(page)).toContainText('Undated');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no accessibility violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await open(page);
      await page.locator('summary', { hasText: 'Filters' }).click();
      await chart(page).focus();
      await page.keyboard.press('Home');
      await page.keyboard.press('Enter');
      await expect(details(page)).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
