/** datasetToAtom: a well-formed Atom feed, newest first, escaped, stating what it was built from. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datasetToAtom, type FeedOptions } from '../../src/pipeline/export/atom.ts';
import { datasetAtBase } from '../../src/pipeline/publish/base-path.ts';
import { assertWellFormedXml, dataset, HOSTILE, point, source } from './support.ts';

const OPTIONS: FeedOptions = {
  siteUrl: 'https://example.org',
  title: 'who-said-what',
  description: 'Statements.',
  feedPath: '/feed.xml',
  headings: new Map([['a2', 'Untitled: “Moscow waits…”']]),
};

const entries = (xml: string): string[] => [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
const entryId = (entry: string): string => /<id>([^<]*)<\/id>/.exec(entry)![1]!;

describe('datasetToAtom', () => {
  it('is well formed, with feed id, self link, updated and author', () => {
    const xml = datasetToAtom(dataset([point('p1')]), OPTIONS);
    assertWellFormedXml(xml);
    assert.match(xml, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
    assert.match(xml, /<link rel="self" type="application\/atom\+xml" href="https:\/\/example\.org\/feed\.xml"\/>/);
    assert.match(xml, /<author><name>who-said-what<\/name><\/author>/);
    // The newest date anywhere in the dataset: article a2 of 3 February.
    assert.match(xml, /<feed[^>]*><id>https:\/\/example\.org\/<\/id>[\s\S]*?<updated>2022-02-03T00:00:00Z<\/updated>/);
  });

  it('under a base path, every address keeps the folder: feed id, home, entries, sources, articles', () => {
    const xml = datasetToAtom(datasetAtBase(dataset([point('p1')]), '/news/wsw/'), {
      ...OPTIONS,
      siteUrl: 'https://example.org/news/wsw/',
      feedPath: '/news/wsw/feed.xml',
    });
    const addresses = [...xml.matchAll(/(?:href="|<id>)(https?:[^"<]*)/g)].map((m) => m[1]!);
    assert.ok(addresses.length >= 6, addresses.join(' '));
    for (const address of addresses) assert.ok(address.startsWith('https://example.org/news/wsw/'), address);
    assert.match(xml, /<feed[^>]*><id>https:\/\/example\.org\/news\/wsw\/<\/id>/);
  });

  it('lists points newest first, an undated one under the day of the latest article reporting it', () => {
    const xml = datasetToAtom(
      dataset([
        point('old', { date: '2022-01-10', dateEnd: '2022-01-10' }),
        point('new', { date: '2022-02-02', dateEnd: '2022-02-02' }),
        point('undated', { date: null, dateEnd: null, datePrecision: 'unknown', sources: [source({ article: 'a1' }), source({ article: 'a2' })] }),
      ]),
      OPTIONS,
    );
    assert.deepEqual(
      entries(xml).map(entryId),
      ['undated', 'new', 'old'].map((id) => `https://example.org/points/${id}/`),
    );
    assert.match(entries(xml)[0]!, /<updated>2022-02-03T00:00:00Z<\/updated>/);
    assert.match(entries(xml)[2]!, /<updated>2022-01-10T00:00:00Z<\/updated>/);
  });

  it('links each entry to its page and each source to its highlighted sentence', () => {
    const entry = entries(datasetToAtom(dataset([point('p1', { sources: [source(), source({ offset: 40 })] })]), OPTIONS))[0]!;
    assert.match(entry, /<link rel="alternate" type="text\/html" href="https:\/\/example\.org\/points\/p1\/"\/>/);
    assert.match(entry, /href="https:\/\/example\.org\/articles\/a1\/#s-p1" title="One \(The Moscow Times\)"/);
    assert.match(entry, /href="https:\/\/example\.org\/articles\/a1\/#s-p1-2"/);
  });

  it('states the articles it was built from, by the headings the site shows', () => {
    const xml = datasetToAtom(dataset([]), OPTIONS);
    assert.match(xml, /<subtitle type="text">Statements\. Built from 2 articles: One \(The Moscow Times\); Untitled: “Moscow waits…”\.<\/subtitle>/);
    assert.match(xml, /<link rel="related" type="text\/html" href="https:\/\/example\.org\/articles\/a2\/" title="Untitled: “Moscow waits…”"\/>/);
  });

  it('escapes hostile article text everywhere it goes', () => {
    const xml = datasetToAtom(dataset([point('p1', { quote: HOSTILE, summary: HOSTILE })]), OPTIONS);
    assertWellFormedXml(xml);
    assert.ok(!xml.includes('<b>'));
    assert.ok(xml.includes('&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quotes&quot;'));
  });

  it('has a fixed date when nothing is dated, so that builds stay identical', () => {
    const undated = dataset([]);
    undated.articles = undated.articles.map((a) => ({ ...a, date: null }));
    assert.match(datasetToAtom(undated, OPTIONS), /<updated>1970-01-01T00:00:00Z<\/updated>/);
  });
});
