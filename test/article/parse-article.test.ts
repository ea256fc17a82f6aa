/** parseArticle on invented inputs, one concern per test. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArticle } from '../../src/pipeline/article/parse-article.ts';
import { assertOffsets, bodyTexts, removedAs } from './support.ts';

const BODY = 'The foreign minister said on Tuesday that the talks would continue next week.';

describe('parseArticle: structure', () => {
  it('keeps raw exactly and joins paragraphs with exact offsets', () => {
    const raw = ` Headline About Talks\r\n\r\n${BODY}\r\n\r\nSecond paragraph here, which also ends.\r\n`;
    const article = parseArticle('a', raw);
    assert.equal(article.raw, raw);
    assert.equal(article.title, 'Headline About Talks');
    assert.deepEqual(bodyTexts(article), [BODY, 'Second paragraph here, which also ends.']);
    assert.equal(article.text, `${BODY}\n\nSecond paragraph here, which also ends.`);
    assert.deepEqual(
      article.paragraphs.map((p) => p.offset),
      [0, BODY.length + 2],
    );
    assertOffsets(article);
  });

  it('handles CR-only line ends and a BOM like LF', () => {
    const lf = parseArticle('a', `Headline About Talks\n\n${BODY}\nAnother line that ends.`);
    const cr = parseArticle('a', `\uFEFFHeadline About Talks\r\r${BODY}\rAnother line that ends.`);
    assert.equal(cr.text, lf.text);
    assert.equal(cr.title, 'Headline About Talks');
    assert.ok(!cr.text.includes('\uFEFF'));
  });

  it('does not invent a title when the text starts with a body sentence', () => {
    const article = parseArticle('a', `${BODY}\n\nMore text follows here, in a sentence.`);
    assert.equal(article.title, null);
    assert.equal(article.subtitle, null);
    assert.equal(article.paragraphs.length, 2);
  });

  it('takes headline and subtitle only before the body, and subheadings inside it', () => {
    const article = parseArticle(
      'a',
      ['Main Headline Here', '', 'A subtitle that explains more', '', BODY, '', 'What Happens Next', '', 'More body text that ends.'].join('\n'),
    );
    assert.equal(article.title, 'Main Headline Here');
    assert.equal(article.subtitle, 'A subtitle that explains more');
    assert.deepEqual(
      article.paragraphs.map((p) => p.kind),
      ['body', 'subheading', 'body'],
    );
    assert.deepEqual(removedAs(article, 'headline'), ['Main Headline Here', 'A subtitle that explains more']);
  });

  it('does not make a heading-shaped last line a subheading', () => {
    const article = parseArticle('a', `${BODY}\n\nThe End`);
    assert.deepEqual(
      article.paragraphs.map((p) => p.kind),
      ['body', 'body'],
    );
  });

  it('rejoins a hard-wrapped article and keeps its heading apart', () => {
    const raw = `Talks Stall as Deadline Nears
The foreign ministers of both countries met in Geneva on Friday for talks that
lasted about ninety minutes, after which neither side announced any progress on
the main issues, officials said.

Officials said a further round of negotiations could take place next week, but
no date has been set and the agenda remains unclear to most of the diplomats.`;
    const article = parseArticle('a', raw);
    assert.equal(article.title, 'Talks Stall as Deadline Nears');
    assert.equal(article.paragraphs.length, 2);
    assert.ok(article.paragraphs[0]?.text.includes('talks that lasted about ninety minutes'));
    assertOffsets(article);
  });

  it('keeps one-line paragraphs separated by single newlines', () => {
    const lines = [
      'The first paragraph is one long line that ends with a full stop, as web copies usually do.',
      'The second paragraph is also one line and could easily be as long as the first one is.',
      'A third.',
    ];
    assert.deepEqual(bodyTexts(parseArticle('a', lines.join('\n'))), lines);
  });

  it('records removed lines in document order', () => {
    const raw = [
      'date 2022-02-01 Support The Moscow Times!',
      'A Headline Here',
      '',
      'Photo: Reuters',
      '',
      BODY,
      '',
      'Related: Other story',
      '',
      'AFP contributed reporting.',
    ].join('\n');
    assert.deepEqual(
      parseArticle('a', raw).removed.map((r) => r.reason),
      ['dateline', 'promotion', 'headline', 'credit', 'related', 'contributor'],
    );
  });
});

describe('parseArticle: markup and MDX-special text survives untouched', () => {
  it('keeps braces, tags and import-like prose as plain paragraph text', () => {
    const lines = [
      '{frontmatter}',
      '<p>The envoy said <b>nothing</b> more.</p>',
      "import x from 'y' is what the note said.",
      'export const a = 1 is what the envoy wrote.',
      'The minister said {this} was <b>fine</b> & ok.',
    ];
    const article = parseArticle('a', lines.join('\n\n'));
    assert.deepEqual(bodyTexts(article), lines);
    assert.ok(article.paragraphs.every((p) => p.kind === 'body'));
    assert.equal(article.title, null);
    assertOffsets(article);
  });

  it('leaves out whole lines of code, keeping their text exactly in the record of removed lines', () => {
    const code = ['<script>alert("x")</script>', "import x from 'y';", 'export const a = 1;'];
    const article = parseArticle('a', [...code, 'The minister said the talks were over.'].join('\n\n'));
    assert.deepEqual(bodyTexts(article), ['The minister said the talks were over.']);
    assert.deepEqual(removedAs(article, 'code'), code);
  });
});

describe('parseArticle: dates', () => {
  it('has no date without a dateline', () => {
    const article = parseArticle('a', `${BODY}\n\nOn February 1, 2022 the talks began.`);
    assert.equal(article.date, null);
    assert.equal(article.time, null);
    assert.equal(article.dateSource, 'none');
  });

  it('reads a dateline line after the headline and byline', () => {
    const article = parseArticle('a', ['Talks Stall in Geneva', 'By Jane Doe', 'Published: 01/02/2022', '', BODY].join('\n'));
    assert.equal(article.date, '2022-02-01');
    assert.equal(article.dateSource, 'dateline');
    assert.equal(article.byline, 'Jane Doe');
    assert.equal(article.title, 'Talks Stall in Geneva');
    assert.deepEqual(removedAs(article, 'dateline'), ['Published: 01/02/2022']);
  });

  it('prefers a publication date over an "Updated" one', () => {
    const article = parseArticle('a', ['Updated: February 3, 2022 10:00', 'February 1, 2022 08:15', '', BODY].join('\n\n'));
    assert.equal(article.date, '2022-02-01');
    assert.equal(article.time, '08:15');
  });

  it('strips a wire dateline from the first paragraph and uses its agency and date', () => {
    const article = parseArticle('a', `Headline on the Talks\n\nLONDON, February 1, 2022 (Reuters) - ${BODY}\n\nSecond paragraph, ending.`);
    assert.equal(article.paragraphs[0]?.text, BODY);
    assert.equal(article.date, '2022-02-01');
    assert.equal(article.outlet, 'Reuters');
    assert.deepEqual(removedAs(article, 'dateline'), ['LONDON, February 1, 2022 (Reuters) -']);
  });

  it('strips a wire dateline without year but does not guess the year', () => {
    const article = parseArticle('a', `WASHINGTON, Feb 1 (Reuters) - ${BODY}`);
    assert.equal(article.paragraphs[0]?.text, BODY);
    assert.equal(article.date, null);
    assert.equal(article.outlet, 'Reuters');
  });

  it('keeps the clip prefix date over a contradictory dateline', () => {
    const article = parseArticle('a', `date 2022-02-01 EP Thursday, February 3, 2022, 09:49\n\n${BODY}`);
    assert.equal(article.date, '2022-02-01');
    assert.equal(article.time, null);
    assert.equal(article.outlet, 'Europa Press');
  });
});

describe('parseArticle: outlet', () => {
  it('strips a headline suffix that names the only known outlet', () => {
    const article = parseArticle('a', `Russia Rejects Demands | Reuters\n\n${BODY}`);
    assert.equal(article.title, 'Russia Rejects Demands');
    assert.equal(article.outlet, 'Reuters');
    assert.equal(article.attributedTo, null);
  });

  it('keeps the full headline when stronger evidence names another outlet', () => {
    const article = parseArticle('a', `Support The Moscow Times!\nRussia Rejects Demands – Washington Post\n\n${BODY}`);
    assert.equal(article.title, 'Russia Rejects Demands – Washington Post');
    assert.equal(article.outlet, 'The Moscow Times');
    assert.equal(article.attributedTo, 'The Washington Post');
  });

  it('keeps an unknown suffix as part of the title', () => {
    const article = parseArticle('a', `Russia Rejects Demands - Live Updates\n\n${BODY}`);
    assert.equal(article.title, 'Russia Rejects Demands - Live Updates');
    assert.equal(article.outlet, null);
  });

  it('prefers copyright over a dateline abbreviation and a byline', () => {
    const raw = `EP February 1, 2022\n\nBy Jane Doe, Associated Press\n\n${BODY}\n\n© 2022 The Guardian`;
    assert.equal(parseArticle('a', raw).outlet, 'The Guardian');
    assert.equal(parseArticle('a', raw.replace('\n\n© 2022 The Guardian', '')).outlet, 'Europa Press');
  });

  it('takes the outlet from a byline when nothing stronger is there', () => {
    assert.equal(parseArticle('a', `By Jane Doe, Associated Press\n\n${BODY}`).outlet, 'Associated Press');
  });

  it('does not take the outlet from a linked source or a photo credit', () => {
    const article = parseArticle('a', `${BODY}\nhttps://tass.ru/politika/1\n\nImage: AP`);
    assert.equal(article.outlet, null);
    assert.deepEqual(article.links, ['https://tass.ru/politika/1']);
  });
});

describe('parseArticle: links', () => {
  it('collects link lines and inline URLs, removing only the link lines', () => {
    const raw = `${BODY}\n https://example.com/original \n\nThe statement (see https://gov.example/a_(b).) was brief.\n\nwww.example.org/x`;
    const article = parseArticle('a', raw);
    assert.deepEqual(article.links, ['https://example.com/original', 'https://gov.example/a_(b)', 'www.example.org/x']);
    assert.deepEqual(removedAs(article, 'link'), ['https://example.com/original', 'www.example.org/x']);
    assert.ok(article.text.includes('(see https://gov.example/a_(b).)'));
  });
});

describe('parseArticle: sidecar metadata overrides the text', () => {
  const raw = `date 2022-02-01 EP Tuesday, February 1, 2022, 09:49\nA Headline Here\n\n${BODY}`;

  it('uses metadata date, outlet, title, byline, url and language', () => {
    const article = parseArticle('a', raw, {
      date: '2022-02-05',
      outlet: 'Some Outlet',
      title: 'Editor Title',
      byline: 'Editor Byline',
      url: 'https://example.com/a',
      language: 'es',
    });
    assert.equal(article.date, '2022-02-05');
    assert.equal(article.dateSource, 'metadata');
    assert.equal(article.time, null, 'the dateline time belongs to another day');
    assert.equal(article.outlet, 'Some Outlet');
    assert.equal(article.title, 'Editor Title');
    assert.equal(article.byline, 'Editor Byline');
    assert.equal(article.url, 'https://example.com/a');
    assert.equal(article.language, 'es');
    assert.deepEqual(removedAs(article, 'headline'), ['A Headline Here']);
  });

  it('keeps the dateline time when the metadata date is the same day', () => {
    const article = parseArticle('a', raw, { date: '2022-02-01' });
    assert.equal(article.dateSource, 'metadata');
    assert.equal(article.time, '09:49');
  });

  it('derives the outlet from the metadata url when no outlet is given', () => {
    const article = parseArticle('a', `${BODY}`, { url: 'https://www.themoscowtimes.com/2022/02/01/x' });
    assert.equal(article.outlet, 'The Moscow Times');
  });
});

describe('parseArticle: language', () => {
  it('guesses the language of the body when no sidecar says', () => {
    assert.equal(parseArticle('a', BODY).language, 'en');
    assert.equal(parseArticle('a', 'El ministro dijo que las conversaciones de la semana continuarán en la capital.').language, 'es');
    assert.equal(parseArticle('a', 'Министр заявил, что переговоры продолжатся на следующей неделе.').language, 'ru');
  });
});

describe('parseArticle: dates inside the body', () => {
  it('keeps a bare date inside the body as a subheading, but removes a labelled one', () => {
    const article = parseArticle('a', [BODY, 'February 2, 2022', 'More text that ends here.', 'Updated: February 3, 2022'].join('\n\n'));
    assert.deepEqual(
      article.paragraphs.map((p) => [p.kind, p.text]),
      [
        ['body', BODY],
        ['subheading', 'February 2, 2022'],
        ['body', 'More text that ends here.'],
      ],
    );
    assert.equal(article.date, '2022-02-03');
    assert.deepEqual(removedAs(article, 'dateline'), ['Updated: February 3, 2022']);
  });
});

describe('the headline reader takes only the headline', () => {
  const BODY2 = 'The foreign minister said on Tuesday that the talks would continue next week.';
  for (const [what, lines] of [
    ['a URL', ['https://example.org/story/123']],
    ['code', ["const player = require('embed-player');", 'player.load();']],
    ['a URL and code', ['https://example.org/story/123', 'var _gaq = _gaq || [];']],
    ['markup', ['<div class="video-embed">']],
  ] as const) {
    it(`when ${what} follows it on the next lines`, () => {
      const article = parseArticle('a', ['Russia Replies to Washington', ...lines, '', BODY2].join('\n'));
      assert.equal(article.title, 'Russia Replies to Washington');
      assert.equal(article.text, BODY2);
      assert.deepEqual(
        article.removed.filter((r) => r.reason === 'code' || r.reason === 'link').map((r) => r.text),
        [...lines],
      );
    });
  }
});
