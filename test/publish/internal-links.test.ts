/** The in-house link checker for the built site. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brokenLinks, idsIn, internalTarget, linksIn } from '../../src/pipeline/publish/internal-links.ts';

const SITE = 'https://example.org';

describe('linksIn', () => {
  it('finds hrefs, srcs, srcsets, preview images and a meta refresh target, entities decoded', () => {
    const html = `<!doctype html><html><head>
      <link rel="canonical" href="https://example.org/a/">
      <meta property="og:image" content="https://example.org/a/og.png">
      <meta name="twitter:image" content="/a/og.png">
      <meta name="description" content="/not/a/link/">
      <meta http-equiv="refresh" content="0; url=/b/">
      <script type="module" src="/_astro/x.js"></script>
      <script>const s = '<a href="/inside/script/">';</script>
      </head><body><a href='/c/?x=1&amp;y=2#top'>c</a><img src=/d.png srcset="/d.png 1x, /d2.png 2x" alt="">
      <!-- <a href="/commented/"> --></body></html>`;
    assert.deepEqual(linksIn(html), [
      'https://example.org/a/',
      'https://example.org/a/og.png',
      '/a/og.png',
      '/b/',
      '/_astro/x.js',
      '/c/?x=1&y=2#top',
      '/d.png',
      '/d.png',
      '/d2.png',
    ]);
  });

  it('reads attribute values holding ">"', () => {
    assert.deepEqual(linksIn('<a title="a > b" href="/x/">x</a>'), ['/x/']);
  });
});

describe('idsIn', () => {
  it('collects element ids', () => {
    assert.deepEqual([...idsIn('<mark id="s-1">a</mark><span id="s-1-2"></span><p>id="no"</p>')], ['s-1', 's-1-2']);
  });
});

describe('internalTarget', () => {
  it('maps site paths to build files and leaves other origins alone', () => {
    assert.deepEqual(internalTarget('/points/x/', 'index.html', SITE), { file: 'points/x/index.html', fragment: null });
    assert.deepEqual(internalTarget('https://example.org/feed.xml', 'index.html', SITE), { file: 'feed.xml', fragment: null });
    assert.deepEqual(internalTarget('#main', 'data/index.html', SITE), { file: 'data/index.html', fragment: 'main' });
    assert.deepEqual(internalTarget('og.png', 'points/x/index.html', SITE), { file: 'points/x/og.png', fragment: null });
    assert.deepEqual(internalTarget('/?p=abc', 'index.html', SITE), { file: 'index.html', fragment: null });
    assert.equal(internalTarget('https://elsewhere.org/a/', 'index.html', SITE), null);
    assert.equal(internalTarget('mailto:a@example.org', 'index.html', SITE), null);
  });

  it('under a base path, finds the build’s files below the folder, and no file for an address outside it', () => {
    const hosted = 'https://example.org/news/wsw/';
    assert.deepEqual(internalTarget('/news/wsw/points/x/', 'index.html', hosted), { file: 'points/x/index.html', fragment: null });
    assert.deepEqual(internalTarget('og.png', 'points/x/index.html', hosted), { file: 'points/x/og.png', fragment: null });
    assert.deepEqual(internalTarget('#main', 'data/index.html', hosted), { file: 'data/index.html', fragment: 'main' });
    assert.deepEqual(internalTarget('https://example.org/news/wsw/feed.xml', 'index.html', hosted), { file: 'feed.xml', fragment: null });
    assert.deepEqual(internalTarget('/points/x/', 'index.html', hosted), { file: null, fragment: null });
  });
});

describe('brokenLinks', () => {
  it('under a base path, reports a link that forgot the folder', () => {
    const site = { pages: new Map([['index.html', '<a href="/news/wsw/a/">a</a> <a href="/a/">forgot</a>']]), files: new Set(['index.html', 'a/index.html']) };
    assert.deepEqual(brokenLinks(site, 'https://example.org/news/wsw/'), [
      { page: 'index.html', link: '/a/', reason: "outside the site's folder /news/wsw/ (an address without the base path)" },
    ]);
  });

  const pages = new Map([
    [
      'index.html',
      '<a href="/a/">a</a> <a href="/a/#s-1">s</a> <a href="/a/#gone">g</a> <a href="/missing/">m</a> <a href="/a">no slash</a> <a href="https://other.org/">x</a>',
    ],
    ['a/index.html', '<mark id="s-1">x</mark><img src="/a/og.png" alt="">'],
  ]);
  const files = new Set(['index.html', 'a/index.html', 'a/og.png']);

  it('reports missing files, missing fragments and page links without their slash, nothing else', () => {
    assert.deepEqual(brokenLinks({ pages, files }, SITE), [
      { page: 'index.html', link: '/a/#gone', reason: 'no element with id "gone" in a/index.html' },
      { page: 'index.html', link: '/missing/', reason: 'no file missing/index.html' },
      { page: 'index.html', link: '/a', reason: 'no file a (a page: its address ends with a slash)' },
    ]);
  });
});
