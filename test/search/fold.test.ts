import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fold, isWordUnit } from '../../src/shared/search/fold.ts';

describe('folding text for comparison', () => {
  it('lower-cases, takes accents off and makes typographic quotes plain', () => {
    assert.equal(fold('Élysée Palace'), 'elysee palace');
    assert.equal(fold('Russia’s “top” diplomat'), `russia's "top" diplomat`);
    assert.equal(fold('Łódź, Ørsted'), 'lodz, orsted');
  });

  it('never changes the length, so offsets in the folded text are offsets in the original', () => {
    for (const text of ['İstanbul', 'Straße', 'ﬁnance', 'Ǆ', 'e\u0301te\u0301', '😀 Grüße', 'Лавров']) {
      assert.equal(fold(text).length, text.length, text);
    }
    assert.equal(fold('İstanbul').slice(1), 'stanbul');
  });

  it('knows the letters and digits of any script as parts of words', () => {
    const text = 'a-Б 7';
    assert.deepEqual(
      [...text].map((_, i) => isWordUnit(text, i)),
      [true, false, true, false, true],
    );
    assert.equal(isWordUnit(text, -1), false);
    assert.equal(isWordUnit(text, text.length), false);
  });
});
