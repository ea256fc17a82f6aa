/** Phenomenon 9: the dataset builder merges reports of one act and keeps different acts apart. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDataset } from '../../src/pipeline/build-dataset.ts';
import type { Point } from '../../src/pipeline/types.ts';
import { parse, registry } from './support.ts';

const show = (points: readonly Point[]) => points.map((p) => `${p.speaker} ${p.date} ${p.quote ?? p.summary} [${p.sources.map((s) => s.article).join(',')}]`).join('\n');

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

  it('lists the speaker once among the dataset\'s actors', () => {
    const { dataset } = buildDataset([first, second], registry());
    assert.deepEqual(dataset.actors.map((a) => a.id), ['sergei-valenko']);
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
    assert.ok(dataset.points.every((p) => p.speaker === 'ana-ruiz' && p.date === '2024-03-12'), show(dataset.points));
    assert.ok(dataset.points.every((p) => p.sources.length === 1), show(dataset.points));
    assert.equal(new Set(dataset.points.map((p) => p.id)).size, 3);
  });
});

describe('merging: the same words by speakers of opposite sides', () => {
  it('are two points, not one', () => {
    const a = parse('Ruiz Calls For Calm\n\n“Both sides must show restraint on the river,” Ana Ruiz said on Tuesday.', { id: 'a-calm', date: '2024-03-13' });
    const b = parse('Brenner Calls For Calm\n\n“Both sides must show restraint on the river,” Tomas Brenner said on Tuesday.', { id: 'b-calm', date: '2024-03-13' });
    const { dataset } = buildDataset([a, b], registry());
    assert.equal(dataset.points.length, 2, show(dataset.points));
    assert.deepEqual(dataset.points.map((p) => p.speaker).sort(), ['ana-ruiz', 'tomas-brenner']);
  });
});
