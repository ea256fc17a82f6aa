import type { Dataset } from '../src/pipeline/types.ts';
import { parseCsv } from './support/csv.ts';
import { expect, test } from './support/fixtures.ts';
import { articleIds, at } from './support/site.ts';

test.describe('data downloads', () => {
  test('/data/timeline.json is format 1 with one article per article file', async ({ request }) => {
    const response = await request.get(at('/data/timeline.json'));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    const dataset = JSON.parse(await response.text()) as Dataset;
    expect(dataset.format).toBe(1);
    expect(dataset.articles.map((a) => a.id).sort()).toEqual(articleIds());
    for (const article of dataset.articles) expect(article.path).toBe(at(`/articles/${article.id}/`));
    for (const point of dataset.points) {
      expect(point.path).toBe(at(`/points/${point.id}/`));
      expect(point.sources.length, `${point.id} has a source`).toBeGreaterThan(0);
    }
  });

  test('/data/timeline.csv has a header and one row per point–source pair', async ({ request }) => {
    const dataset = (await (await request.get(at('/data/timeline.json'))).json()) as Dataset;
    const response = await request.get(at('/data/timeline.csv'));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/csv/);
    const [header, ...rows] = parseCsv(await response.text());
    expect(header).toBeDefined();
    expect(header!.join(',')).toMatch(/^point_id,/);

    const pairs = dataset.points.flatMap((p) => p.sources.map((s) => [p.id, s.article]));
    expect(rows).toHaveLength(pairs.length);
    const pointColumn = header!.indexOf('point_id');
    const articleColumn = header!.indexOf('source_article');
    expect(articleColumn, 'a source_article column').toBeGreaterThan(0);
    rows.forEach((row, i) => {
      expect(row, `row ${i + 2} has every column`).toHaveLength(header!.length);
      expect([row[pointColumn], row[articleColumn]], `row ${i + 2}`).toEqual(pairs[i]);
    });
  });

  test('the data page links both downloads', async ({ page, request }) => {
    await page.goto(at('/data/'));
    for (const href of [at('/data/timeline.json'), at('/data/timeline.csv')]) {
      await expect(page.locator(`main a[href="${href}"]`)).toBeVisible();
      expect((await request.get(href)).status(), href).toBe(200);
    }
  });
});
