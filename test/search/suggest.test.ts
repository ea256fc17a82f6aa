import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closestSpelling, editDistance, suggest } from '../../src/shared/search/suggest.ts';
import { parseQuery } from '../../src/shared/search/query.ts';
import { engine } from './support.ts';

describe('edit distance', () => {
  it('counts insertions, deletions and substitutions', () => {
    assert.equal(editDistance('lavrov', 'lavrov', 3), 0);
    assert.equal(editDistance('lavorv', 'lavrov', 3), 2);
    assert.equal(editDistance('kitten', 'sitting', 5), 3);
    assert.equal(editDistance('', 'abc', 5), 3);
  });

  it('gives up past the limit', () => {
    assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3);
    assert.equal(editDistance('a', 'abcdefgh', 2), 3);
  });
});

const search = await engine();

describe('suggestions for a search that finds nothing', () => {
  const suggestion = (query: string) => suggest(search, parseQuery(query));

  it('respells a misspelt word as the closest known one, names first', () => {
    assert.deepEqual(suggestion('guarantes'), { query: 'guarantees', reason: 'spelling' });
    assert.deepEqual(suggestion("'Lavorv"), { query: "'Lavrov", reason: 'spelling' });
    assert.equal(closestSpelling('stoltenbrg', search.vocabulary()), 'Stoltenberg');
    assert.equal(closestSpelling('zzzzzz', search.vocabulary()), null);
  });

  it('offers the same words without quotes when the exact phrase is not there', () => {
    assert.deepEqual(suggestion('"answers written"'), { query: 'answers written', reason: 'broader' });
  });

  it('drops the words that find nothing', () => {
    assert.deepEqual(suggestion('Lavrov zzzzzz'), { query: 'Lavrov', reason: 'broader' });
    assert.deepEqual(suggestion('Stoltenberg guarantees'), { query: 'Stoltenberg', reason: 'broader' }, 'the last word first');
  });

  it('offers nothing rather than a query that finds nothing', () => {
    assert.equal(suggestion('zzzzzz'), null);
  });

  it('only offers queries that find something', () => {
    for (const query of ['guarantes', '"answers written"', 'Lavrov zzzzzz', 'Stoltenberg guarantees']) {
      const offered = suggestion(query);
      assert.ok(offered && search.count(offered.query) > 0, query);
    }
  });
});
