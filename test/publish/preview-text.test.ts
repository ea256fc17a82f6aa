/** The words on a preview image: clipped at a word, with an ellipsis, in a size by length. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clipAtWord, directionOf, PREVIEW_MAX_CHARS, previewQuote, rightToLeftPieces, visualOrder } from '../../src/pipeline/publish/preview-text.ts';

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
    assert.deepEqual(
      sizes,
      [...sizes].sort((a, b) => b - a),
    );
    assert.ok(sizes[0]! > sizes[3]!);
    const long = previewQuote('word '.repeat(200), true).text;
    assert.ok(Array.from(long).length <= PREVIEW_MAX_CHARS);
    assert.ok(long.endsWith('…”'));
  });
});

describe('text direction on the card', () => {
  it('judges a text by its first letter, as dir="auto" does', () => {
    assert.equal(directionOf('“نحن ننتظر” said Lavrov'), 'rtl');
    assert.equal(directionOf('2022: שלום'), 'rtl');
    assert.equal(directionOf('Lavrov said “نحن ننتظر”'), 'ltr');
    assert.equal(directionOf('1234'), 'ltr');
  });

  it('turns round each run of right-to-left words in a left-to-right text, and nothing else', () => {
    assert.equal(visualOrder('the words مرحبا بالعالم were a greeting'), 'the words بالعالم مرحبا were a greeting');
    assert.equal(visualOrder('and שלום עולם חדש too'), 'and חדש עולם שלום too');
    assert.equal(visualOrder('We are waiting for answers'), 'We are waiting for answers');
  });

  it('cuts a right-to-left text into pieces to set from the right, its marks turned to face it', () => {
    assert.deepEqual(rightToLeftPieces('“نحن ننتظر ردود NATO 2022 اليوم”'), ['”', 'نحن', 'ننتظر', 'ردود', 'NATO 2022', 'اليوم', '“']);
    assert.deepEqual(rightToLeftPieces('יאיר לפיד'), ['יאיר', 'לפיד']);
  });
});
