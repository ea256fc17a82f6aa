import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseName, normaliseText, overlap, tokenize } from '../../src/pipeline/eval/text.ts';

test('text normalises case, quote style, diacritics and punctuation', () => {
  assert.equal(normaliseText('“[It] is Washington, not Moscow,” it said.'), 'it is washington not moscow it said');
  assert.equal(normaliseText('Élysée'), 'elysee');
  assert.equal(normaliseText('Ilić'), 'ilic');
});

test('contractions, possessives and initialisms stay one token whatever the apostrophe', () => {
  assert.deepEqual(tokenize('We’re'), ['were']);
  assert.deepEqual(tokenize("we're"), ['were']);
  assert.deepEqual(tokenize('Russia’s demand'), ['russia', 'demand']);
  assert.deepEqual(tokenize('the U.S.-led alliance'), ['the', 'us', 'led', 'alliance']);
  assert.deepEqual(tokenize('U.S. and US'), ['us', 'and', 'us']);
});

test('names ignore a leading "the"', () => {
  assert.equal(normaliseName('the Kremlin'), 'kremlin');
  assert.equal(normaliseName('U.S. official'), normaliseName('US official'));
});

test('overlap counts shared tokens as a multiset and separates content tokens', () => {
  const o = overlap(tokenize('the ball is in the court'), tokenize('the ball'));
  assert.equal(o.shared, 2);
  assert.equal(o.sharedContent, 1);
  assert.equal(o.containment, 1);
  assert.equal(o.goldContent, 2);
  assert.equal(o.dice, 0.5);
});
