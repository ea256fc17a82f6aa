/** Phenomenon 8: quotation marks that are not anyone's statement. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeAll, extract, only, parse, speech } from './support.ts';

const DATE = '2024-03-14';

describe('noise: scare quotes', () => {
  it('a scare quote in a sentence with no reporting verb gives no statement', () => {
    const all = extract("Sylvania's demands for “security guarantees” were met with silence in Freedonia City.", { date: DATE });
    assert.deepEqual(all, [], describeAll(all));
  });

  it("a scare quote naming the other side's demand is not the words of the one who dismisses it", () => {
    const all = extract("Ana Ruiz dismissed Sylvania's demands for “security guarantees” as a pretext for delay.", { date: DATE });
    assert.ok(!all.some((s) => s.words === 'security guarantees'), describeAll(all));
  });

  it('a scare quote inside what the speaker reports ("X said Y\'s demands for “…” were …") is not the speaker\'s quote', () => {
    const all = extract("Ana Ruiz said Sylvania's demands for “security guarantees” were a pretext for delay.", { date: DATE });
    assert.ok(!all.some((s) => s.words === 'security guarantees'), describeAll(all));
  });

  it("a scare quote inside what the speaker reports does not cost the speaker's indirect statement", () => {
    const all = speech("Ana Ruiz said Sylvania's demands for “security guarantees” were a pretext for delay.", { date: DATE });
    const s = only(all, 'were a pretext for delay');
    assert.equal(s.speaker.id, 'ana-ruiz');
    assert.equal(s.direct, false);
  });
});

describe('noise: titles of works', () => {
  it('a film title in a sentence with no reporting verb gives no statement', () => {
    const all = extract('Crowds gathered outside the cinema for the premiere of the film “The Long Night” about the border war.', { date: DATE });
    assert.deepEqual(all, [], describeAll(all));
  });

  it('a film title in a sentence that reports speech is not a quote of the speaker', () => {
    const all = extract('Tomas Brenner said he had watched the film “The Long Night” twice during the flight.', { date: DATE });
    assert.ok(!all.some((s) => s.words === 'The Long Night'), describeAll(all));
  });

  it('a programme named after "on Channel Four\'s" is no quote: the that-clause is what was said', () => {
    const all = speech("Ana Ruiz argued on Channel Four's “Valley Hour” that the weir was sound.", { date: DATE });
    assert.deepEqual(
      all.map((s) => s.words),
      ['that the weir was sound'],
      describeAll(all),
    );
  });

  it("but words in title case after a programme's name, said as a sentence, are still a quote", () => {
    const all = speech("Ana Ruiz said on Channel Four's morning show: “We Will Win.”", { date: DATE });
    assert.ok(
      all.some((s) => s.words.includes('We Will Win')),
      describeAll(all),
    );
  });

  it('a long title of a work is not a statement by anyone, not even an unknown speaker', () => {
    const all = extract('The ministry screened the documentary “The Night the River Ran Dry and the Farmers Never Came Home” for diplomats.', { date: DATE });
    assert.deepEqual(all, [], describeAll(all));
  });
});

describe('noise: a headline in quotes', () => {
  const text = [
    '“We will never give up a single drop of our river water to anyone”',
    '',
    'Ana Ruiz visited the dam site on Wednesday and inspected the new turbines with engineers. Freedonia has invested heavily in the project.',
  ].join('\n');

  it('is taken as the title, not the body', () => {
    const article = parse(text, { date: DATE });
    assert.equal(article.title, '“We will never give up a single drop of our river water to anyone”');
    assert.ok(!article.text.includes('single drop'));
  });

  it('gives no statement', () => {
    const all = extract(text, { date: DATE });
    assert.deepEqual(all, [], describeAll(all));
  });

  it('a title-case quoted headline gives no statement either', () => {
    const all = extract(
      '“Freedonia Will Never Surrender the River to Sylvanian Pressure or Threats”\n\nAna Ruiz visited the dam site on Wednesday. Freedonia has invested heavily in the project.',
      { date: DATE },
    );
    assert.deepEqual(all, [], describeAll(all));
  });
});

describe('noise: a reporting verb under negation', () => {
  it('"has not commented" is not a statement', () => {
    const all = extract('Freedonia has not commented on the remarks, which came a day after the incident at the dam.', { date: DATE });
    assert.deepEqual(all, [], describeAll(all));
  });

  it('"X never said that …" is not a statement', () => {
    const all = extract('Ana Ruiz never said that the border would close.', { date: DATE });
    assert.deepEqual(all, [], describeAll(all));
  });
});
