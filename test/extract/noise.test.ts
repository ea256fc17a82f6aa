/** Phenomenon 8: quotation marks that are not anyone's statement. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeAll, extract, parse } from './support.ts';

const DATE = '2024-03-14';

describe('noise: scare quotes', () => {
  it('a scare quote in a sentence with no reporting verb gives no statement', () => {
    const all = extract('Sylvania\'s demands for “security guarantees” were met with silence in Freedonia City.', { date: DATE });
    assert.deepEqual(all, [], describeAll(all));
  });
});

describe('noise: titles of works', () => {
  it('a film title in a sentence with no reporting verb gives no statement', () => {
    const all = extract('Crowds gathered outside the cinema for the premiere of the film “The Long Night” about the border war.', { date: DATE });
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
    const all = extract('“Freedonia Will Never Surrender the River to Sylvanian Pressure or Threats”\n\nAna Ruiz visited the dam site on Wednesday. Freedonia has invested heavily in the project.', { date: DATE });
    assert.deepEqual(all, [], describeAll(all));
  });
});
