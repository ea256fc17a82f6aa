/**
 * Written texts as speakers and acts: "the document stated …" speaks for whoever wrote it,
 * a text's arrival is the author's act, and what is dated only against another event
 * stays undated. Article day: Thursday 14 March 2024.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findTimeExpressions, offsetFromNamedEvent, relativeToEvent } from '../../src/pipeline/dates/time-expressions.ts';
import { addresseeIds, describeAll, extract, only, when, paragraphs } from './support.ts';

const DATE = '2024-03-14';

describe('documents', () => {
  it('"The document stated" speaks for the author of the text last named, to whom it was for', () => {
    const text = paragraphs(
      'On Wednesday, the Freedonian Foreign Ministry confirmed the authenticity of leaked papers containing Freedonia’s responses to Sylvania on the fishing dispute.',
      'Freedonia rejected the demands',
      'The document also stated that Freedonia is willing to discuss limits on naval exercises near the strait.',
    );
    const statement = only(extract(text, { date: DATE }), 'naval exercises');
    assert.equal(statement.speaker.id, 'freedonia');
    assert.deepEqual(addresseeIds(statement), ['sylvania']);
    // Under a subheading, with no day of its own: when the document was written, the article does not say.
    assert.equal(when(statement), null);
  });

  it('an answer told under a background subheading, with no day of its own, is undated', () => {
    const text = paragraphs(
      'Ana Ruiz said on Thursday that the sluices would stay shut until Sylvania paid.',
      'How we got here',
      'Tomas Brenner answered Ruiz’s letter in writing, saying the quotas had been kept.',
    );
    const answer = only(extract(text, { date: DATE }), 'quotas had been kept');
    assert.equal(answer.kind, 'document');
    assert.equal(when(answer), null);
  });

  it('a text’s arrival is its author’s act; "a day after" another event leaves it undated', () => {
    const text = [
      'Ana Ruiz said on Tuesday that Freedonia had received “a written reply from Sylvania” on the fishing dispute.',
      'The reply came a day after Freedonia rejected a list of demands on fishing quotas.',
    ].join(' ');
    const statements = extract(text, { date: DATE });
    const arrival = statements.find((s) => s.kind === 'document' && s.words.startsWith('came'));
    assert.ok(arrival, describeAll(statements));
    assert.equal(arrival.speaker.id, 'sylvania');
    // Freedonia, which received the reply, is whom it was for.
    assert.deepEqual(addresseeIds(arrival), ['freedonia']);
    assert.equal(when(arrival), null);
  });

  it('a text a country sent, received by an office of another, was for that office’s country', () => {
    const text = [
      'A spokesman for the Sylvanian Embassy confirmed on Monday that they have received “a written follow-up from Freedonia” on the quotas.',
      'The follow-up document came after weeks of talks.',
    ].join(' ');
    const arrival = extract(text, { date: DATE }).find((s) => s.kind === 'document');
    assert.ok(arrival);
    assert.equal(arrival.speaker.id, 'freedonia');
    assert.deepEqual(addresseeIds(arrival), ['sylvania']);
  });

  it('"X said he had written to Y on Monday, asking Z to …" is X’s letter to Y, on Monday', () => {
    const text = 'Ana Ruiz said she had written to her Sylvanian counterpart, Tomas Brenner, on Monday, asking Port Sylvan to open the sluices.';
    const all = extract(text, { date: DATE });
    assert.equal(all.length, 1, describeAll(all));
    assert.equal(all[0]!.kind, 'document');
    assert.equal(all[0]!.speaker.id, 'ana-ruiz');
    // Port Sylvan is asked in the letter; the letter went to Brenner.
    assert.deepEqual(addresseeIds(all[0]!), ['tomas-brenner']);
    assert.equal(when(all[0]!), '2024-03-11..2024-03-11/day');
  });

  it('"X wrote to Y on Monday that …" is one letter to Y, told with what it said', () => {
    const all = extract('Ana Ruiz wrote to Tomas Brenner on Monday that the dam must be dismantled before the rains.', { date: DATE });
    assert.equal(all.length, 1, describeAll(all));
    assert.equal(all[0]!.kind, 'document');
    assert.deepEqual(addresseeIds(all[0]!), ['tomas-brenner']);
    assert.match(all[0]!.words, /dam must be dismantled/);
  });

  it('"X told parliament she had written to Y": the letter went to Y only', () => {
    const letter = only(extract('Ana Ruiz told parliament on Monday that she had written to Tomas Brenner about the dam.', { date: DATE }), 'written to');
    assert.deepEqual(addresseeIds(letter), ['tomas-brenner']);
  });

  it('a law passed is no text sent', () => {
    assert.deepEqual(extract('Sylvania passed the new water treaty in parliament on Monday.', { date: DATE }), []);
  });

  it('the one who says she received a text is its receiver, not the one she told', () => {
    const text =
      'Ana Ruiz told Aleksandr Petrin on Monday that she had received a letter from Sergei Valenko. The letter warned that the dam would be finished.';
    const letter = only(extract(text, { date: DATE }), 'dam would be finished');
    assert.equal(letter.speaker.id, 'sergei-valenko');
    assert.deepEqual(addresseeIds(letter), ['ana-ruiz']);
  });

  it('a text a person sent was for the person who received it', () => {
    const text =
      'Ana Ruiz said on Monday she had received “a letter from Tomas Brenner” about the quotas. The letter stated that Sylvania would not cut its quotas.';
    const letter = only(extract(text, { date: DATE }), 'would not cut');
    assert.equal(letter.speaker.id, 'tomas-brenner');
    assert.deepEqual(addresseeIds(letter), ['ana-ruiz']);
  });

  it('"responded to Y and ahead of …": the verb and its addressee are what was done', () => {
    const text = 'The reply came a day after Sylvania responded to Freedonia’s proposals and ahead of a planned meeting of the two ministers.';
    const statement = only(
      extract(text, { date: DATE }).filter((s) => s.kind === 'statement'),
      'responded',
    );
    assert.equal(statement.words, 'responded to Freedonia’s proposals');
    assert.equal(statement.speaker.id, 'sylvania');
    assert.deepEqual(addresseeIds(statement), ['freedonia']);
    assert.equal(when(statement), null);
  });
});

describe('dates told again', () => {
  it('an undated lead takes the day of the later, dated statement of its side that retells it', () => {
    const text = paragraphs(
      'Freedonia announced that it has delivered a written reply to Sylvania on the fishing rights dispute and the quotas.',
      'On Tuesday, Ana Ruiz told reporters: “We have delivered a written reply to Sylvania on the fishing rights dispute and on the quotas.”',
    );
    const lead = only(
      extract(text, { date: DATE }).filter((s) => s.speaker.id === 'freedonia'),
      'written reply',
    );
    assert.equal(when(lead), '2024-03-12..2024-03-12/day');
  });

  it('a plan told again ("will meet on Friday") does not date what came before it', () => {
    const text = [
      'Ana Ruiz will meet Tomas Brenner to settle the fishing rights dispute, the Freedonian Foreign Ministry said.',
      'Ana Ruiz will meet Tomas Brenner on Friday.',
    ].join(' ');
    const statements = extract(text, { date: DATE });
    assert.ok(
      statements.some((s) => s.kind === 'meeting' && when(s) === '2024-03-15..2024-03-15/day'),
      describeAll(statements),
    );
    assert.equal(
      when(
        only(
          statements.filter((s) => s.kind === 'statement'),
          'settle',
        ),
      ),
      '2024-03-14..2024-03-14/day',
      describeAll(statements),
    );
  });

  it('"a day after <event>" is relative to that event; "A day after," alone to the act before', () => {
    assert.equal(findTimeExpressions('came a day after Sylvania responded').length, 0);
    assert.ok(relativeToEvent('came a day after Sylvania responded'));
    assert.ok(relativeToEvent('two weeks before the summit'));
    assert.ok(!relativeToEvent('A day after, Brenner said'));
    assert.equal(findTimeExpressions('A day after, Brenner said').length, 1);
  });
});

describe('a day after a named event', () => {
  it('reads the offset from an event named by a noun, and nothing from a clause', () => {
    assert.equal(offsetFromNamedEvent('said in a statement a day after the incident, adding'), 1);
    assert.equal(offsetFromNamedEvent('two days before the vote.'), -2);
    assert.equal(offsetFromNamedEvent('a day after Washington responded'), null);
    assert.equal(offsetFromNamedEvent('a day after the talks collapsed'), null);
  });

  it('"a day after the incident" counts from the last day the text gave, whatever it gave it to', () => {
    const text = [
      'Sylvanian boats blocked the strait on the 10th, according to port officials.',
      'The Freedonian Foreign Ministry said in a statement a day after the incident that the blockade broke the fishing treaty.',
    ].join(' ');
    assert.equal(when(only(extract(text, { date: DATE }), 'blockade broke')), '2024-03-11..2024-03-11/day');
  });
});

describe('calls named inside reported speech', () => {
  it('"X expects to hear Y’s “first reactions” during Friday’s phone call with Z": a call between X and Z', () => {
    const text = 'Freedonian spokesman Luis Ortega said Ana Ruiz expects to hear Sylvania’s “first reactions” during Friday’s phone call with Tomas Brenner.';
    const call = extract(text, { date: DATE }).find((s) => s.kind === 'call');
    assert.ok(call);
    assert.equal(call.speaker.id, 'ana-ruiz');
    assert.deepEqual(addresseeIds(call), ['tomas-brenner']);
    assert.equal(when(call), '2024-03-15..2024-03-15/day');
  });
});
