import { expect, test } from './support/fixtures.ts';
import { articleIds, at, builtDataset } from './support/site.ts';

const dataset = builtDataset();
const ids = articleIds();

/** How the site writes a day: "1 February 2022". */
const dayInWords = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

test('the articles page lists every article, linked to its page', async ({ page }) => {
  expect(ids, 'articles in e2e/story/articles').toHaveLength(6);
  await page.goto(at('/articles/'));
  const links = page.locator('main ol > li > a');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect([...hrefs].sort()).toEqual(ids.map((id) => at(`/articles/${id}/`)));
  for (const article of dataset.articles) {
    const link = page.locator(`main a[href="${at(`/articles/${article.id}/`)}"]`);
    if (article.title) await expect(link).toHaveText(article.title);
    else await expect(link).toHaveText(/^Untitled: “/);
  }
});

test.describe('each article page', () => {
  for (const id of ids) {
    test(`${id} shows its headline, date and clean text`, async ({ page }) => {
      const expected = dataset.articles.find((a) => a.id === id);
      expect(expected, `${id} is in the dataset`).toBeDefined();
      const response = await page.goto(at(`/articles/${id}/`));
      expect(response?.status()).toBe(200);

      const h1 = page.locator('h1');
      await expect(h1).toHaveCount(1);
      const firstParagraph = (await page.locator('.article-body p').first().textContent()) ?? '';
      expect(firstParagraph.length, 'the article has body text').toBeGreaterThan(20);
      if (expected!.title) {
        await expect(h1).toHaveText(expected!.title);
      } else {
        // No headline came with the text: the heading quotes the opening words of the lead.
        const heading = (await h1.textContent()) ?? '';
        const quoted = /^Untitled: “(.+?)…?”$/.exec(heading);
        expect(quoted, `"${heading}" is an Untitled heading`).not.toBeNull();
        expect(firstParagraph.startsWith(quoted![1]!), `"${quoted![1]}" opens the lead "${firstParagraph.slice(0, 80)}…"`).toBe(true);
      }
      await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp((await h1.textContent()) ?? '')} · who-said-what$`));

      const time = page.locator('article .article-meta time');
      if (expected!.date) {
        await expect(time).toHaveAttribute('datetime', expected!.date);
        await expect(time).toHaveText(new RegExp(`^${dayInWords(expected!.date)}`));
      } else {
        await expect(page.locator('article .article-meta')).toContainText('undated');
      }
      if (expected!.outlet) await expect(page.locator('article .article-meta')).toContainText(expected!.outlet);
    });
  }
});

test.describe('facts a reader would check', () => {
  test('the Harbour Ledger story of 4 March 2024 has its headline, outlet and byline from its sidecar', async ({ page }) => {
    await page.goto(at('/articles/harbour-ledger-seizure/'));
    await expect(page.locator('h1')).toHaveText('Marrovia Demands Release of Seized Survey Ship');
    await expect(page.locator('article .article-meta time')).toHaveText('4 March 2024');
    await expect(page.locator('article .article-meta')).toContainText('The Harbour Ledger');
  });

  test('the Coastal Wire story is dated 5 March 2024, 09:30 by the line under its headline', async ({ page }) => {
    await page.goto(at('/articles/coastal-wire-league/'));
    await expect(page.locator('article .article-meta time')).toHaveText('5 March 2024, 09:30');
    await expect(page.locator('article .article-meta time')).toHaveAttribute('datetime', '2024-03-05');
    await expect(page.locator('.article-body')).not.toContainText('Published:');
  });

  test('the envoy story came without a headline and is headed "Untitled" with the start of its lead', async ({ page }) => {
    await page.goto(at('/articles/concord-envoy-call/'));
    await expect(page.locator('h1')).toHaveText(/^Untitled: “Nadia Orhan, the special envoy of the Concord of Nations/);
    await expect(page.locator('.article-body p').first()).toHaveText(/^Nadia Orhan, the special envoy of the Concord of Nations/);
  });

  test('the Harbour Ledger story shows the clean text, and the promotion line only in the text as received', async ({ page }) => {
    const promotion = 'Support our journalism: subscribe to The Harbour Ledger';
    await page.goto(at('/articles/harbour-ledger-seizure/'));
    const body = page.locator('.article-body');
    await expect(body).toContainText('We will not negotiate over the freedom of the seas');
    await expect(body).not.toContainText(promotion);
    await expect(page.locator('article')).not.toContainText(promotion);

    const raw = page.locator('details.as-received');
    await expect(raw.locator('pre')).toBeHidden();
    await raw.locator('summary').click();
    await expect(raw.locator('pre')).toBeVisible();
    await expect(raw.locator('pre')).toContainText(promotion);
    await expect(raw.locator('pre')).toContainText('We will not negotiate over the freedom of the seas');
    await expect(raw).toContainText(new RegExp(`promotion:\\s*${promotion}`));
  });
});

test('an article page lists what the extractor could not settle, so nothing is lost without trace', async ({ page }) => {
  await page.goto(at('/articles/harbour-ledger-seizure/'));
  const notes = page.locator('details.extraction-notes');
  await notes.locator('summary').click();
  // A paragraph of it lost its opening quotation mark.
  await expect(notes).toContainText('unbalanced-quotes');
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
