import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findTimeExpressions, isFutureClause } from '../../src/pipeline/dates/time-expressions.ts';

/** The range the first time expression in `text` gives, as "date..dateEnd/precision". */
function range(text: string, articleDate: string, future = false, anchor = null): string | null {
  const [first] = findTimeExpressions(text);
  const when = first?.resolve(articleDate, future, anchor);
  return when ? `${when.date}..${when.dateEnd}/${when.precision}` : null;
}

// 2022-02-01 was a Tuesday.
const TUESDAY = '2022-02-01';

describe('time expressions: weekdays', () => {
  it('a past weekday is the latest such day on or before the article', () => {
    assert.equal(range('said on Monday', TUESDAY), '2022-01-31..2022-01-31/day');
    assert.equal(range('said Tuesday', TUESDAY), '2022-02-01..2022-02-01/day');
    assert.equal(range('early Tuesday', TUESDAY), '2022-02-01..2022-02-01/day');
    assert.equal(range('on Wednesday', TUESDAY), '2022-01-26..2022-01-26/day');
  });

  it('a future weekday is the next such day', () => {
    assert.equal(range('will meet on Friday', TUESDAY, true), '2022-02-04..2022-02-04/day');
  });

  it('"last Friday" is before the article even when the article is a Friday', () => {
    assert.equal(range('last Friday', '2022-02-04'), '2022-01-28..2022-01-28/day');
  });
});

describe('time expressions: weeks, months, years', () => {
  it('"last week" is the previous Monday-to-Sunday week', () => {
    assert.equal(range('last week', TUESDAY), '2022-01-24..2022-01-30/week');
  });

  it('"last month" is the whole previous calendar month, across a year boundary too', () => {
    assert.equal(range('last month', TUESDAY), '2022-01-01..2022-01-31/month');
    assert.equal(range('last month', '2022-01-10'), '2021-12-01..2021-12-31/month');
  });

  it('"next week" and "last year" are ranges', () => {
    assert.equal(range('next week', TUESDAY), '2022-02-07..2022-02-13/week');
    assert.equal(range('last year', TUESDAY), '2021-01-01..2021-12-31/year');
  });
});

describe('time expressions: days of the month and explicit dates', () => {
  it('"on the 26th" is this month, or last month when the day is still ahead', () => {
    assert.equal(range('On the 26th (local time)', '2022-01-27'), '2022-01-26..2022-01-26/day');
    assert.equal(range('on the 30th', '2023-08-08'), '2023-07-30..2023-07-30/day');
  });

  it('"on the 15th of last month"', () => {
    assert.equal(range('on the 15th of last month', '2022-01-27'), '2021-12-15..2021-12-15/day');
  });

  it("month names with and without a year; a later month without a year is last year's", () => {
    assert.equal(range('January 26, 2022', TUESDAY), '2022-01-26..2022-01-26/day');
    assert.equal(range('26 January', TUESDAY), '2022-01-26..2022-01-26/day');
    assert.equal(range('Dec. 15', '2022-01-10'), '2021-12-15..2021-12-15/day');
  });

  it('an impossible date gives nothing rather than a wrong day', () => {
    assert.equal(range('February 30', TUESDAY), null);
  });
});

describe('time expressions: relative to the event just told', () => {
  const monday = { date: '2022-01-31', dateEnd: '2022-01-31', precision: 'day' as const };

  it('"the same day" and "a day after" follow the anchor', () => {
    const [same] = findTimeExpressions('on the same day');
    assert.deepEqual(same?.resolve(TUESDAY, false, monday), monday);
    const [after] = findTimeExpressions('a day after');
    assert.equal(after?.resolve(TUESDAY, false, monday)?.date, '2022-02-01');
  });

  it('without an anchor they give nothing', () => {
    const [same] = findTimeExpressions('the same day');
    assert.equal(same?.resolve(TUESDAY, false, null), null);
  });
});

describe('time expressions: tense', () => {
  it('recognises clauses about what lies ahead', () => {
    assert.equal(isFutureClause('Blinken will meet Lavrov on Friday'), true);
    assert.equal(isFutureClause('a meeting is scheduled for next week'), true);
    assert.equal(isFutureClause('Lavrov said on Friday'), false);
  });
});
