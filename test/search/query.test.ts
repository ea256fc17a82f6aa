import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatQuery, parseQuery, termLetters } from '../../src/shared/search/query.ts';

const kinds = (query: string) => parseQuery(query).map(({ kind, text }) => [kind, text]);

describe('reading a query', () => {
  it('reads plain words as fuzzy terms, each on its own', () => {
    assert.deepEqual(kinds('  Lavrov   guarantees '), [
      ['fuzzy', 'Lavrov'],
      ['fuzzy', 'guarantees'],
    ]);
  });

  it('reads \'word, "a phrase" and =word as Fuse\'s extended search does', () => {
    assert.deepEqual(kinds(`'lavrov "security guarantees" =US '"two words" ="whole phrase"`), [
      ['include', 'lavrov'],
      ['include', 'security guarantees'],
      ['exact', 'US'],
      ['include', 'two words'],
      ['exact', 'whole phrase'],
    ]);
  });

  it('lets an unclosed quote run to the end, so that a phrase works as it is typed', () => {
    assert.deepEqual(kinds('Lavrov "security guar'), [
      ['fuzzy', 'Lavrov'],
      ['include', 'security guar'],
    ]);
  });

  it('folds each term for comparison and ignores terms of punctuation alone', () => {
    assert.deepEqual(parseQuery('Élysée | - "" \' ='), [{ kind: 'fuzzy', text: 'Élysée', folded: 'elysee' }]);
  });

  it('counts letters, not operators, spaces or punctuation, against the minimum length', () => {
    assert.deepEqual(parseQuery(`'a "a b" U.S. Élysée`).map(termLetters), [1, 2, 2, 6]);
  });

  it('writes terms back as they would be typed', () => {
    const query = `lavrov 'guar "security guarantees" =US ="whole phrase"`;
    assert.equal(formatQuery(parseQuery(query)), query);
  });
});
