import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DAY_MS, dayStart } from '../../src/islands/timeline/layout.ts';
import { baseScale, daysOf, fullSpan, spanOfDays, spanUnder, transformShowing } from '../../src/islands/timeline/scales.ts';
import { point } from './support.ts';

describe('time spans and zoom transforms', () => {
  const span: [number, number] = [dayStart('2022-01-01'), dayStart('2022-03-01')];

  for (const vertical of [false, true]) {
    it(`a transform made to show a span shows exactly that span (${vertical ? 'vertical' : 'horizontal'})`, () => {
      const base = baseScale(span, 1).range([100, 900]);
      const wanted: [number, number] = [dayStart('2022-01-10'), dayStart('2022-01-20')];
      const shown = spanUnder(base, transformShowing(base, wanted, vertical), vertical);
      assert.ok(Math.abs(shown[0] - wanted[0]) < 1 && Math.abs(shown[1] - wanted[1]) < 1, shown.join(', '));
    });
  }

  it('writes the visible days with the last one included, and reads them back to the same days', () => {
    const days = daysOf([dayStart('2022-01-10') + 3600_000, dayStart('2022-01-21')]);
    assert.deepEqual(days, { from: '2022-01-10', to: '2022-01-20' });
    assert.deepEqual(daysOf(spanOfDays(days.from, days.to)), days);
  });

  it('spans every dated point with a margin, ignoring undated ones', () => {
    const [start, end] = fullSpan([point('a', '2022-01-10'), point('a', null), point('a', '2022-01-20', { dateEnd: '2022-01-26' })]);
    assert.ok(start < dayStart('2022-01-10') && end > dayStart('2022-01-27'));
    assert.ok(start >= dayStart('2022-01-10') - 2 * DAY_MS);
  });
});
