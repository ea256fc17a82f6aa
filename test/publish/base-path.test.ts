/** Hosting under a path: where the folder comes from, and how site paths become paths on the host. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datasetAtBase, HostingError, normaliseBase, pathAtBase, pathUnderBase, resolveHosting } from '../../src/pipeline/publish/base-path.ts';
import { dataset, point } from '../export/support.ts';

describe('normaliseBase', () => {
  it('gives a slash at either end, whatever was typed', () => {
    for (const raw of ['news/wsw', '/news/wsw', '/news/wsw/', 'news/wsw/', ' /news/wsw// ']) assert.equal(normaliseBase(raw), '/news/wsw/', raw);
    assert.equal(normaliseBase(''), '/');
    assert.equal(normaliseBase('/'), '/');
  });

  it('refuses what no folder of a URL can be', () => {
    for (const raw of ['/news//wsw/', '/news/../wsw/', '/a b/', '/news?x=1', '/news#top', '/news\\wsw/']) {
      assert.throws(() => normaliseBase(raw), HostingError, raw);
    }
  });
});

describe('resolveHosting', () => {
  it('takes the folder from SITE_URL when BASE_PATH is not set — canonical links keep it', () => {
    assert.deepEqual(resolveHosting('https://example.org/news/wsw/', undefined), { siteUrl: 'https://example.org/news/wsw/', basePath: '/news/wsw/' });
    assert.deepEqual(resolveHosting('https://example.org/news/wsw', ''), { siteUrl: 'https://example.org/news/wsw/', basePath: '/news/wsw/' });
  });

  it('takes it from BASE_PATH, and puts it into the public address', () => {
    assert.deepEqual(resolveHosting('https://example.org', '/news/wsw/'), { siteUrl: 'https://example.org/news/wsw/', basePath: '/news/wsw/' });
    assert.deepEqual(resolveHosting('https://example.org/news/wsw/', 'news/wsw'), { siteUrl: 'https://example.org/news/wsw/', basePath: '/news/wsw/' });
  });

  it('hosts at the root when neither names a folder', () => {
    assert.deepEqual(resolveHosting('https://example.org', undefined), { siteUrl: 'https://example.org/', basePath: '/' });
  });

  it('refuses two different folders, and addresses that are not a site’s', () => {
    assert.throws(() => resolveHosting('https://example.org/news/', '/wsw/'), /under \/news\/ but BASE_PATH is \/wsw\//);
    assert.throws(() => resolveHosting('example.org/news/', undefined), /not an absolute URL/);
    assert.throws(() => resolveHosting('ftp://example.org/', undefined), /not an http\(s\) address/);
    assert.throws(() => resolveHosting('https://example.org/?x=1', undefined), /query or a fragment/);
  });
});

describe('pathAtBase and pathUnderBase', () => {
  it('put a site path under the folder and take it out again', () => {
    assert.equal(pathAtBase('/points/x/', '/news/wsw/'), '/news/wsw/points/x/');
    assert.equal(pathAtBase('/', '/news/wsw/'), '/news/wsw/');
    assert.equal(pathAtBase('/points/x/', '/'), '/points/x/');
    assert.equal(pathUnderBase('/news/wsw/points/x/', '/news/wsw/'), '/points/x/');
    assert.equal(pathUnderBase('/points/x/', '/news/wsw/'), null);
    assert.equal(pathUnderBase('/points/x/', '/'), '/points/x/');
  });

  it('never makes a protocol-relative address of a path', () => {
    assert.throws(() => pathAtBase('points/x/', '/'), /not a site path/);
    assert.ok(!pathAtBase('/', '/').startsWith('//'));
  });
});

describe('datasetAtBase', () => {
  it('makes every article and point path a path on the host, and changes nothing else', () => {
    const source = dataset([point('p1'), point('p2', { date: null })]);
    const hosted = datasetAtBase(source, '/news/wsw/');
    assert.deepEqual(
      hosted.points.map((p) => p.path),
      ['/news/wsw/points/p1/', '/news/wsw/points/p2/'],
    );
    assert.deepEqual(
      hosted.articles.map((a) => a.path),
      ['/news/wsw/articles/a1/', '/news/wsw/articles/a2/'],
    );
    const strip = (d: typeof source) => ({ ...d, points: d.points.map(({ path: _, ...p }) => p), articles: d.articles.map(({ path: _, ...a }) => a) });
    assert.deepEqual(strip(hosted), strip(source));
    assert.equal(datasetAtBase(source, '/'), source);
  });
});
