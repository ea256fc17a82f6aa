import { expect, test } from './support/fixtures.ts';
import { at, builtDataset, seedArticleIds } from './support/site.ts';

const dataset = builtDataset();
const seeds = seedArticleIds();

/** How the site writes a day: "1 February 2022". */
const dayInWords = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

test('the articles page lists every seed article, linked to its page', async ({ page }) => {
  expect(seeds, 'seed articles in content/articles').toHaveLength(5);
  await page.goto(at('/articles/'));
  const links = page.locator('main ol > li > a');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect([...hrefs].sort()).toEqual(seeds.map((id) => at(`/articles/${id}/`)));
  for (const article of dataset.articles) {
    const link = page.locator(`main a[href="${at(`/articles/${article.id}/`)}"]`);
    if (article.title) await expect(link).toHaveText(article.title);
    else await expect(link).toHaveText(/^Untitled: “/);
  }
});

test.describe('each seed article page', () => {
  for (const id of seeds) {
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
  test('000 is the Washington Post follow-up story of 1 February 2022', async ({ page }) => {
    await page.goto(at('/articles/000_43d6ccf62db35b61/'));
    await expect(page.locator('h1')).toHaveText(
      'Russia Sends Written Follow-Up to U.S. Security Demands Response – Washington Post',
    );
    await expect(page.locator('article .article-meta time')).toHaveText('1 February 2022');
  });

  test('004 is dated 3 February 2022', async ({ page }) => {
    await page.goto(at('/articles/004_0a95f826a008e82f/'));
    await expect(page.locator('article .article-meta time')).toHaveText('3 February 2022');
  });

  test('001 came without a headline and is headed "Untitled" with the start of its lead', async ({ page }) => {
    await page.goto(at('/articles/001_8056aa51ff8d796d/'));
    await expect(page.locator('h1')).toHaveText(/^Untitled: “Russia is still awaiting the U\.S\. and NATO's response/);
    await expect(page.locator('.article-body p').first()).toHaveText(/^Russia is still awaiting the U\.S\. and NATO's response/);
  });

  test('000 shows the clean text, and the promotion line only in the text as received', async ({ page }) => {
    await page.goto(at('/articles/000_43d6ccf62db35b61/'));
    const body = page.locator('.article-body');
    await expect(body).toContainText('We can confirm we received a written follow-up from Russia');
    await expect(body).not.toContainText('Support The Moscow Times!');
    await expect(page.locator('article')).not.toContainText('Support The Moscow Times!');

    const raw = page.locator('details.as-received');
    await expect(raw.locator('pre')).toBeHidden();
    await raw.locator('summary').click();
    await expect(raw.locator('pre')).toBeVisible();
    await expect(raw.locator('pre')).toContainText('Support The Moscow Times!');
    await expect(raw.locator('pre')).toContainText('We can confirm we received a written follow-up from Russia');
    await expect(raw).toContainText(/promotion:\s*Support The Moscow Times!/);
  });
});

test('an article page lists what the extractor could not settle, so nothing is lost without trace', async ({ page }) => {
  await page.goto(at('/articles/000_43d6ccf62db35b61/'));
  const notes = page.locator('details.extraction-notes');
  await notes.locator('summary').click();
  // 000 has paragraphs that lost their opening quotation mark.
  await expect(notes).toContainText('unbalanced-quotes');
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
