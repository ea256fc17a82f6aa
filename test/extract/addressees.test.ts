/** Phenomenon 5: to whom a statement is made. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addresseeIds, content, describeAll, extract, only, speech } from './support.ts';

const DATE = '2024-03-14';

describe('addressees: "told Y"', () => {
  it('makes Y the addressee', () => {
    const s = only(speech('Sergei Valenko told Marta Olsen that Sylvania would welcome League observers at the dam.', { date: DATE }), 'observers');
    assert.equal(s.speaker.id, 'sergei-valenko');
    assert.deepEqual(addresseeIds(s), ['marta-olsen']);
  });

  it('ends Y where a clause with no "that" begins ("told the League she …", "told the farmers they …")', () => {
    const league = only(speech('Ana Ruiz told the League she would not sign the quotas.', { date: DATE }), 'quotas');
    assert.equal(league.words, 'she would not sign the quotas');
    assert.deepEqual(addresseeIds(league), ['coastal-league']);
    const farmers = only(speech('Ana Ruiz told the farmers they would be paid by June.', { date: DATE }), 'paid');
    assert.equal(farmers.words, 'they would be paid by June');
    const contracted = only(speech('Ana Ruiz told the Gazette she’d sign the quotas.', { date: DATE }), 'quotas');
    assert.equal(contracted.words, 'she’d sign the quotas');
    // "respond to" inside what was said names no one this statement answers.
    const reply = only(speech('Ana Ruiz told the League she planned to respond to the protests.', { date: DATE }), 'protests');
    assert.equal(reply.words, 'she planned to respond to the protests');
    assert.deepEqual(addresseeIds(reply), ['coastal-league']);
  });
});

describe('addressees: "in a call with Y"', () => {
  const text = 'In a call with Tomas Brenner on Wednesday, Ana Ruiz said that the border would reopen for lorries.';

  it('makes Y the addressee of the statement', () => {
    const s = only(speech(text, { date: DATE }), 'border would reopen');
    assert.equal(s.speaker.id, 'ana-ruiz');
    assert.deepEqual(addresseeIds(s), ['tomas-brenner']);
  });

  it('also reports the call itself between the two', () => {
    const calls = extract(text, { date: DATE }).filter((s) => s.kind === 'call');
    assert.equal(calls.length, 1, describeAll(extract(text, { date: DATE })));
    assert.equal(calls[0]!.speaker.id, 'ana-ruiz');
    assert.deepEqual(addresseeIds(calls[0]!), ['tomas-brenner']);
    assert.equal(calls[0]!.when?.date, '2024-03-13');
  });
});

describe('addressees: "raised X with Y in a phone call", "called her counterpart"', () => {
  it('a call with the one the matter was raised with, named in apposition', () => {
    const text = 'Ana Ruiz raised the dispute with her Sylvanian counterpart, Tomas Brenner, in a phone call on Tuesday, the ministry said.';
    const all = extract(text, { date: DATE });
    const call = only(all, 'raised the dispute');
    assert.equal(call.kind, 'call');
    assert.equal(call.speaker.id, 'ana-ruiz');
    assert.deepEqual(addresseeIds(call), ['tomas-brenner']);
    assert.equal(call.when?.date, '2024-03-12');
    // The ministry relays the call; it says nothing of its own.
    assert.equal(all.length, 1, describeAll(all));
  });

  it('"X said on Monday she had agreed with Y in a phone call …": the call is X’s, on Monday', () => {
    const call = only(
      extract('Ana Ruiz said on Monday she had agreed with Tomas Brenner in a phone call that talks would resume.', { date: DATE }).filter(
        (s) => s.kind === 'call',
      ),
      'phone call',
    );
    assert.equal(call.speaker.id, 'ana-ruiz');
    assert.deepEqual(addresseeIds(call), ['tomas-brenner']);
    assert.equal(call.when?.date, '2024-03-11');
  });

  it('"called his Chilean colleague" is a call with the Chilean minister named before', () => {
    const text =
      'Minister of Foreign Affairs of Chile Pablo Soto said on Monday that the canals were empty.\n\nOn Tuesday Luis Vega called his Chilean colleague about the river.';
    const call = only(extract(text, { date: DATE, registry: 'none' }), 'called');
    assert.equal(call.kind, 'call');
    assert.deepEqual(
      call.addressees.map((a) => a.name),
      ['Pablo Soto'],
    );
  });

  it('the colleague called is never the caller, even when the caller fits the description too', () => {
    const text =
      'Minister of Foreign Affairs of Chile Pablo Soto said the river was low.\n\nForeign Minister Luis Vega said on Monday that the canals were empty. On Tuesday Vega called his Chilean colleague about the river.';
    const call = only(extract(text, { date: DATE, registry: 'none' }), 'called');
    assert.deepEqual(
      call.addressees.map((a) => a.name),
      ['Pablo Soto'],
    );
  });

  it('"called her counterpart" is a call, not someone calling something a name', () => {
    const all = extract('On Tuesday Ana Ruiz called her Sylvanian counterpart about the dam.', { date: DATE });
    assert.deepEqual(
      all.map((s) => s.kind),
      ['call'],
      describeAll(all),
    );
    assert.deepEqual(
      extract('Ana Ruiz called the dam a provocation.', { date: DATE }).map((s) => s.kind),
      ['statement'],
    );
    assert.deepEqual(
      extract('Ana Ruiz called her counterpart a liar on Tuesday.', { date: DATE }).map((s) => s.kind),
      ['statement'],
    );
  });
});

describe('addressees: "during talks with his Sylvanian counterpart Y"', () => {
  const text = 'Ana Ruiz said during talks with her Sylvanian counterpart Tomas Brenner that the border would reopen for lorries.';

  it('makes the counterpart the addressee', () => {
    const s = only(speech(text, { date: DATE }), 'border would reopen');
    assert.equal(s.speaker.id, 'ana-ruiz');
    assert.deepEqual(addresseeIds(s), ['tomas-brenner']);
    assert.equal(content(s), 'the border would reopen for lorries');
  });

  it('reports the talks as a meeting', () => {
    const meetings = extract(text, { date: DATE }).filter((s) => s.kind === 'meeting');
    assert.equal(meetings.length, 1);
    assert.deepEqual(addresseeIds(meetings[0]!), ['tomas-brenner']);
  });
});

describe('addressees: "called on Y" and "urged Y"', () => {
  it('"called on Y to …" makes Y the addressee and the request the words', () => {
    const s = only(speech('Marta Olsen called on Sylvania to withdraw its patrol boats from the estuary.', { date: DATE }), 'patrol boats');
    assert.equal(s.speaker.id, 'marta-olsen');
    assert.deepEqual(addresseeIds(s), ['sylvania']);
    assert.equal(s.words, 'to withdraw its patrol boats from the estuary');
  });

  it('"urged Y to …" makes Y the addressee', () => {
    const s = only(speech('Marta Olsen urged Ana Ruiz to show restraint in the fishing dispute.', { date: DATE }), 'restraint');
    assert.equal(s.speaker.id, 'marta-olsen');
    assert.deepEqual(addresseeIds(s), ['ana-ruiz']);
  });
});

describe('addressees: "responding to Y"', () => {
  it('"X said, responding to Y, that …" makes Y the addressee', () => {
    const s = only(speech('Ana Ruiz said, responding to Tomas Brenner, that the accusations about the dam were unfounded.', { date: DATE }), 'accusations');
    assert.equal(s.speaker.id, 'ana-ruiz');
    assert.deepEqual(addresseeIds(s), ['tomas-brenner']);
    assert.equal(content(s), 'the accusations about the dam were unfounded');
  });

  it('"X said in response to Y that …" makes Y the addressee', () => {
    const s = only(speech('Ana Ruiz said in response to Tomas Brenner that the accusations about the dam were unfounded.', { date: DATE }), 'accusations');
    assert.equal(s.speaker.id, 'ana-ruiz');
    assert.deepEqual(addresseeIds(s), ['tomas-brenner']);
  });

  it('an inserted ", responding to Y," keeps the subject as speaker and makes Y the addressee', () => {
    const all = speech('Ana Ruiz, responding to Tomas Brenner, said the accusations about the dam were unfounded.', { date: DATE });
    const s = only(all, 'accusations');
    assert.equal(s.speaker.id, 'ana-ruiz');
    assert.deepEqual(addresseeIds(s), ['tomas-brenner']);
  });

  it('an opening "Responding to Y," makes Y the addressee', () => {
    const all = speech('Responding to Tomas Brenner, Ana Ruiz said the accusations about the dam were unfounded.', { date: DATE });
    const s = only(all, 'accusations');
    assert.equal(s.speaker.id, 'ana-ruiz');
    assert.deepEqual(addresseeIds(s), ['tomas-brenner']);
  });

  it('an opening "In response to Y," makes Y the addressee', () => {
    const s = only(speech('In response to Tomas Brenner, Ana Ruiz said the accusations about the dam were unfounded.', { date: DATE }), 'accusations');
    assert.equal(s.speaker.id, 'ana-ruiz');
    assert.deepEqual(addresseeIds(s), ['tomas-brenner']);
  });
});

describe('addressees: the press', () => {
  it('"told reporters" gives the registry press actor', () => {
    const s = only(speech('Ana Ruiz told reporters that the border would reopen for lorries.', { date: DATE }), 'border');
    assert.deepEqual(addresseeIds(s), ['press']);
    assert.equal(content(s), 'the border would reopen for lorries');
  });

  it('"asked reporters" after a quoted question gives the press actor', () => {
    const s = only(speech('“Who will pay for the new dam?” Tomas Brenner asked reporters on Tuesday.', { date: DATE }), 'new dam');
    assert.equal(s.speaker.id, 'tomas-brenner');
    assert.deepEqual(addresseeIds(s), ['press']);
  });

  it('"at a press briefing" gives the registry press actor', () => {
    const s = only(speech('Ana Ruiz said at a press briefing that the border would reopen for lorries.', { date: DATE }), 'border');
    assert.deepEqual(addresseeIds(s), ['press']);
    assert.equal(content(s), 'the border would reopen for lorries');
  });

  it('"told journalists" after a quote gives the press actor', () => {
    const s = only(speech('“The river is not for sale,” Tomas Brenner told journalists in Port Sylvan.', { date: DATE }), 'not for sale');
    assert.equal(s.speaker.id, 'tomas-brenner');
    assert.deepEqual(addresseeIds(s), ['press']);
  });

  it('without a press actor in the registry, reporters are not invented as an addressee', () => {
    const s = only(speech('Ana Ruiz told reporters that the border would reopen for lorries.', { date: DATE, registry: 'none' }), 'border');
    assert.deepEqual(addresseeIds(s), []);
    assert.equal(s.speaker.name, 'Ana Ruiz');
  });
});

describe('addressees: "in a letter to Y"', () => {
  it('an opening "In a letter to Y, X wrote" is a document addressed to Y', () => {
    const all = extract('In a letter to Marta Olsen, Tomas Brenner wrote that Sylvania would accept international mediation.', { date: DATE });
    const s = only(all, 'mediation');
    assert.equal(s.kind, 'document');
    assert.equal(s.speaker.id, 'tomas-brenner');
    assert.deepEqual(addresseeIds(s), ['marta-olsen']);
    assert.equal(content(s), 'Sylvania would accept international mediation');
  });

  it('"X said in a letter to Y that …" makes Y the addressee, and what the letter says a document', () => {
    const s = only(extract('Tomas Brenner said in a letter to Marta Olsen that Sylvania would accept international mediation.', { date: DATE }), 'mediation');
    assert.deepEqual(addresseeIds(s), ['marta-olsen']);
    assert.equal(s.kind, 'document');
    assert.equal(content(s), 'Sylvania would accept international mediation');
  });
});

describe('addressees: "replied to Y in writing", "answered Y’s letter"', () => {
  it('a written answer, dated by its own day, to the one who wrote first', () => {
    const s = only(extract('Tomas Brenner replied to Ana Ruiz in writing on Monday, arguing that the quotas had been kept.', { date: DATE }), 'quotas');
    assert.equal(s.kind, 'document');
    assert.deepEqual(addresseeIds(s), ['ana-ruiz']);
    assert.equal(content(s), 'the quotas had been kept');
    assert.equal(s.when?.date, '2024-03-11');
  });

  it('"answered Y’s letter" answers Y', () => {
    const s = only(extract('Tomas Brenner answered Ana Ruiz’s letter in writing, saying the quotas had been kept.', { date: DATE }), 'quotas');
    assert.equal(s.speaker.id, 'tomas-brenner');
    assert.deepEqual(addresseeIds(s), ['ana-ruiz']);
  });
});

describe('addressees: "“…,” X said, urging Y to …"', () => {
  it('after a quotation, the one urged is addressed', () => {
    const s = only(
      extract('“The river belongs to both of us,” Ana Ruiz said on Tuesday, urging Sylvania to reopen the sluices.', { date: DATE }),
      'river belongs',
    );
    assert.deepEqual(addresseeIds(s), ['sylvania']);
  });
});

describe('addressees: an opening "In a letter to Y," and a second verb', () => {
  it('both verbs of the sentence address Y', () => {
    const all = extract('In a letter to Marta Olsen, Tomas Brenner wrote that the quotas were unfair and asked for consultations within 30 days.', {
      date: DATE,
    });
    assert.deepEqual(addresseeIds(only(all, 'quotas were unfair')), ['marta-olsen']);
    assert.deepEqual(addresseeIds(only(all, 'consultations')), ['marta-olsen']);
  });
});

describe('addressees: "in a letter to Y dated …"', () => {
  it('the date of the letter is not part of whom it was to', () => {
    const statement = only(
      extract('In a letter to the Coastal League dated the 12th, Ana Ruiz wrote that the new quotas broke the fishing treaty.', { date: '2024-03-14' }),
      'quotas',
    );
    assert.equal(statement.speaker.id, 'ana-ruiz');
    assert.deepEqual(addresseeIds(statement), ['coastal-league']);
  });
});
