import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Fuse from 'fuse.js';
import type { SerialisedFuseIndex } from '../../src/shared/search/index-file.ts';
import { NameWordSearch, sieve } from '../../src/shared/search/name-words.ts';
import { NAME_WORD_FUSE_OPTIONS } from '../../src/shared/search/options.ts';
import { invention } from './invented.ts';

describe('Fuse asked only about the words of names it could match', () => {
  const made = invention(12);
  const words = [...new Set(Array.from({ length: 800 }, () => made.word(2, 14)))].sort();
  // Through JSON, as the browser gets the index.
  const index = JSON.parse(JSON.stringify(Fuse.createIndex([], words).toJSON())) as SerialisedFuseIndex;
  const everyWord = new Fuse(words, NAME_WORD_FUSE_OPTIONS, Fuse.parseIndex(index));
  const narrowed = new NameWordSearch(words, index);
  // Words, their starts and middles, typed with slips; words no one has; terms longer than the bitap's 32 characters.
  const terms = [
    ...Array.from({ length: 400 }, () => {
      const word = made.pick(words);
      const from = made.chance(0.3) ? made.below(word.length) : 0;
      return made.misspelt(word.slice(from, from + 3 + made.below(word.length)), 3);
    }),
    ...Array.from({ length: 100 }, () => made.word(3, 12)),
    ...Array.from({ length: 20 }, () => made.misspelt(`${made.pick(words)}${made.pick(words)}${made.pick(words)}${made.word(20, 30)}`, 4)),
  ].filter((term) => term.length > 0);

  it('finds what Fuse over every word finds: the same words, scores and marks, in the same order', () => {
    let found = 0;
    for (const term of terms) {
      const expected = everyWord.search(term);
      found += expected.length;
      assert.deepEqual(narrowed.search(term), expected, term);
    }
    assert.ok(found > terms.length, `${found} words found for ${terms.length} terms: too few matches to compare`);
  });

  it('lets through a small share of the words for a term of four letters or more', () => {
    const longer = terms.filter((term) => term.length >= 4 && term.length <= 32);
    const share = longer.reduce((sum, term) => sum + words.filter(sieve(term)!).length, 0) / (longer.length * words.length);
    assert.ok(share < 0.1, `${(share * 100).toFixed(1)}% of the words read`);
  });

  it('reads every word for a term longer than Fuse reads in one piece', () => {
    assert.equal(sieve('x'.repeat(33)), null);
    assert.notEqual(sieve('x'.repeat(32)), null);
  });
});
