import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isIsoDay, isoDay } from '../../src/pipeline/dates/calendar.ts';
import { matchDateAt } from '../../src/pipeline/dates/written-date.ts';
import { parseClipPrefix, parseDatelineOnly, parseWireDateline } from '../../src/pipeline/article/dateline.ts';

describe('matchDateAt', () => {
  const cases: Array<[string, string, string | null]> = [
    ['February 1, 2022', '2022-02-01', null],
    ['Feb. 1, 2022 9:49 p.m. ET', '2022-02-01', '21:49'],
    ['1 February 2022', '2022-02-01', null],
    ['Tuesday, 1st of February, 2022 at 21:05', '2022-02-01', '21:05'],
    ['2022-02-01T09:49:30Z', '2022-02-01', '09:49'],
    ['2022-02-01 09:49', '2022-02-01', '09:49'],
    ['2022/02/01', '2022-02-01', null],
    ['01/02/2022', '2022-02-01', null],
    ['13/02/2022', '2022-02-13', null],
    ['02/13/2022', '2022-02-13', null],
    ['01.02.2022, 12:00 AM', '2022-02-01', '00:00'],
  ];
  for (const [input, date, time] of cases) {
    it(`reads "${input}"`, () => {
      const m = matchDateAt(input);
      assert.ok(m, 'no match');
      assert.equal(m.date, date);
      assert.equal(m.time, time);
      assert.equal(m.length, input.length);
    });
  }

  it('reads an ambiguous numeric date month-first when asked', () => {
    assert.equal(matchDateAt('01/02/2022', 0, { numericOrder: 'mdy' })?.date, '2022-01-02');
  });

  it('refuses a date without year unless allowed, and then gives month and day only', () => {
    assert.equal(matchDateAt('Feb 1 (Reuters)'), null);
    const m = matchDateAt('Feb 1 (Reuters)', 0, { allowMissingYear: true });
    assert.equal(m?.date, null);
    assert.equal(m?.month, 2);
    assert.equal(m?.day, 1);
  });

  it('gives no ISO day for an impossible date, and does not match prose', () => {
    assert.equal(matchDateAt('February 30, 2022')?.date, null);
    assert.equal(matchDateAt('May 5 people came'), null);
    assert.equal(matchDateAt('On Wednesday, the US'), null);
    assert.equal(matchDateAt('2022 was a year'), null);
  });

  it('validates ISO days', () => {
    assert.equal(isoDay(2024, 2, 29), '2024-02-29');
    assert.equal(isoDay(2022, 2, 29), null);
    assert.equal(isIsoDay('2022-02-01'), true);
    assert.equal(isIsoDay('2022-2-1'), false);
    assert.equal(isIsoDay('2022-13-01'), false);
  });
});

describe('parseClipPrefix', () => {
  it('takes the prefix and leaves the rest of the line', () => {
    assert.deepEqual(parseClipPrefix(' date 2022-02-01 Support The Moscow Times!'), {
      text: 'date 2022-02-01',
      date: '2022-02-01',
      time: null,
      outletHint: null,
      rest: 'Support The Moscow Times!',
    });
  });

  it('consumes an outlet dateline after the prefix: abbreviation, long date, time', () => {
    assert.deepEqual(parseClipPrefix(' date 2022-02-01 EP Tuesday, February 1, 2022, 09:49'), {
      text: 'date 2022-02-01 EP Tuesday, February 1, 2022, 09:49',
      date: '2022-02-01',
      time: '09:49',
      outletHint: 'EP',
      rest: '',
    });
  });

  it('keeps body text that starts on the prefix line', () => {
    const d = parseClipPrefix(' date 2022-02-03 On Wednesday, the US State Department acknowledged it.');
    assert.equal(d?.date, '2022-02-03');
    assert.equal(d?.rest, 'On Wednesday, the US State Department acknowledged it.');
  });

  it("prefers the prefix over a contradictory second date and drops that date's time", () => {
    const d = parseClipPrefix('date 2022-02-01 EP Thursday, February 3, 2022, 09:49');
    assert.equal(d?.date, '2022-02-01');
    assert.equal(d?.time, null);
    assert.equal(d?.rest, '');
  });

  it('falls back to the second date when the prefix is not a real day', () => {
    assert.equal(parseClipPrefix('date 2022-02-30 February 1, 2022')?.date, '2022-02-01');
  });

  it('consumes a date followed by a dash and keeps the body after it', () => {
    const d = parseClipPrefix('date 2022-02-01 February 1, 2022 — Russia said on Tuesday');
    assert.equal(d?.text, 'date 2022-02-01 February 1, 2022 —');
    assert.equal(d?.rest, 'Russia said on Tuesday');
  });

  it('ignores lines without the prefix', () => {
    assert.equal(parseClipPrefix('The date 2022-02-01 was mentioned'), null);
    assert.equal(parseClipPrefix('Russia is still awaiting'), null);
  });
});

describe('parseDatelineOnly', () => {
  it('reads labelled and unlabelled dateline lines', () => {
    assert.equal(parseDatelineOnly('Published: 01/02/2022')?.date, '2022-02-01');
    assert.equal(parseDatelineOnly('February 1, 2022')?.date, '2022-02-01');
    assert.equal(parseDatelineOnly('2022-02-01T09:49')?.time, '09:49');
    const ep = parseDatelineOnly('EP Tuesday, February 1, 2022, 09:49');
    assert.equal(ep?.outletHint, 'EP');
    assert.equal(ep?.time, '09:49');
  });

  it('flags revision dates', () => {
    assert.equal(parseDatelineOnly('Updated: Feb 2, 2022 10:00 GMT')?.updated, true);
    assert.equal(parseDatelineOnly('Posted on February 1, 2022')?.updated, false);
  });

  it('refuses lines with anything else on them', () => {
    assert.equal(parseDatelineOnly('February 1, 2022 was a Tuesday.'), null);
    assert.equal(parseDatelineOnly('By February 1, 2022 all troops left.'), null);
    assert.equal(parseDatelineOnly('Putin and Macron have a conversation'), null);
  });
});

describe('parseWireDateline', () => {
  it('reads a Reuters dateline without year', () => {
    const d = parseWireDateline('WASHINGTON, Feb 1 (Reuters) - The United States said on Tuesday.');
    assert.equal(d?.text, 'WASHINGTON, Feb 1 (Reuters) -');
    assert.equal(d?.outletHint, 'Reuters');
    assert.equal(d?.date, null);
    assert.deepEqual(d?.monthDay, { month: 2, day: 1 });
    assert.equal(d?.rest, 'The United States said on Tuesday.');
  });

  it('reads place, region, agency and a dated dateline', () => {
    assert.equal(parseWireDateline('KYIV, Ukraine (AP) — Russia said.')?.text, 'KYIV, Ukraine (AP) —');
    assert.equal(parseWireDateline('LONDON, February 1, 2022 (AFP) - Text.')?.date, '2022-02-01');
    assert.equal(parseWireDateline('MOSCOW — Russia said.')?.rest, 'Russia said.');
  });

  it('reads a national agency’s "PLACE. AGENCY - " style', () => {
    const d = parseWireDateline('ASTANA. KAZINFORM - The answer does not satisfy Kazakhstan, the minister said.');
    assert.equal(d?.text, 'ASTANA. KAZINFORM -');
    assert.equal(d?.outletHint, 'KAZINFORM');
    assert.equal(d?.rest, 'The answer does not satisfy Kazakhstan, the minister said.');
    assert.equal(parseWireDateline('BREAKING. UPDATE - The minister said.'), null);
  });

  it('does not take prose for a dateline', () => {
    assert.equal(parseWireDateline('On Wednesday, the US State Department said.'), null);
    assert.equal(parseWireDateline('NATO — the alliance — said no.'), null);
    assert.equal(parseWireDateline('U.S. - Russia talks went on.'), null);
    assert.equal(parseWireDateline('Kaldera Sends Written Reply – Washington Post'), null);
  });
});
