/** datasetToTimelineJs: TimelineJS's JSON format, dates as precise as the sources, HTML escaped. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datasetToTimelineJs, type TimelineOptions } from '../../src/pipeline/export/timelinejs.ts';
import { dataset, HOSTILE, point, source } from './support.ts';

const OPTIONS: TimelineOptions = { siteUrl: 'https://example.org', title: 'Who said what', description: 'Statements.', headings: new Map() };

describe('datasetToTimelineJs', () => {
  it('makes one event per dated point, with its id, speaker group, and links to page and sources', () => {
    const { events } = datasetToTimelineJs(dataset([point('p1', { addressees: ['blinken'] })]), OPTIONS);
    assert.equal(events.length, 1);
    const [event] = events;
    assert.equal(event!.unique_id, 'p1');
    assert.equal(event!.group, 'Sergey Lavrov');
    assert.deepEqual(event!.start_date, { year: 2022, month: 2, day: 1 });
    assert.equal(event!.end_date, undefined);
    assert.equal(event!.text.headline, 'Sergey Lavrov to Antony Blinken');
    assert.match(event!.text.text, /^<p>“we are ready”<\/p><p>Reported by <a href="https:\/\/example\.org\/articles\/a1\/#s-p1">The Moscow Times<\/a>\. /);
    assert.match(event!.text.text, /<a href="https:\/\/example\.org\/points\/p1\/">Sources and context<\/a><\/p>$/);
  });

  it('gives dates only as precisely as the sources do', () => {
    const { events } = datasetToTimelineJs(
      dataset([
        point('month', { date: '2022-01-01', dateEnd: '2022-01-31', datePrecision: 'month' }),
        point('year', { date: '2021-01-01', dateEnd: '2021-12-31', datePrecision: 'year' }),
        point('week', { date: '2022-01-10', dateEnd: '2022-01-16', datePrecision: 'week' }),
      ]),
      OPTIONS,
    );
    const byId = new Map(events.map((e) => [e.unique_id, e]));
    assert.deepEqual(byId.get('month')!.start_date, { year: 2022, month: 1 });
    assert.equal(byId.get('month')!.end_date, undefined);
    assert.deepEqual(byId.get('year')!.start_date, { year: 2021 });
    assert.deepEqual(byId.get('week')!.start_date, { year: 2022, month: 1, day: 10 });
    assert.deepEqual(byId.get('week')!.end_date, { year: 2022, month: 1, day: 16 });
  });

  it('leaves undated points out, and says so on the title slide with the articles it was built from', () => {
    const timeline = datasetToTimelineJs(dataset([point('p1'), point('u', { date: null, dateEnd: null, datePrecision: 'unknown' })]), OPTIONS);
    assert.deepEqual(
      timeline.events.map((e) => e.unique_id),
      ['p1'],
    );
    assert.equal(timeline.title.text.headline, 'Who said what');
    assert.match(
      timeline.title.text.text,
      /Built from 2 articles: <a href="https:\/\/example\.org\/articles\/a1\/">One \(The Moscow Times\)<\/a>, <a href="https:\/\/example\.org\/articles\/a2\/">Article a2<\/a>\./,
    );
    assert.match(timeline.title.text.text, /1 undated statement is not placed on this timeline/);
  });

  it('escapes article text, which TimelineJS renders as HTML', () => {
    const { events } = datasetToTimelineJs(dataset([point('p1', { quote: HOSTILE, sources: [source({ article: 'a1' })] })]), OPTIONS);
    assert.ok(!events[0]!.text.text.includes('<b>'));
    assert.ok(events[0]!.text.text.includes('&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt; &amp;'));
  });
});
