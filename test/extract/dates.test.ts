/**
 * Phenomenon 6: when a statement was made, against the article's day.
 * Article day throughout: Thursday 14 March 2024 (Mon 11 – Sun 17 that week).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeAll, extract, only, speech, when, paragraphs } from './support.ts';

const DATE = '2024-03-14';

const dateOf = (text: string, needle: string, date: string | undefined = DATE) => when(only(speech(text, { date }), needle));

describe('dates: weekdays', () => {
  it('"on Tuesday" is the Tuesday before the article', () => {
    assert.equal(dateOf('Ana Ruiz said on Tuesday that the border talks had stalled over fishing rights.', 'stalled'), '2024-03-12..2024-03-12/day');
  });

  it('"early Tuesday" is that Tuesday too', () => {
    assert.equal(dateOf('Ana Ruiz said early Tuesday that the border talks had stalled over fishing rights.', 'stalled'), '2024-03-12..2024-03-12/day');
  });

  it('"Later Tuesday," opening the sentence, is that Tuesday', () => {
    assert.equal(dateOf('Later Tuesday, Tomas Brenner said the talks had not stalled at all.', 'not stalled'), '2024-03-12..2024-03-12/day');
  });

  it('a bare "Monday" after the verb is the Monday before', () => {
    assert.equal(dateOf('Tomas Brenner said Monday that the talks had not stalled at all.', 'not stalled'), '2024-03-11..2024-03-11/day');
  });

  it('"on Thursday" in a Thursday article is the article day, "last Thursday" the week before', () => {
    assert.equal(dateOf('Ana Ruiz said on Thursday that the border would stay closed through the weekend.', 'weekend'), '2024-03-14..2024-03-14/day');
    assert.equal(dateOf('Ana Ruiz said last Thursday that the border would stay closed through the weekend.', 'weekend'), '2024-03-07..2024-03-07/day');
  });

  it('a weekday inside the reported content does not date the statement', () => {
    // The reopening is on Saturday; the saying is undated, so it takes the article's day.
    assert.equal(dateOf('Ana Ruiz said the border would reopen on Saturday.', 'reopen'), '2024-03-14..2024-03-14/day');
  });
});

describe('dates: weeks and months', () => {
  it('"last week" is the previous Monday–Sunday, precision week', () => {
    assert.equal(dateOf('Marta Olsen said last week that the League would send a mediator to the estuary.', 'mediator'), '2024-03-04..2024-03-10/week');
  });

  it('"last month" is the whole previous month, precision month', () => {
    assert.equal(dateOf('Marta Olsen said last month that the League would send a mediator to the estuary.', 'mediator'), '2024-02-01..2024-02-29/month');
  });
});

describe('dates: days of the month', () => {
  it('"on the 12th" is this month when the day has passed', () => {
    assert.equal(dateOf('Marta Olsen said on the 12th that the League would send a mediator to the estuary.', 'mediator'), '2024-03-12..2024-03-12/day');
  });

  it('"on the 26th" is last month when the day is still ahead', () => {
    assert.equal(dateOf('Marta Olsen said on the 26th that the League would send a mediator to the estuary.', 'mediator'), '2024-02-26..2024-02-26/day');
  });

  it('"on the 15th of last month", opening the sentence', () => {
    assert.equal(
      dateOf('On the 15th of last month, Marta Olsen said the League would send a mediator to the estuary.', 'mediator'),
      '2024-02-15..2024-02-15/day',
    );
  });

  it("a month-day later in the year than the article is last year's", () => {
    assert.equal(dateOf('Marta Olsen said on December 2 that the League would send a mediator to the estuary.', 'mediator'), '2023-12-02..2023-12-02/day');
  });

  it('an explicit "January 26" dates the statement and is not part of the words', () => {
    const s = only(speech('Marta Olsen said on January 26 that the League would send a mediator to the estuary.', { date: DATE }), 'mediator');
    assert.equal(when(s), '2024-01-26..2024-01-26/day');
    assert.equal(s.words.replace(/^that\s+/, ''), 'the League would send a mediator to the estuary');
  });
});

describe('dates: the scene news copy sets', () => {
  const text = (lead: string) =>
    paragraphs(
      lead,
      'Ruiz raised the dispute with Tomas Brenner in a phone call on Tuesday. “We cannot wait another season,” she told him.',
      '“Our fishermen keep to the quotas,” Marta Olsen said.',
    );

  it('the lead’s day is the day of undated statements anywhere after it', () => {
    const all = extract(text('Ana Ruiz said on Wednesday that Sylvania was overfishing the bay.'), { date: DATE });
    assert.equal(when(only(all, 'keep to the quotas')), '2024-03-13..2024-03-13/day', describeAll(all));
  });

  it('a day given later in the story dates its own paragraph only', () => {
    const all = extract(text('Ana Ruiz on Thursday accused Sylvania of overfishing the bay.'), { date: DATE });
    assert.equal(when(only(all, 'another season')), '2024-03-12..2024-03-12/day', describeAll(all));
    assert.equal(when(only(all, 'keep to the quotas')), '2024-03-14..2024-03-14/day', describeAll(all));
  });
});

describe('dates: said in the call the paragraph before told of', () => {
  it('a party to the call speaking right after it speaks on the call’s day; anyone else on the lead’s', () => {
    const text = paragraphs(
      'Pablo Soto said on Thursday that the river talks would go on.',
      'On 9 March a telephone conversation took place between Minister of Foreign Affairs of Chile Pablo Soto and Minister of Foreign Affairs of Peru Luis Vega.',
      'L. Vega underlined the need for “an immediate increase of water supply”. A farmers’ union said the canals were empty.',
    );
    const all = extract(text, { date: DATE, registry: 'none' });
    const call = only(
      all.filter((s) => s.kind === 'call'),
      'telephone conversation',
    );
    assert.deepEqual([call.speaker.name, ...call.addressees.map((a) => a.name)], ['Pablo Soto', 'Luis Vega']);
    assert.equal(when(only(all, 'immediate increase')), '2024-03-09..2024-03-09/day', describeAll(all));
    assert.equal(when(only(all, 'canals were empty')), '2024-03-14..2024-03-14/day', describeAll(all));
  });
});

describe('dates: what is said after a meeting is not always said in it', () => {
  it('telling reporters, or speaking of talks to come, keeps the article’s day', () => {
    const text = paragraphs(
      'Ana Ruiz met Tomas Brenner in Geneva on 2 March.',
      'Brenner told reporters that Sylvania would present its figures at the talks in April.',
    );
    const s = only(extract(text, { date: DATE }), 'present its figures');
    assert.equal(when(s), '2024-03-14..2024-03-14/day');
  });
});

describe('dates: future acts', () => {
  it('"will meet on Friday" is the coming Friday', () => {
    const all = extract('Ana Ruiz will meet Tomas Brenner on Friday to discuss the fishing quotas.', { date: DATE });
    const meeting = all.find((s) => s.kind === 'meeting');
    assert.ok(meeting, describeAll(all));
    assert.equal(meeting.speaker.id, 'ana-ruiz');
    assert.deepEqual(
      meeting.addressees.map((a) => a.id),
      ['tomas-brenner'],
    );
    assert.equal(when(meeting), '2024-03-15..2024-03-15/day');
  });
});

describe('dates: relative to the previous event', () => {
  it('"the same day" is the day of the statement before it', () => {
    const all = speech(
      'Ana Ruiz said on Tuesday that the border talks had stalled. Tomas Brenner responded the same day that Sylvania remained open to dialogue.',
      { date: DATE },
    );
    assert.equal(all.length, 2, describeAll(all));
    assert.equal(all[1]!.speaker.id, 'tomas-brenner');
    assert.equal(when(all[1]!), '2024-03-12..2024-03-12/day');
  });

  it('"A day after," is the day after the statement before it', () => {
    const all = speech('Ana Ruiz said on Tuesday that the border talks had stalled. A day after, Tomas Brenner said that Sylvania remained open to dialogue.', {
      date: DATE,
    });
    assert.equal(all.length, 2, describeAll(all));
    assert.equal(when(all[1]!), '2024-03-13..2024-03-13/day');
  });

  it('"a day later" after the verb works the same', () => {
    const all = speech('Ana Ruiz said on Monday that the border talks had stalled. Tomas Brenner said a day later that Sylvania remained open to dialogue.', {
      date: DATE,
    });
    assert.equal(all.length, 2, describeAll(all));
    assert.equal(when(all[0]!), '2024-03-11..2024-03-11/day');
    assert.equal(when(all[1]!), '2024-03-12..2024-03-12/day');
  });

  it('"and told reporters two days later" counts from the day the same sentence gave, and addresses only the reporters', () => {
    const all = extract(
      'Ana Ruiz wrote to Tomas Brenner on Monday asking Port Sylvan to open the sluices, and told reporters two days later that “our farmers cannot wait”.',
      { date: DATE },
    );
    const told = only(all, 'farmers cannot wait');
    assert.equal(when(told), '2024-03-13..2024-03-13/day', describeAll(all));
    assert.deepEqual(
      told.addressees.map((a) => a.id),
      ['press'],
    );
  });
});

describe('dates: where the article date comes from', () => {
  it('a "date YYYY-MM-DD" first line dates the article', () => {
    assert.equal(
      dateOf('date 2024-03-14\nAna Ruiz said on Tuesday that the border talks had stalled over fishing rights.', 'stalled', undefined),
      '2024-03-12..2024-03-12/day',
    );
  });

  it('a statement with no time expression takes the article day', () => {
    const s = only(speech('Ana Ruiz said that the border talks had stalled over fishing rights.', { date: DATE }), 'stalled');
    assert.equal(when(s), '2024-03-14..2024-03-14/day');
    assert.equal(s.datedByText, false);
  });

  it('an undated article gives when null, even with "on Tuesday"', () => {
    const s = only(speech('Ana Ruiz said on Tuesday that the border talks had stalled over fishing rights.'), 'stalled');
    assert.equal(s.when, null);
  });
});

describe('dates: plans told in reported speech', () => {
  it('"said that X would meet Y on Friday": the Friday to come, not the one before', () => {
    const text = 'A Sylvanian spokesman said on Monday that Tomas Brenner would meet Ana Ruiz in Port Sylvan on Friday.';
    const meeting = extract(text, { date: DATE }).find((s) => s.kind === 'meeting');
    assert.ok(meeting);
    assert.equal(when(meeting), '2024-03-15..2024-03-15/day');
  });
});
