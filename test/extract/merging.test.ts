/** Phenomenon 9: the dataset builder merges reports of one act and keeps different acts apart. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDataset } from '../../src/pipeline/build-dataset.ts';
import type { Point } from '../../src/pipeline/types.ts';
import { parse, registry } from './support.ts';

const show = (points: readonly Point[]) =>
  points.map((p) => `${p.speaker} ${p.date} ${p.quote ?? p.summary} [${p.sources.map((s) => s.article).join(',')}]`).join('\n');

describe('merging: one quote reported by two articles', () => {
  const first = parse(
    'Sylvania Presses On With Dam\n\n“The dam will be finished before the rainy season, whatever our neighbours say,” Sylvanian President Sergei Valenko said on Monday.',
    { id: 'herald-dam', date: '2024-03-12' },
  );
  const second = parse(
    'Valenko Defiant\n\nSergey Valenko, the Sylvanian president, said Monday: “The dam will be completed before the rainy season, no matter what our neighbours say.”',
    { id: 'courier-dam', date: '2024-03-13' },
  );

  it('gives one point with two sources', () => {
    const { dataset } = buildDataset([first, second], registry());
    assert.equal(dataset.points.length, 1, show(dataset.points));
    const point = dataset.points[0]!;
    assert.equal(point.speaker, 'sergei-valenko');
    assert.equal(point.date, '2024-03-11');
    assert.equal(point.datePrecision, 'day');
    assert.deepEqual(point.sources.map((s) => s.article).sort(), ['courier-dam', 'herald-dam']);
    assert.ok(point.sources.every((s) => s.direct));
  });

  it('does not depend on the order the articles are given in', () => {
    const a = buildDataset([first, second], registry()).dataset.points;
    const b = buildDataset([second, first], registry()).dataset.points;
    assert.deepEqual(b, a);
  });

  it("lists the speaker once among the dataset's actors", () => {
    const { dataset } = buildDataset([first, second], registry());
    assert.deepEqual(
      dataset.actors.map((a) => a.id),
      ['sergei-valenko'],
    );
  });
});

describe('merging: two different quotes by the same speaker on the same day', () => {
  it('gives two points', () => {
    const article = parse(
      'Ruiz Speaks Twice\n\nAna Ruiz said on Tuesday: “The river is not for sale.” Later that day Ruiz told parliament: “Our fishermen deserve compensation for every lost season.”',
      { id: 'gazette-ruiz', date: '2024-03-13' },
    );
    const other = parse(
      'Ruiz On River\n\n“We will not trade our river for promises on paper,” Freedonian Foreign Minister Ana Ruiz told reporters on Tuesday.',
      { id: 'tribune-ruiz', date: '2024-03-13' },
    );
    const { dataset } = buildDataset([article, other], registry());
    assert.equal(dataset.points.length, 3, show(dataset.points));
    assert.ok(
      dataset.points.every((p) => p.speaker === 'ana-ruiz' && p.date === '2024-03-12'),
      show(dataset.points),
    );
    assert.ok(
      dataset.points.every((p) => p.sources.length === 1),
      show(dataset.points),
    );
    assert.equal(new Set(dataset.points.map((p) => p.id)).size, 3);
  });
});

describe('merging: the same words by speakers of opposite sides', () => {
  it('are two points, not one', () => {
    const a = parse('Ruiz Calls For Calm\n\n“Both sides must show restraint on the river,” Ana Ruiz said on Tuesday.', { id: 'a-calm', date: '2024-03-13' });
    const b = parse('Brenner Calls For Calm\n\n“Both sides must show restraint on the river,” Tomas Brenner said on Tuesday.', {
      id: 'b-calm',
      date: '2024-03-13',
    });
    const { dataset } = buildDataset([a, b], registry());
    assert.equal(dataset.points.length, 2, show(dataset.points));
    assert.deepEqual(dataset.points.map((p) => p.speaker).sort(), ['ana-ruiz', 'tomas-brenner']);
  });
});

describe('merging: texts sent between the same two parties', () => {
  const pointsOf = (...articles: ReturnType<typeof parse>[]) => buildDataset(articles, registry()).dataset.points;
  const sourcesOf = (points: readonly Point[], article: string) => points.find((p) => p.sources.some((s) => s.article === article))!;
  const dated = parse('Sylvania Replies\n\nSylvania delivered a written reply to Freedonia on Monday, officials in Port Sylvan said.', {
    id: 'wire-reply',
    date: '2024-03-12',
  });

  it('an undated report of a text is the one text between the same parties dated in the fortnight before', () => {
    const undated = parse('Talks Stall\n\nSylvania has delivered written responses to Freedonia’s letter, the Herald reported on Tuesday.', {
      id: 'weekly-reply',
      date: '2024-03-20',
    });
    const points = pointsOf(dated, undated);
    const point = sourcesOf(points, 'weekly-reply');
    assert.deepEqual(
      point.sources.map((s) => s.article),
      ['wire-reply', 'weekly-reply'],
      show(points),
    );
    assert.equal(point.date, '2024-03-11');
  });

  it('"Sylvania responded to Freedonia": answering, with no words of its own, is the written reply', () => {
    const undated = parse('Talks Resume\n\nThe fishing talks resumed a day after Sylvania responded to Freedonia’s list of demands.', {
      id: 'weekly-responded',
      date: '2024-03-15',
    });
    const point = sourcesOf(pointsOf(dated, undated), 'weekly-responded');
    assert.deepEqual(
      point.sources.map((s) => s.article),
      ['wire-reply', 'weekly-responded'],
    );
    assert.equal(point.kind, 'document');
  });

  it('stays apart when two texts between the same parties could be the one meant', () => {
    const second = parse('Another Note\n\nSylvania sent a note to Freedonia on Thursday.', { id: 'wire-second', date: '2024-03-15' });
    const undated = parse('Talks Stall\n\nSylvania has delivered written responses to Freedonia’s letter, the Herald reported on Tuesday.', {
      id: 'weekly-reply',
      date: '2024-03-20',
    });
    const points = pointsOf(dated, second, undated);
    assert.equal(sourcesOf(points, 'weekly-reply').sources.length, 1, show(points));
  });

  it('stays apart from a text dated long before the article, and from the text the other way', () => {
    const old = parse('Old Reply\n\nSylvania delivered a written reply to Freedonia on 1 February.', { id: 'wire-old', date: '2024-02-02' });
    const letter = parse('Freedonia Writes\n\nFreedonia delivered a letter to Sylvania on Tuesday.', { id: 'wire-letter', date: '2024-03-20' });
    const undated = parse('Talks Stall\n\nSylvania has delivered written responses to Freedonia’s letter, the Herald reported on Tuesday.', {
      id: 'weekly-reply',
      date: '2024-03-20',
    });
    const points = pointsOf(old, letter, undated);
    assert.equal(points.length, 3, show(points));
    assert.ok(
      points.every((p) => p.sources.length === 1),
      show(points),
    );
  });

  it('stays apart from a text of another sort, or one that calls itself new', () => {
    const letter = parse('Freedonia Writes\n\nFreedonia sent a letter to Sylvania on Monday demanding compensation.', {
      id: 'wire-letter',
      date: '2024-03-12',
    });
    const reply = parse('Sylvania Replies\n\nSylvania delivered a written reply to Freedonia on Thursday.', { id: 'wire-reply-2', date: '2024-03-15' });
    for (const words of [
      'has sent a second letter to Sylvania',
      'has sent a rejoinder letter to Sylvania',
      'has delivered a protest note to Sylvania',
      'has submitted a draft treaty to Sylvania',
    ]) {
      const undated = parse(`Talks Stall\n\nFreedonia ${words}, the Herald reported on Tuesday.`, { id: 'weekly-text', date: '2024-03-20' });
      const points = pointsOf(letter, reply, undated);
      assert.equal(sourcesOf(points, 'weekly-text').sources.length, 1, `${words}\n${show(points)}`);
    }
  });

  it('two texts one article tells of are not both the one dated text', () => {
    const letter = parse('Freedonia Writes\n\nFreedonia sent a letter to Sylvania on Monday.', { id: 'wire-letter', date: '2024-03-12' });
    const two = parse(
      'Two Texts\n\nFreedonia has delivered a note to Sylvania about the dam, the Herald reported on Tuesday. Freedonia has also sent a letter to Sylvania about fishing, diplomats said on Tuesday.',
      { id: 'weekly-two', date: '2024-03-20' },
    );
    const points = pointsOf(letter, two);
    assert.ok(points.length > 0, show(points));
    assert.ok(
      points.every((p) => new Set(p.sources.map((s) => s.article)).size === p.sources.length),
      show(points),
    );
  });

  it('a letter and its reply on the same day are two acts', () => {
    const both = parse('Letters\n\nFreedonia delivered a letter to Sylvania on Monday.', { id: 'a-letter', date: '2024-03-12' });
    const points = pointsOf(both, dated);
    assert.equal(points.length, 2, show(points));
    assert.deepEqual(points.map((p) => p.speaker).sort(), ['freedonia', 'sylvania']);
  });

  it('undated reports of a text from each day’s news are one text, unless an article tells of two', () => {
    const first = parse('Reply Arrives\n\nSylvania has delivered written responses to Freedonia’s letter, the Herald reported on Tuesday.', {
      id: 'daily-one',
      date: '2024-03-20',
    });
    const second = parse('Reply In\n\nSylvania has sent written answers to Freedonia, diplomats said on Wednesday.', { id: 'daily-two', date: '2024-03-21' });
    const merged = pointsOf(first, second);
    assert.equal(merged.length, 1, show(merged));
    assert.equal(merged[0]!.date, null);

    const two = parse(
      'Two Replies\n\nSylvania has sent a note to Freedonia about the dam, the Herald reported on Tuesday. Sylvania has also sent a letter to Freedonia about fishing, diplomats said on Tuesday.',
      {
        id: 'daily-three',
        date: '2024-03-20',
      },
    );
    const apart = pointsOf(first, second, two);
    assert.ok(apart.length > 0, show(apart));
    assert.ok(
      apart.every((p) => p.sources.length === 1),
      show(apart),
    );
  });
});

describe('merging: one call told from either side', () => {
  it('"Ruiz spoke with Brenner" and "Brenner spoke with Ruiz" on the same day are one call', () => {
    const a = parse('Call\n\nAna Ruiz spoke with Tomas Brenner by phone on Monday.', { id: 'a-call', date: '2024-03-12' });
    const b = parse('Call\n\nTomas Brenner spoke with Ana Ruiz by phone on Monday.', { id: 'b-call', date: '2024-03-12' });
    const { dataset } = buildDataset([a, b], registry());
    assert.equal(dataset.points.length, 1, show(dataset.points));
    assert.equal(dataset.points[0]!.kind, 'call');
  });
});
