import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NameIndex } from '../../src/pipeline/actors/name-index.ts';

function index(...names: string[]): NameIndex {
  const i = new NameIndex();
  for (const n of names) i.add(n);
  return i;
}

const texts = (i: NameIndex, text: string) => i.find(text).map((m) => m.text);

describe('name index: known names in a text', () => {
  it('finds each known name where the text writes it, left to right', () => {
    const i = index('Ana Ruiz', 'Sylvania');
    const found = i.find('Sylvania answered Ana Ruiz at once.');
    assert.deepEqual(found, [
      { text: 'Sylvania', start: 0, end: 8 },
      { text: 'Ana Ruiz', start: 18, end: 26 },
    ]);
  });

  it('takes the longest name that starts at a place', () => {
    assert.deepEqual(texts(index('Coastal', 'Coastal League'), 'The Coastal League met.'), ['Coastal League']);
  });

  it('matches whole words only: "Ruiz" is not found inside "Ruizberg"', () => {
    assert.deepEqual(texts(index('Ruiz'), 'Ruizberg and de Ruiz.'), ['Ruiz']);
  });

  it('reads both apostrophes alike and reports the text as written', () => {
    assert.deepEqual(texts(index("Sean O'Brien"), 'Sean O’Brien spoke.'), ['Sean O’Brien']);
  });

  it('a possessive still names the actor', () => {
    assert.deepEqual(texts(index('Sylvania'), "Sylvania's reply came late."), ['Sylvania']);
  });

  it('finds nothing in a text that names no one it knows', () => {
    assert.deepEqual(texts(index('Sylvania'), 'The river rose overnight.'), []);
  });
});
