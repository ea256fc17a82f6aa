/** neighbourIndex: the points said just before and after, and the same speaker's previous and next. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { neighbourIndex } from '../../src/pipeline/publish/neighbours.ts';
import { point } from '../export/support.ts';

const day = (d: string) => ({ date: d, dateEnd: d });
const points = [
  point('a', { ...day('2022-01-01'), speaker: 'lavrov' }),
  point('b', { ...day('2022-01-02'), speaker: 'blinken' }),
  point('c', { ...day('2022-01-03'), speaker: 'lavrov' }),
  point('u', { date: null, dateEnd: null, datePrecision: 'unknown', speaker: 'lavrov' }),
];
const neighboursOf = neighbourIndex(points);
const ids = (n: ReturnType<typeof neighboursOf>) => [n.earlier, n.later, n.previousBySpeaker, n.nextBySpeaker].map((p) => p?.id ?? null);

describe('neighbourIndex', () => {
  it('finds the points around in time and by the same speaker', () => {
    assert.deepEqual(ids(neighboursOf(points[1]!)), ['a', 'c', null, null]);
    assert.deepEqual(ids(neighboursOf(points[2]!)), ['b', null, 'a', 'u']);
  });

  it('gives an undated point no place in time, but its speaker’s other statements', () => {
    assert.deepEqual(ids(neighboursOf(points[3]!)), [null, null, 'c', null]);
  });

  it('never places an undated point next to a dated one in time', () => {
    assert.equal(neighboursOf(points[2]!).later, null);
  });
});
