/** The five real articles in content/articles, each with its own quirks. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArticle } from '../../src/pipeline/article/parse-article.ts';
import { assertOffsets, bodyTexts, readSeed, removedAs } from './support.ts';

const SEEDS = ['000_43d6ccf62db35b61', '001_8056aa51ff8d796d', '002_ba492a271d179c88', '003_d35343b13bc32c5b', '004_0a95f826a008e82f'];

describe('every seed article', () => {
  for (const id of SEEDS) {
    it(`${id}: keeps raw exactly, offsets are exact, spacing is clean`, () => {
      const raw = readSeed(id);
      const article = parseArticle(id, raw);
      assert.equal(article.raw, raw);
      assert.equal(article.id, id);
      assertOffsets(article);
      assert.ok(article.paragraphs.some((p) => p.kind === 'body'));
      for (const p of article.paragraphs) {
        assert.doesNotMatch(p.text, /\u00A0| {2}|\n|^\s|\s$/, `unclean spacing in "${p.text.slice(0, 40)}"`);
      }
      assert.equal(article.language, 'en');
    });
  }
});

describe('000 (Moscow Times, clip prefix + promo line, headline credited to another paper)', () => {
  const article = parseArticle('000', readSeed('000_43d6ccf62db35b61'));

  it('takes the date from the prefix and the outlet from the promotion line', () => {
    assert.equal(article.date, '2022-02-01');
    assert.equal(article.dateSource, 'dateline');
    assert.equal(article.time, null);
    assert.equal(article.outlet, 'The Moscow Times');
    assert.deepEqual(removedAs(article, 'promotion'), ['Support The Moscow Times!']);
    assert.deepEqual(removedAs(article, 'dateline'), ['date 2022-02-01']);
  });

  it('keeps the full headline, noting the paper it credits', () => {
    assert.equal(article.title, 'Russia Sends Written Follow-Up to U.S. Security Demands Response – Washington Post');
    assert.equal(article.subtitle, null);
    assert.equal(article.attributedTo, 'The Washington Post');
  });

  it('removes the photo caption and starts the body with the first sentence', () => {
    assert.deepEqual(removedAs(article, 'caption'), ['U.S. Secretary of State Antony Blinken. U.S. Department of State (U.S. Government Works)']);
    assert.ok(article.paragraphs[0]?.text.startsWith('Russia has delivered written responses'));
    assert.ok(!article.text.includes('Government Works'));
  });

  it('turns non-breaking spaces into plain spaces and keeps editorial brackets', () => {
    assert.ok(article.text.includes('Moscow’s sweeping demands'));
    assert.ok(article.text.includes('on Tuesday denied'));
    assert.ok(bodyTexts(article).some((t) => t.startsWith('“[It] is Washington, not Moscow')));
    assert.equal(article.paragraphs.length, 11);
    assert.ok(article.paragraphs.every((p) => p.kind === 'body'));
  });
});

describe('001 (hard-wrapped PDF copy, no headline, no date)', () => {
  const article = parseArticle('001', readSeed('001_8056aa51ff8d796d'));

  it('rejoins hard-wrapped lines into whole paragraphs', () => {
    assert.equal(
      article.paragraphs[0]?.text,
      "Russia is still awaiting the U.S. and NATO's response to its sweeping demands for a new security settlement in Europe, Russia’s top diplomat said Tuesday as tensions between Moscow and the West over Ukraine continue to mount.",
    );
    assert.equal(article.paragraphs[2]?.text.endsWith('from Eastern Europe — as “non-starters.”'), true);
    assert.equal(article.paragraphs.at(-1)?.text, 'He called on Blinken "not to replicate speculation about the allegedly impending \'Russian aggression\'."');
    assert.equal(article.paragraphs.length, 15);
  });

  it('captures the link line and removes it, the related-article line and the contributor line', () => {
    assert.deepEqual(article.links, ['https://tass.ru/politika/13420491']);
    assert.deepEqual(removedAs(article, 'link'), ['https://tass.ru/politika/13420491']);
    assert.deepEqual(removedAs(article, 'related'), ['Related article: Russian Military Starts Belarus Drills as Ukraine Talks Stall']);
    assert.deepEqual(removedAs(article, 'contributor'), ['AFP contributed reporting.']);
    assert.ok(!article.text.includes('tass.ru'));
    assert.ok(!article.text.includes('Related article'));
    assert.ok(!article.text.includes('AFP contributed'));
  });

  it('does not invent a headline, date or outlet', () => {
    assert.equal(article.title, null);
    assert.equal(article.date, null);
    assert.equal(article.dateSource, 'none');
    assert.equal(article.outlet, null);
  });
});

describe('002 (one line per paragraph, quoted headline and subtitle, bracketed byline)', () => {
  const article = parseArticle('002', readSeed('002_ba492a271d179c88'));

  it('takes both quoted lines as headline and subtitle', () => {
    assert.equal(article.title, '"Russia Is Ready for Any Choice"');
    assert.equal(article.subtitle, '"Questioning the Reason for Not Accepting the Proposal... Considering Additional Measures"');
  });

  it('takes the bracketed byline off the first paragraph', () => {
    assert.equal(article.byline, 'Asia Economy Reporter Hyunwoo Lee');
    assert.ok(article.paragraphs[0]?.text.startsWith('The United States announced that it has delivered'));
    assert.deepEqual(removedAs(article, 'byline'), ['[Asia Economy Reporter Hyunwoo Lee]']);
  });

  it('takes the outlet from the copyright line and removes it', () => {
    assert.equal(article.outlet, 'The Asia Business Daily');
    assert.deepEqual(removedAs(article, 'copyright'), ['© The Asia Business Daily(www.asiae.co.kr). All rights reserved.']);
  });

  it('does not merge one-line paragraphs', () => {
    assert.equal(article.paragraphs.length, 6);
    assert.ok(article.paragraphs[1]?.text.startsWith('On the 26th (local time)'));
    assert.equal(article.date, null);
  });
});

describe('003 (Europa Press dateline with time, subheading, stray period)', () => {
  const article = parseArticle('003', readSeed('003_d35343b13bc32c5b'));

  it('reads date, time and outlet abbreviation from the dateline', () => {
    assert.equal(article.date, '2022-02-01');
    assert.equal(article.time, '09:49');
    assert.equal(article.dateSource, 'dateline');
    assert.equal(article.outlet, 'Europa Press');
    assert.deepEqual(removedAs(article, 'dateline'), ['date 2022-02-01 EP Tuesday, February 1, 2022, 09:49']);
    assert.equal(article.title, null);
  });

  it('keeps the subheading as a subheading', () => {
    const sub = article.paragraphs.filter((p) => p.kind === 'subheading').map((p) => p.text);
    assert.deepEqual(sub, ['Putin and Macron have a conversation']);
  });

  it('fixes the " ." artefact but keeps the words', () => {
    assert.ok(article.paragraphs[1]?.text.endsWith('Sergey Lavrov on Tuesday.'));
    assert.ok(!article.text.includes(' .'));
  });
});

describe('004 (prefix followed by the body on the same line, image credit, subheadings)', () => {
  const article = parseArticle('004', readSeed('004_0a95f826a008e82f'));

  it('takes the prefix date and keeps the rest of the line as the first paragraph', () => {
    assert.equal(article.date, '2022-02-03');
    assert.equal(article.dateSource, 'dateline');
    assert.ok(article.paragraphs[0]?.text.startsWith('On Wednesday, the US State Department acknowledged'));
    assert.equal(article.paragraphs[0]?.kind, 'body');
    assert.equal(article.title, null);
  });

  it('removes the image credit', () => {
    assert.deepEqual(removedAs(article, 'credit'), ['Image: AP']);
    assert.ok(!article.text.includes('Image: AP'));
    assert.equal(article.outlet, null);
  });

  it('marks both subheadings', () => {
    const sub = article.paragraphs.filter((p) => p.kind === 'subheading').map((p) => p.text);
    assert.deepEqual(sub, ["US and NATO rejected Russia's demand", 'Moscow has dismissed any threat to Kyiv']);
  });
});
