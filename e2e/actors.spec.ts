/**
 * Every actor's record (#15): a page per actor, reached from a point page and from search, and
 * the index of actors by side. Against the dataset the build wrote, never against seed wording.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SITE_URL } from '../src/site-config.ts';
import { expect, test } from './support/fixtures.ts';
import { at, builtDataset } from './support/site.ts';

const dataset = builtDataset();
const withPages = dataset.actors.filter((a) => a.path !== undefined);
const saidBy = (id: string) => dataset.points.filter((p) => p.speaker === id);
const toldTo = (id: string) => dataset.points.filter((p) => p.speaker !== id && p.addressees.includes(id));
/** The actor who speaks most, and to someone: the richest page to test. */
const busiest = [...withPages].sort((a, b) => saidBy(b.id).length - saidBy(a.id).length || a.id.localeCompare(b.id))[0]!;
const pointOfBusiest = saidBy(busiest.id).find((p) => p.addressees.length > 0) ?? saidBy(busiest.id)[0]!;

async function expectRecordOf(page: Page, actor: (typeof withPages)[number]): Promise<void> {
  await expect(page).toHaveURL(actor.path!);
  await expect(page.locator('h1')).toHaveText(actor.name);
  const said = page.locator('section[aria-labelledby="said-heading"] li[data-point]');
  const told = page.locator('section[aria-labelledby="told-heading"] li[data-point]');
  await expect(said).toHaveCount(saidBy(actor.id).length);
  await expect(told).toHaveCount(toldTo(actor.id).length);
}

test.describe('an actor’s page', () => {
  test('is reached from a point page: the speaker’s name links to it, and it lists that statement', async ({ page }) => {
    await page.goto(pointOfBusiest.path);
    await page.locator('article.point h1').getByRole('link', { name: busiest.name, exact: true }).click();
    await expectRecordOf(page, busiest);
    await expect(page.locator(`section[aria-labelledby="said-heading"] li[data-point="${pointOfBusiest.id}"] a[href="${pointOfBusiest.path}"]`)).toBeVisible();
    // An addressee's name on the point page leads to the addressee's page, which lists the statement as said to it.
    const addressee = dataset.actors.find((a) => a.id === pointOfBusiest.addressees[0] && a.path);
    if (addressee) {
      await page.goto(pointOfBusiest.path);
      await page.locator('article.point h1').getByRole('link', { name: addressee.name, exact: true }).click();
      await expectRecordOf(page, addressee);
      await expect(page.locator(`section[aria-labelledby="told-heading"] li[data-point="${pointOfBusiest.id}"]`)).toBeVisible();
    }
  });

  test('is reached from search: a result’s speaker links to it', async ({ page }) => {
    const surname = busiest.name.split(' ').at(-1)!;
    await page.goto(at(`/search/?q=${encodeURIComponent(surname)}`));
    await expect(page.locator('[data-search-heading]')).toHaveText(`Results for “${surname}”`);
    const first = page.locator('[data-search-list] > li:visible').first();
    await first.locator('[data-search-field="speaker"] a').click();
    await expect(page).toHaveURL(/\/actors\/[^/]+\/$/);
    const actor = withPages.find((a) => a.path === new URL(page.url()).pathname)!;
    await expectRecordOf(page, actor);
  });

  test('lists what it said and was told newest first, counts them by kind and by addressee, and names its aliases', async ({ page }) => {
    await page.goto(busiest.path!);
    const days = await page
      .locator('section[aria-labelledby="said-heading"] li[data-point] time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
    const dated = days.filter((d): d is string => d !== null);
    expect(dated, 'newest first').toEqual([...dated].sort().reverse());
    expect(
      days.slice(dated.length).every((d) => d === null),
      'undated last',
    ).toBe(true);

    const kinds = new Map<string, number>();
    for (const p of saidBy(busiest.id)) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
    for (const [kind, n] of kinds) await expect(page.locator('[data-count="kinds"]')).toContainText(new RegExp(`\\b${n} ${kind}`));
    const addressed = new Map<string, number>();
    for (const p of saidBy(busiest.id)) for (const a of p.addressees) addressed.set(a, (addressed.get(a) ?? 0) + 1);
    const [topId, topCount] = [...addressed].sort((a, b) => b[1] - a[1])[0]!;
    const top = dataset.actors.find((a) => a.id === topId)!;
    const times = topCount === 1 ? 'once' : topCount === 2 ? 'twice' : `${topCount} times`;
    await expect(page.locator('[data-count="addressees"]')).toContainText(`${top.name} ${times}`);
    for (const alias of busiest.aliases) await expect(page.locator('[data-aliases]')).toContainText(`“${alias}”`);
  });

  test('links to the timeline filtered to it', async ({ page }) => {
    await page.goto(busiest.path!);
    await page.getByRole('link', { name: /on the timeline/ }).click();
    await expect(page).toHaveURL(at(`/?actor=${busiest.id}`));
    await expect(page.locator('wsw-timeline[data-ready]')).toHaveCount(1);
    await expect(page.locator('select[name="actor"]')).toHaveValue(busiest.id);
  });

  test('unfurls: preview image, and schema.org Person or Organization data', async ({ page, request }) => {
    for (const actor of withPages) {
      await page.goto(actor.path!, { waitUntil: 'domcontentloaded' });
      const url = new URL(actor.path!, SITE_URL).href;
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
      await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${url}og.png`);
      const ld: unknown = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? 'null');
      expect(ld, actor.id).toMatchObject({
        '@context': 'https://schema.org',
        '@type': actor.kind === 'person' ? 'Person' : 'Organization',
        name: actor.name,
        url,
      });
      const image = await request.get(`${actor.path}og.png`);
      expect(image.status(), `${actor.path}og.png`).toBe(200);
      expect(image.headers()['content-type']).toBe('image/png');
    }
  });

  test('has no accessibility violations, light and dark', async ({ page }) => {
    // Four pages and four full axe runs: more than the default time on a busy machine.
    test.slow();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const path of [busiest.path!, at('/actors/')]) {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(
          violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          `${path} ${colorScheme}`,
        ).toEqual([]);
      }
    }
  });
});

test.describe('the actors’ index', () => {
  test('lists every actor with a page once, under the side it speaks for', async ({ page }) => {
    await page.goto(at('/'));
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Actors' }).click();
    await expect(page).toHaveURL(at('/actors/'));
    const listed = await page
      .locator('section.actor-group')
      .evaluateAll((sections) =>
        sections.flatMap((s) => [...s.querySelectorAll('li[data-actor]')].map((li) => [s.querySelector('h2')!.textContent, li.getAttribute('data-actor')])),
      );
    expect(listed.map(([, id]) => id).sort()).toEqual(withPages.map((a) => a.id).sort());
    for (const [side, id] of listed) {
      const actor = withPages.find((a) => a.id === id)!;
      expect(side, id!).toBe(actor.side ?? 'No side given');
    }
    const link = page.locator(`li[data-actor="${busiest.id}"] a`);
    await link.click();
    await expect(page).toHaveURL(busiest.path!);
  });
});
