import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { field, findTerm, textIndex, type TextIndex } from '../../src/shared/search/text-index.ts';

const index = await textIndex([
  field(['Security guarantees now', 'The U.S. said: thus', 'Russia’s reply']),
  field(['guaranteed, Élysée', '', 'no U.S.-led talks']),
]);

/** "doc/field" for the places a term is found. */
function places(text: TextIndex, folded: string, whole = false): string[] {
  const found: string[] = [];
  findTerm(text, folded, whole, (doc, f) => found.push(`${doc}/${f}`));
  return [...new Set(found)].sort();
}

describe('the text index', () => {
  it('holds every word once, folded and sorted, with where it occurs', () => {
    assert.deepEqual(index.words, [
      'elysee',
      'guaranteed',
      'guarantees',
      'led',
      'no',
      'now',
      'reply',
      'russia',
      's',
      'said',
      'security',
      'talks',
      'the',
      'thus',
      'u',
    ]);
    assert.deepEqual(places(index, 'u'), ['1/0', '2/1']);
  });

  it('finds a term at the start of words, not inside them', () => {
    assert.deepEqual(places(index, 'guarantee'), ['0/0', '0/1']);
    assert.deepEqual(places(index, 'us'), []);
    assert.deepEqual(places(index, 'th'), ['1/0']);
  });

  it('finds whole words only when asked', () => {
    assert.deepEqual(places(index, 'guarantee', true), []);
    assert.deepEqual(places(index, 'guarantees', true), ['0/0']);
  });

  it('finds terms of several words, or with punctuation, in their order', () => {
    assert.deepEqual(places(index, 'security guar'), ['0/0']);
    assert.deepEqual(places(index, 'guarantees security'), []);
    assert.deepEqual(places(index, 'u.s.'), ['1/0', '2/1']);
    assert.deepEqual(places(index, "russia's"), ['2/0']);
    assert.deepEqual(places(index, "'s"), ['2/0'], 'a term that starts with punctuation');
  });

  it('reads the same in slices as at once', async () => {
    const long = Array.from({ length: 30_000 }, (_, i) => `word${i % 7} statement ${i}`);
    let pauses = 0;
    const sliced = await textIndex([field(long)], () => Promise.resolve(void pauses++));
    assert.ok(pauses > 0, 'it paused');
    assert.deepEqual(sliced.words, (await textIndex([field(long)])).words);
    assert.equal(places(sliced, 'word3').length, long.filter((t) => t.startsWith('word3')).length);
  });
});
