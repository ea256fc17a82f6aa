/** The JSON-LD Quotation of a point page, and its safe embedding in a script element. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actorPageLd, quotationLd, scriptJson } from '../../src/pipeline/publish/json-ld.ts';
import { indexDataset } from '../../src/pipeline/publish/dataset-index.ts';
import { dataset as datasetOf, point, source } from '../export/support.ts';

const dataset = (points: Parameters<typeof datasetOf>[0]) => indexDataset(datasetOf(points));

const SITE = 'https://example.org';

describe('quotationLd', () => {
  it('says who said it, when, and which news articles it is based on', () => {
    const ld = quotationLd(point('p1', { sources: [source(), source({ article: 'a2' }), source({ article: 'a1', offset: 50 })] }), dataset([]), SITE);
    assert.deepEqual(ld, {
      '@context': 'https://schema.org',
      '@type': 'Quotation',
      '@id': 'https://example.org/points/p1/#quotation',
      url: 'https://example.org/points/p1/',
      text: 'we are ready',
      description: 'Sergey Lavrov: we are ready',
      spokenByCharacter: { '@type': 'Person', name: 'Sergey Lavrov', jobTitle: 'Russian Foreign Minister' },
      creator: { '@type': 'Person', name: 'Sergey Lavrov', jobTitle: 'Russian Foreign Minister' },
      dateCreated: '2022-02-01',
      isBasedOn: [
        {
          '@type': 'NewsArticle',
          url: 'https://example.com/one',
          headline: 'One',
          publisher: { '@type': 'Organization', name: 'The Moscow Times' },
          datePublished: '2022-02-01',
        },
        { '@type': 'NewsArticle', url: 'https://example.org/articles/a2/', datePublished: '2022-02-03' },
      ],
    });
  });

  it('names an organisation as an Organization', () => {
    const ld = quotationLd(point('p1', { speaker: 'nato' }), dataset([]), SITE);
    assert.deepEqual(ld.spokenByCharacter, { '@type': 'Organization', name: 'NATO' });
  });

  it('names no one when the speaker is unresolved', () => {
    const ld = quotationLd(point('p1', { speaker: 'unknown' }), dataset([]), SITE);
    assert.equal(ld.spokenByCharacter, undefined);
    assert.equal(ld.creator, undefined);
  });

  it('dates only as precisely as the sources: a month, a year, or a range as temporalCoverage', () => {
    const month = quotationLd(point('m', { date: '2022-01-01', dateEnd: '2022-01-31', datePrecision: 'month' }), dataset([]), SITE);
    assert.equal(month.dateCreated, '2022-01');
    const year = quotationLd(point('y', { date: '2021-01-01', dateEnd: '2021-12-31', datePrecision: 'year' }), dataset([]), SITE);
    assert.equal(year.dateCreated, '2021');
    const week = quotationLd(point('w', { date: '2022-01-10', dateEnd: '2022-01-16', datePrecision: 'week' }), dataset([]), SITE);
    assert.equal(week.dateCreated, undefined);
    assert.equal(week.temporalCoverage, '2022-01-10/2022-01-16');
    const undated = quotationLd(point('u', { date: null, dateEnd: null, datePrecision: 'unknown' }), dataset([]), SITE);
    assert.equal(undated.dateCreated ?? undated.temporalCoverage, undefined);
  });
});

describe('scriptJson', () => {
  const hostile = { text: '</script><script>alert(1)</script> <!-- & \u2028\u2029' };

  it('cannot close the script element or open a comment', () => {
    const json = scriptJson(hostile);
    assert.doesNotMatch(json, /[<>&\u2028\u2029]/);
    assert.match(json, /\\u003c\/script\\u003e/);
  });

  it('is still JSON that reads back as the same value', () => {
    assert.deepEqual(JSON.parse(scriptJson(hostile)), hostile);
  });
});

describe('actorPageLd', () => {
  it('is a Person with its role and names, or an Organization for a body, a group or a country', () => {
    const lavrov = {
      id: 'lavrov',
      name: 'Sergey Lavrov',
      aliases: ['Sergei Lavrov', 'Lavrov'],
      kind: 'person' as const,
      description: 'Russian Foreign Minister',
      path: '/actors/lavrov/',
    };
    assert.deepEqual(actorPageLd(lavrov, SITE), {
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Sergey Lavrov',
      jobTitle: 'Russian Foreign Minister',
      '@id': 'https://example.org/actors/lavrov/#actor',
      url: 'https://example.org/actors/lavrov/',
      alternateName: ['Sergei Lavrov', 'Lavrov'],
    });
    const nato = actorPageLd({ id: 'nato', name: 'NATO', aliases: [], kind: 'group', path: '/actors/nato/' }, SITE);
    assert.equal(nato['@type'], 'Organization');
    assert.equal('alternateName' in nato, false);
  });
});
