/** The words on a preview image: clipped at a word, with an ellipsis, in a size by length. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clipAtWord, previewQuote, PREVIEW_MAX_CHARS } from '../../src/pipeline/publish/preview-text.ts';

describe('clipAtWord', () => {
  it('leaves text that fits as it is, spaces tidied', () => {
    assert.equal(clipAtWord('  We are   ready ', 20), 'We are ready');
  });

  it('cuts at the last word boundary and ends with an ellipsis, within the limit', () => {
    const clipped = clipAtWord('Moscow is waiting for written answers from Washington', 30);
    assert.equal(clipped, 'Moscow is waiting for written…');
    assert.ok(Array.from(clipped).length <= 30);
  });

  it('drops punctuation left dangling before the ellipsis', () => {
    assert.equal(clipAtWord('We are ready, willing — and able to talk today', 25), 'We are ready, willing…');
  });

  it('cuts a single very long word where it must', () => {
    assert.equal(clipAtWord('x'.repeat(50), 10), `${'x'.repeat(9)}…`);
  });

  it('counts characters, not UTF-16 units, and never splits a surrogate pair', () => {
    const clipped = clipAtWord('\u{1D400}'.repeat(20), 10);
    assert.equal(Array.from(clipped).length, 10);
    assert.doesNotMatch(clipped, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('clips Cyrillic at a word boundary too', () => {
    assert.equal(clipAtWord('Мы ждём письменных ответов от Вашингтона', 25), 'Мы ждём письменных…');
  });
});

describe('previewQuote', () => {
  it('puts a direct quote in quotation marks, large when short', () => {
    assert.deepEqual(previewQuote('We are ready', true), { text: '“We are ready”', fontSize: 64 });
  });

  it('shows reported speech without its leading "that" or quotation marks', () => {
    assert.equal(previewQuote('that Moscow awaits answers', false).text, 'Moscow awaits answers');
  });

  it('sets longer words smaller, and clips the longest', () => {
    const sizes = [60, 120, 170, 215].map((n) => previewQuote('word '.repeat(n / 5).trim(), false).fontSize);
    assert.deepEqual(sizes, [...sizes].sort((a, b) => b - a));
    assert.ok(sizes[0]! > sizes[3]!);
    const long = previewQuote('word '.repeat(200), true).text;
    assert.ok(Array.from(long).length <= PREVIEW_MAX_CHARS);
    assert.ok(long.endsWith('…”'));
  });
});
