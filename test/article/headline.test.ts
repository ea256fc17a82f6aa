import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isHeadlineShaped, isQuotedHeading, isSubheadingShaped, splitHeadlineSuffix } from '../../src/pipeline/article/headline.ts';

describe('heading shapes', () => {
  it('accepts short title-like lines without a closing period', () => {
    assert.equal(isHeadlineShaped('Kaldera Sends Written Reply to Marrovia Over Seized Ship – Washington Post'), true);
    assert.equal(isHeadlineShaped('Is Russia About to Invade?'), true);
    assert.equal(isSubheadingShaped('Putin and Macron have a conversation'), true);
  });

  it('accepts a line entirely in quotation marks unless the quote is a full sentence', () => {
    assert.equal(isQuotedHeading('"Kaldera Is Ready for Any Answer"'), true);
    assert.equal(isQuotedHeading('“Asking Why the Offer Was Refused... Weighing Further Steps”'), true);
    assert.equal(isQuotedHeading('"We will not back down."'), false);
    assert.equal(isHeadlineShaped('"We will not back down."'), false);
  });

  it('reads two apostrophes as one quotation mark: two quotations and a verb are a sentence, not a quoted heading', () => {
    assert.equal(isQuotedHeading("''Kaldera Is Ready for Any Answer''"), true);
    const quotations = "''I don't think the trade is over,'' she said. ''I think it's just changing.''";
    assert.equal(isQuotedHeading(quotations), false);
    assert.equal(isSubheadingShaped(quotations), false);
  });

  it('rejects sentences, lower-case starts, markup and long lines', () => {
    assert.equal(isHeadlineShaped('The Kremlin said it would respond.'), false);
    assert.equal(isHeadlineShaped("import x from 'y'"), false);
    assert.equal(isHeadlineShaped('<script>alert(1)</script>'), false);
    assert.equal(isHeadlineShaped('{frontmatter}'), false);
    assert.equal(isHeadlineShaped('Lavrov said:'), false);
    assert.equal(isHeadlineShaped(`A ${'very '.repeat(40)}long line`), false);
    assert.equal(isSubheadingShaped('Support The Moscow Times!'), false);
  });
});

describe('splitHeadlineSuffix', () => {
  it('splits a suffix naming a known outlet', () => {
    assert.deepEqual(splitHeadlineSuffix('Russia Sends Follow-Up – Washington Post'), {
      base: 'Russia Sends Follow-Up',
      suffix: 'Washington Post',
      outlet: 'The Washington Post',
    });
    assert.equal(splitHeadlineSuffix('Talks Stall | Reuters')?.outlet, 'Reuters');
    assert.equal(splitHeadlineSuffix('Talks Stall - The Guardian')?.outlet, 'The Guardian');
  });

  it('ignores unknown suffixes and hyphenated words', () => {
    assert.equal(splitHeadlineSuffix('Talks Stall - Live'), null);
    assert.equal(splitHeadlineSuffix('NATO-Russia Council Meets'), null);
  });
});
