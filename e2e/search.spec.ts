/**
 * The search box (#5): mostly through the search page, which has the SearchBox
 * component in its page variant; the last block checks the same component in the
 * site header, on an article page and on the home page with the timeline.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { SearchEngine } from '../src/shared/search/engine.ts';
import { expect, test } from './support/fixtures.ts';
import { at, builtDataset, builtSearchIndex } from './support/site.ts';

const dataset = builtDataset();
const nameOf = new Map(dataset.actors.map((a) => [a.id, a.name]));
const spokenBy = (actor: string) => dataset.points.filter((p) => p.speaker === actor);
const INDEX = at('/data/search-index.json');

function box(page: Page) {
  const form = page.locator('form[data-search]').first();
  return {
    form,
    input: form.locator('input[name="q"]'),
    listbox: form.getByRole('listbox', { name: 'Matching statements' }),
    options: form.getByRole('option'),
    status: form.locator('[data-search-status]'),
  };
}

/** The speaker line of each listed result. */
const speakers = (options: Locator) => options.locator('.search-speaker').allTextContents();

test.describe('the search page', () => {
  test('finds a speaker by a misspelt name, and lists their statements first', async ({ page }) => {
    for (const [typed, actor] of [
      ['Radsecu', 'ivo-radescu'],
      ['Lindquist', 'hanna-lindqvist'],
    ] as const) {
      await page.goto(at('/search/'));
      const { input, options } = box(page);
      await input.pressSequentially(typed);
      const theirs = spokenBy(actor);
      expect(theirs.length, `${actor} speaks in the dataset`).toBeGreaterThan(0);
      await expect(options.first()).toBeVisible();
      const listed = Math.min(theirs.length, await options.count());
      const who = await speakers(options);
      expect(who.slice(0, listed), typed).toEqual(Array(listed).fill(nameOf.get(actor)));
    }
  });

  test('finds a quote by an exact phrase, and marks the phrase in it', async ({ page }) => {
    // One that no other statement's words or sources hold, so that one result shows it.
    const shows = (p: (typeof dataset.points)[number], text: string) =>
      [p.quote ?? p.summary, ...p.sources.map((s) => s.excerpt)].some((t) => t.includes(text));
    const quoted = dataset.points.find(
      ({ quote }, i) =>
        quote !== null && quote.split(' ').length >= 4 && quote.length < 150 && dataset.points.every((other, j) => i === j || !shows(other, quote)),
    );
    expect(quoted, 'a short quote of four words or more, shown by one statement alone').toBeTruthy();
    const phrase = quoted!.quote!.split(' ').slice(1, 4).join(' ');
    const holding = dataset.points.filter((p) =>
      [p.quote ?? p.summary, ...p.sources.map((s) => s.excerpt)].some((t) => t.toLowerCase().includes(phrase.toLowerCase())),
    );
    await page.goto(at('/search/'));
    const { input, options, status } = box(page);
    await input.fill(`"${phrase}"`);
    await expect(status).toHaveText(new RegExp(`^${holding.length} statements? match`));
    const option = options.filter({ hasText: quoted!.quote! });
    await expect(option).toHaveCount(1);
    await expect(option.locator('mark').first()).toHaveText(phrase);
  });

  test('marks the matched name in each result', async ({ page }) => {
    await page.goto(at('/search/'));
    const { input, options } = box(page);
    await input.fill('Radsecu');
    await expect(options.first().locator('.search-who mark')).toHaveText('Radescu');
  });

  test('is a combobox: arrows move, Escape closes then clears', async ({ page }) => {
    await page.goto(at('/search/'));
    const { input, options } = box(page);
    await input.fill('Radescu');
    await expect(input).toHaveAttribute('role', 'combobox');
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await expect(options.first()).toBeVisible();
    await expect(input).not.toHaveAttribute('aria-activedescendant');

    await input.press('ArrowDown');
    await input.press('ArrowDown');
    const second = options.nth(1);
    await expect(second).toHaveAttribute('aria-selected', 'true');
    await expect(input).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
    await input.press('ArrowUp');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(second).toHaveAttribute('aria-selected', 'false');

    await input.press('Escape');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await expect(input).toHaveValue('Radescu');
    await input.press('Escape');
    await expect(input).toHaveValue('');
  });

  test('Enter on a result goes to its page when nothing on this page shows it', async ({ page }) => {
    await page.goto(at('/search/'));
    const { input, options } = box(page);
    await input.pressSequentially('Lindquist');
    await expect(options.first()).toBeVisible();
    await input.press('ArrowDown');
    const words = await options.first().locator('.search-words').textContent();
    const point = spokenBy('hanna-lindqvist').find((p) => (p.quote ? `“${p.quote}”` : p.summary) === words);
    expect(point, `the first result, "${words}", is one of Lindqvist's`).toBeTruthy();
    await input.press('Enter');
    await expect(page).toHaveURL(point!.path);
    await expect(page.locator(`[data-point="${point!.id}"]`).first()).toBeVisible();
  });

  test('a page that shows points handles the choice itself when it cancels the event', async ({ page }) => {
    await page.goto(at('/search/'));
    await page.evaluate(() => {
      window.addEventListener('wsw:select-point', (event) => {
        event.preventDefault();
        document.body.dataset.selected = (event as CustomEvent<{ id: string }>).detail.id;
      });
    });
    const { input, options } = box(page);
    await input.fill('Lindqvist');
    await options.first().click();
    const chosen = spokenBy('hanna-lindqvist').map((p) => p.id);
    await expect(page.locator('body')).toHaveAttribute('data-selected', new RegExp(`^(${chosen.join('|')})$`));
    await expect(page).toHaveURL(/\/search\//);
    await expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  test('keeps the query in the address bar, beside other parameters, and restores it on reload', async ({ page }) => {
    await page.goto(at('/search/?p=some-point&side=Kaldera&side=Marrovia'));
    const { input } = box(page);
    await input.fill('Radescu');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Radescu');
    const params = new URL(page.url()).searchParams;
    expect([params.get('p'), params.getAll('side')]).toEqual(['some-point', ['Kaldera', 'Marrovia']]);

    await page.reload();
    await expect(input).toHaveValue('Radescu');
    await expect(page.locator('[data-search-heading]')).toHaveText('Results for “Radescu”');
    const listed = page.locator('[data-search-list] > li:visible');
    const involving = dataset.points.filter((p) => p.speaker === 'ivo-radescu' || p.addressees.includes('ivo-radescu'));
    expect(await listed.count()).toBeGreaterThanOrEqual(involving.length);
    expect(await listed.count()).toBeLessThan(dataset.points.length);
    await expect(listed.first().locator('strong')).toHaveText('Ivo Radescu');
  });

  test('Enter with no result chosen filters the page to every result', async ({ page }) => {
    await page.goto(at('/search/'));
    const { input, status } = box(page);
    await input.fill('Radescu');
    await expect(status).toHaveText(/^(\d+) statements match/);
    const total = Number((await status.textContent())!.match(/^(\d+)/)![1]);
    await input.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=Radescu$/);
    await expect(page.locator('[data-search-list] > li:visible')).toHaveCount(total);
    await expect(page.locator('[data-search-summary]')).toHaveText(new RegExp(`^${total} statements match`));
  });

  test('says so when nothing matches, and suggests a spelling that does', async ({ page }) => {
    await page.goto(at('/search/'));
    const { input, status, options } = box(page);
    await input.fill('=Radsecu');
    await expect(status).toContainText('No statements match “=Radsecu”.');
    await expect(options).toHaveCount(0);
    const suggestion = status.getByRole('button');
    await expect(suggestion).toHaveText('=Radescu');
    await suggestion.click();
    await expect(input).toHaveValue('=Radescu');
    await expect(options.first()).toBeVisible();
  });

  test('shows what is typed as text, never as markup', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const attack = '<img src=x onerror=alert(1)>';
    await page.goto(at('/search/'));
    const { form, input, status } = box(page);
    await input.fill(attack);
    await expect(status).toContainText(`No statements match “${attack}”.`);
    await input.press('Enter');
    await expect(page.locator('[data-search-heading]')).toHaveText(`Results for “${attack}”`);
    await page.reload();
    await expect(page.locator('[data-search-summary]')).toContainText(`No statements match “${attack}”.`);
    await expect(page.locator('main img, main [onerror]')).toHaveCount(0);
    await expect(form.locator('img')).toHaveCount(0);
    expect(dialogs, 'dialogs opened').toEqual([]);
  });

  test('loads the index only once the box is focused', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === INDEX) fetched.push(request.url());
    });
    await page.goto(at('/search/'));
    await page.waitForLoadState('networkidle');
    expect(fetched, 'before focus').toEqual([]);
    await page.keyboard.press('/');
    await expect(box(page).input).toBeFocused();
    await expect.poll(() => fetched.length).toBe(1);
  });

  test('has no accessibility violations with the results open, light and dark', async ({ page }) => {
    // Two pages and two full axe runs: more than the default time on a busy machine.
    test.slow();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(at('/search/'));
      const { input, options } = box(page);
      await input.fill('Radescu strait');
      await expect(options.first()).toBeVisible();
      await input.press('ArrowDown');
      await expect(options.first().locator('mark').first()).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        colorScheme,
      ).toEqual([]);
    }
    // And with nothing found, a suggestion offered.
    const { input, status } = box(page);
    await input.fill('=Radsecu');
    await expect(status.getByRole('button')).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.map((v) => v.id),
      'no results',
    ).toEqual([]);
  });
});

test.describe('the search page ranks and marks its list', () => {
  /** Points whose own words hold every term of `query` at the start of a word, as the engine matches text. */
  const quoting = (query: string) => dataset.points.filter((p) => query.split(' ').every((term) => new RegExp(`\\b${term}`, 'i').test(p.quote ?? p.summary)));

  test('lists by relevance, as the box does, the statements that say the words first, with the words marked', async ({ page }) => {
    // Two words of a quote, apart: "ball court" for "The ball is now in Russia's court".
    const quote = dataset.points.find((p) => p.quote && p.quote.split(/\s+/).length >= 8)!;
    const words = quote.quote!.split(/[^\p{L}]+/u).filter((w) => w.length >= 4);
    const query = [words[0], words.at(-1)].join(' ');
    const best = quoting(query);
    expect(best.length, `points quoting "${query}"`).toBeGreaterThan(0);
    const engine = await SearchEngine.create(builtSearchIndex());
    const ranked = engine.search(query, Infinity).hits.map((h) => h.doc.id);

    await page.goto(at(`/search/?q=${encodeURIComponent(query)}`));
    await expect(page.locator('[data-search-heading]')).toHaveText(`Results for “${query}”`);
    const listed = page.locator('[data-search-list] > li:visible');
    const order = await listed.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-search-point')));
    expect(order).toEqual(ranked);
    expect(order.slice(0, best.length).sort()).toEqual(best.map((p) => p.id).sort());

    const marks = await listed.first().locator('[data-search-field="words"] mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase()).sort()).toEqual(query.toLowerCase().split(' ').sort());

    // The box in the header ranks the same way.
    await page.goto(at('/articles/'));
    const header = page.locator('header form[data-search]');
    await header.locator('input[name="q"]').fill(query);
    await expect(header.getByRole('option').first()).toBeVisible();
    const options = await header.getByRole('option').locator('.search-words').allTextContents();
    const wordsOf = new Map(dataset.points.map((p) => [p.id, p.quote ? `“${p.quote}”` : p.summary]));
    expect(options[0]).toBe(wordsOf.get(ranked[0]!));
  });

  test('marks a name in the list, linked to the actor’s page, and takes the marks away with the query', async ({ page }) => {
    await page.goto(at('/search/?q=Radescu'));
    await expect(page.locator('[data-search-heading]')).toHaveText('Results for “Radescu”');
    const id = await page.locator('[data-search-list] > li:visible').first().getAttribute('data-search-point');
    const speaker = page.locator(`[data-search-point="${id}"] [data-search-field="speaker"]`);
    await expect(speaker.locator('a mark')).toHaveText('Radescu');
    await expect(speaker.locator('a')).toHaveAttribute('href', at('/actors/ivo-radescu/'));
    const { input } = box(page);
    await input.fill('');
    await input.press('Enter');
    await expect(page.locator('[data-search-heading]')).toHaveText('Every statement');
    await expect(page.locator('[data-search-list] mark')).toHaveCount(0);
    await expect(speaker.locator('a')).toHaveText('Ivo Radescu');
  });
});

test.describe('the search page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists every statement, says the search did not run, and takes a query by form', async ({ page }) => {
    await page.goto(at('/search/'));
    await expect(page.locator('[data-search-list] > li')).toHaveCount(dataset.points.length);
    await expect(page.locator('[data-search-nojs]')).toBeVisible();
    await expect(page.locator('[data-search-nojs]')).toContainText('Find');
    const { input } = box(page);
    await input.fill('Radescu');
    await input.press('Enter');
    await expect(page).toHaveURL(at('/search/?q=Radescu'));
    await expect(page.locator('[data-search-list] > li')).toHaveCount(dataset.points.length);
  });
});

test.describe('the box in the site header', () => {
  const article = dataset.articles[0]!.path;

  test('on an article page: "/" focuses it, and a chosen result opens its point', async ({ page }) => {
    await page.goto(article);
    const header = page.locator('header form[data-search]');
    await page.keyboard.press('/');
    const input = header.locator('input[name="q"]');
    await expect(input).toBeFocused();
    await input.pressSequentially('Radsecu');
    await expect(header.getByRole('option').first().locator('mark').first()).toHaveText('Radescu');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Radsecu');
    await page.reload();
    await expect(input).toHaveValue('Radsecu');
    await expect(header.getByRole('option').first()).toBeVisible();
    await input.focus();
    await input.press('ArrowDown');
    await input.press('Enter');
    await expect(page).toHaveURL(/^[^?]*\/points\/[^/]+\/$/);
  });

  test('on the home page, the timeline shows the chosen result instead of leaving the page', async ({ page }) => {
    await page.goto(at('/'));
    await expect(page.locator('wsw-timeline[data-ready]')).toBeAttached();
    const header = page.locator('header form[data-search]');
    const input = header.locator('input[name="q"]');
    await input.fill('Lindquist');
    await expect(header.getByRole('option').first()).toBeVisible();
    await input.press('ArrowDown');
    await input.press('Enter');
    await expect(page.locator('[data-details]')).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(at('/'));
    await expect(input).toHaveAttribute('aria-expanded', 'false');
  });
});
