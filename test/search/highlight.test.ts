import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeRanges, occurrences, segments, snippet } from '../../src/shared/search/highlight.ts';

describe('highlight ranges', () => {
  it('joins overlapping, touching and space-separated fragments, and keeps the rest apart', () => {
    const text = 'security guarantees, now and then';
    assert.deepEqual(
      mergeRanges(text, [
        [9, 18],
        [0, 7],
        [2, 4],
        [21, 23],
        [25, 26],
      ]),
      [
        [0, 18],
        [21, 26],
      ],
    );
    assert.deepEqual(
      mergeRanges(text, [
        [0, 7],
        [10, 12],
      ]),
      [
        [0, 7],
        [10, 12],
      ],
    );
  });

  it('clips ranges to the text and drops empty ones', () => {
    assert.deepEqual(
      mergeRanges('abc', [
        [-2, 0],
        [2, 9],
        [2, 1],
      ]),
      [
        [0, 0],
        [2, 2],
      ],
    );
  });

  it('cuts a text into plain and marked pieces that put it back together', () => {
    const text = 'Sergey Lavrov said';
    const pieces = segments(text, [[7, 12]]);
    assert.deepEqual(pieces, [
      { text: 'Sergey ', marked: false },
      { text: 'Lavrov', marked: true },
      { text: ' said', marked: false },
    ]);
    assert.equal(pieces.map((p) => p.text).join(''), text);
    assert.deepEqual(segments('abc', []), [{ text: 'abc', marked: false }]);
  });

  it('finds every occurrence, or those at the start of a word, or whole words only', () => {
    assert.deepEqual(occurrences('us thus us-led usa', 'us'), [
      [0, 1],
      [5, 6],
      [8, 9],
      [15, 16],
    ]);
    assert.deepEqual(occurrences('us thus us-led usa', 'us', 'word-start'), [
      [0, 1],
      [8, 9],
      [15, 16],
    ]);
    assert.deepEqual(occurrences('us thus us-led usa', 'us', 'whole-word'), [
      [0, 1],
      [8, 9],
    ]);
    assert.deepEqual(occurrences('abc', ''), []);
    assert.deepEqual(occurrences("russia's", "'s", 'whole-word'), [[6, 7]], 'punctuation has no word edge to respect');
  });

  it('shows a match deep in a long text with the words around it, cut at spaces', () => {
    const text = `${'early words '.repeat(20)}the match ${'late words '.repeat(20)}`;
    const at = text.indexOf('match');
    const cut = snippet(text, [[at, at + 4]], 30);
    assert.match(cut.text, /^…\S.*the match.*\S…$/);
    const [range] = cut.ranges;
    assert.ok(range);
    assert.equal(cut.text.slice(range[0], range[1] + 1), 'match');
    assert.deepEqual(snippet('short text', [[0, 4]]), { text: 'short text', ranges: [[0, 4]] });
  });

  it('keeps the window the same size near either end, and shows the start when nothing is marked', () => {
    const text = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    const early = snippet(text, [[0, 1]], 30);
    const none = snippet(text, [], 30);
    assert.ok(Math.abs(none.text.length - early.text.length) <= 4, `${none.text} / ${early.text}`);
    assert.match(none.text, /^w0 .*…$/);
    assert.ok(none.text.length >= 55 && none.text.length <= 62, `${none.text.length} characters`);
    const late = snippet(text, [[text.length - 3, text.length - 1]], 30);
    assert.match(late.text, /^….* w59$/);
    assert.ok(late.text.length >= 55, `${late.text.length} characters`);
  });
});
