/** sitemapXml, and the list of pages it is given. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sitemapXml } from '../../src/pipeline/export/sitemap.ts';
import { datasetAtBase } from '../../src/pipeline/publish/base-path.ts';
import { sitePages } from '../../src/pipeline/publish/site-pages.ts';
import { assertWellFormedXml, dataset, point } from './support.ts';

describe('sitemapXml', () => {
  it('is a well-formed urlset of absolute, escaped addresses', () => {
    const xml = sitemapXml(['/', '/points/a&b/'], 'https://example.org');
    assertWellFormedXml(xml);
    assert.match(xml, /<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/);
    assert.match(xml, /<url><loc>https:\/\/example\.org\/<\/loc><\/url>/);
    assert.match(xml, /<loc>https:\/\/example\.org\/points\/a&amp;b\/<\/loc>/);
  });
});

describe('sitePages', () => {
  it('lists the fixed pages, every article, every point and every actor with a page', () => {
    const data = dataset([point('p1'), point('p2')]);
    // The unresolved speaker is no one, and has no page.
    data.actors = data.actors.map((a) => (a.id === 'unknown' ? a : { ...a, path: `/actors/${a.id}/` }));
    assert.deepEqual(sitePages(data, '/'), [
      '/',
      '/articles/',
      '/actors/',
      '/data/',
      '/search/',
      '/articles/a1/',
      '/articles/a2/',
      '/points/p1/',
      '/points/p2/',
      '/actors/lavrov/',
      '/actors/blinken/',
      '/actors/nato/',
    ]);
  });

  it('under a base path, lists every page at its address on the host', () => {
    const hosted = datasetAtBase(dataset([point('p1')]), '/news/wsw/');
    assert.deepEqual(sitePages(hosted, '/news/wsw/'), [
      '/news/wsw/',
      '/news/wsw/articles/',
      '/news/wsw/actors/',
      '/news/wsw/data/',
      '/news/wsw/search/',
      '/news/wsw/articles/a1/',
      '/news/wsw/articles/a2/',
      '/news/wsw/points/p1/',
    ]);
    assert.match(sitemapXml(sitePages(hosted, '/news/wsw/'), 'https://example.org/news/wsw/'), /<loc>https:\/\/example\.org\/news\/wsw\/points\/p1\/<\/loc>/);
  });
});
