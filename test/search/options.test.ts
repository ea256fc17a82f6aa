import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Fuse from 'fuse.js';
import { FIELD_WEIGHTS, NAME_WORD_FUSE_OPTIONS } from '../../src/shared/search/options.ts';

const matches = (typed: string, word: string) => Fuse.match(typed, word, NAME_WORD_FUSE_OPTIONS).isMatch;

describe('how fuzzy a name may be', () => {
  it('lets through the misspellings and transliterations people type', () => {
    for (const [typed, word] of [
      ['lavorv', 'lavrov'],
      ['stoltenburg', 'stoltenberg'],
      ['grushko', 'grushchenko'],
      ['sergei', 'sergey'],
      ['lavr', 'lavrov'],
    ] as const) {
      assert.ok(matches(typed, word), `${typed} → ${word}`);
    }
  });

  it('keeps short words apart', () => {
    for (const [typed, word] of [
      ['times', 'states'],
      ['us', 'uk'],
      ['nato', 'data'],
    ] as const) {
      assert.ok(!matches(typed, word), `${typed} ↛ ${word}`);
    }
  });

  it('weighs a speaker above the text that mentions them', () => {
    assert.ok(FIELD_WEIGHTS.speaker > FIELD_WEIGHTS.addressee);
    assert.ok(FIELD_WEIGHTS.addressee > FIELD_WEIGHTS.words);
    assert.ok(FIELD_WEIGHTS.words > FIELD_WEIGHTS.excerpt);
  });
});
