/** Phenomenon 1: direct quotes and how their marks are read. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractArticle } from '../../src/pipeline/extract/extract-article.ts';
import { addresseeIds, describeAll, extract, only, parse, registry, speech, when } from './support.ts';

const DATE = '2024-03-14'; // a Thursday

describe('direct quotes: the words exactly as the article gives them', () => {
  it('a spaced ellipsis inside the quotation stays as it is printed', () => {
    const s = only(speech('“The ferry . . . will run again in May,” Ana Ruiz said. “Absolutely. . . . We promised it.”', { date: DATE }), 'ferry');
    assert.equal(s.words, 'The ferry . . . will run again in May … Absolutely. . . . We promised it.');
  });
});

describe('direct quotes: curly and straight quotation marks', () => {
  it('reads a curly-quoted statement after a colon', () => {
    const all = speech('Freedonian Foreign Minister Ana Ruiz said on Wednesday: “We will not accept any ultimatum from our neighbours.”', { date: DATE });
    assert.equal(all.length, 1, describeAll(all));
    const s = all[0]!;
    assert.equal(s.speaker.id, 'ana-ruiz');
    assert.equal(s.direct, true);
    assert.equal(s.kind, 'statement');
    assert.equal(s.words, 'We will not accept any ultimatum from our neighbours.');
    assert.equal(s.cue, 'said');
  });

  it('reads a straight-quoted statement the same way', () => {
    const all = speech('Ana Ruiz said: "Our patience with the fishing fleet has limits."', { date: DATE });
    assert.equal(all.length, 1, describeAll(all));
    assert.equal(all[0]!.speaker.id, 'ana-ruiz');
    assert.equal(all[0]!.direct, true);
    assert.equal(all[0]!.words, 'Our patience with the fishing fleet has limits.');
  });

  it('reads an inverted attribution ("…,” said NAME) and drops the trailing comma', () => {
    const s = only(speech('“The toll road will stay closed until the inspections are over,” said Ana Ruiz.', { date: DATE }), 'toll road');
    assert.equal(s.speaker.id, 'ana-ruiz');
    assert.equal(s.words, 'The toll road will stay closed until the inspections are over');
  });

  it('keeps the question mark of a quoted question and reads "asked" as the cue', () => {
    const s = only(speech('“Who benefits from closing the river to our boats?” asked Tomas Brenner.', { date: DATE }), 'Who benefits');
    assert.equal(s.speaker.id, 'tomas-brenner');
    assert.equal(s.words, 'Who benefits from closing the river to our boats?');
    assert.equal(s.cue, 'asked');
  });
});

describe("direct quotes: marks written as two apostrophes ('')", () => {
  it("''…'' is a quotation, and the speaker after it says it", () => {
    const s = only(speech("''We will not reopen the crossing this winter,'' Ana Ruiz said.", { date: DATE }), 'reopen the crossing');
    assert.equal(s.speaker.id, 'ana-ruiz');
    assert.equal(s.direct, true);
    assert.equal(s.words, 'We will not reopen the crossing this winter');
  });

  it("a quotation split around its attribution is read as one speaker's", () => {
    const all = speech("''The river belongs to both of us,'' said Tomas Brenner. ''We will share every drop of it with the farmers downstream.''", {
      date: DATE,
    });
    assert.ok(all.length > 0, describeAll(all));
    assert.ok(
      all.every((s) => s.speaker.id === 'tomas-brenner'),
      describeAll(all),
    );
    assert.ok(
      all.some((s) => s.words.includes('share every drop')),
      describeAll(all),
    );
  });

  it("a single quote nested at the end of the quotation (,''') stays inside it", () => {
    const s = only(speech("''Nobody here believes the 'temporary closure,''' Ana Ruiz said.", { date: DATE }), 'Nobody here');
    assert.equal(s.words, "Nobody here believes the 'temporary closure,'");
  });

  it("a reporting verb inside the quotation is not the writer's", () => {
    const all = speech("''Sylvania said it would help, and it did not,'' Ana Ruiz told reporters on Tuesday.", { date: DATE });
    assert.deepEqual(
      all.map((s) => s.speaker.id),
      ['ana-ruiz'],
      describeAll(all),
    );
  });

  it("a stop, '' and a capital end a sentence", () => {
    const all = speech("Ana Ruiz said the talks had failed. ''We tried everything we could think of,'' Tomas Brenner said.", { date: DATE });
    assert.deepEqual(
      all.map((s) => s.speaker.id),
      ['ana-ruiz', 'tomas-brenner'],
      describeAll(all),
    );
  });
});

describe('direct quotes: nested single quotes', () => {
  it('keeps curly single quotes inside a curly double quote as part of the words', () => {
    const all = speech('“The phrase ‘temporary measure’ means nothing to us,” Sylvanian Foreign Minister Tomas Brenner said.', { date: DATE });
    assert.equal(all.length, 1, describeAll(all));
    assert.equal(all[0]!.speaker.id, 'tomas-brenner');
    assert.equal(all[0]!.words, 'The phrase ‘temporary measure’ means nothing to us');
  });

  it('keeps straight single quotes inside a straight double quote', () => {
    const all = speech(`"The word 'temporary' means nothing to our farmers," Brenner said.`, { date: DATE });
    assert.equal(all.length, 1, describeAll(all));
    assert.equal(all[0]!.speaker.id, 'tomas-brenner');
    assert.equal(all[0]!.words, "The word 'temporary' means nothing to our farmers");
  });
});

describe('direct quotes: a quote of several sentences stays one quote', () => {
  it('gives one statement with all three sentences', () => {
    const all = speech('“We have waited long enough. The border must reopen this spring. Nobody gains from this standoff,” Ana Ruiz said.', { date: DATE });
    assert.equal(all.length, 1, describeAll(all));
    assert.equal(all[0]!.speaker.id, 'ana-ruiz');
    assert.equal(all[0]!.words, 'We have waited long enough. The border must reopen this spring. Nobody gains from this standoff');
  });
});

describe('direct quotes: a question or exclamation, then a capitalised name and the verb', () => {
  for (const [form, text] of [
    ['curly marks', '“Who is going to pay for the new dam?” Dana Kovic asked reporters.'],
    ['two apostrophes', "''Who is going to pay for the new dam?'' Mr. Otten asked."],
    ['an exclamation', '“We will never give up the river to anyone!” Dana Kovic said.'],
    [
      'a topic and a time after the verb',
      '“Who do they think they are?” Dana Kovic said of the ferry company in March, when the firm refused to cut its fares.',
    ],
  ] as const) {
    it(`is one sentence, the question the speaker's (${form})`, () => {
      const all = speech(text, { date: DATE, registry: 'none' });
      assert.equal(all.length, 1, describeAll(all));
      assert.match(all[0]!.speaker.id, /^(?:dana-kovic|otten)$/);
      assert.match(all[0]!.words, /[?!]$/, 'the words are the quotation');
    });
  }

  it('a sentence of its own after the name is not swallowed: "“…?” Kovic asked. Lenz said …"', () => {
    const all = speech('“Will the ferry run on Sunday?” Dana Kovic asked. Ivo Lenz said the count would resume on Monday.', { date: DATE, registry: 'none' });
    assert.deepEqual(
      all.map((s) => s.speaker.id),
      ['dana-kovic', 'ivo-lenz'],
      describeAll(all),
    );
  });

  it('a quotation of its own after the name starts a sentence: "… “…?” Lenz then replied, “…”"', () => {
    const all = speech('Dana Kovic asked Ivo Lenz, “Whose boats are those?” Lenz then replied, “Because the river is low.”', { date: DATE, registry: 'none' });
    assert.deepEqual(
      all.map((s) => [s.speaker.id, s.words]),
      [
        ['dana-kovic', 'Whose boats are those?'],
        ['ivo-lenz', 'Because the river is low.'],
      ],
      describeAll(all),
    );
  });
});

describe('direct quotes: a lead-in ending in a colon, the quotation in the next paragraph', () => {
  it('"In a speech two summers ago, he said:" gives the quotation to him, and the scene is no statement', () => {
    const text =
      'Ivo Lenz toured the dam on Monday. In a speech two summers ago, he said:\n\n“We will not give up a single drop of the river to anyone, ever.”';
    const all = speech(text, { date: DATE, registry: 'none' });
    assert.deepEqual(
      all.map((s) => [s.speaker.id, s.words]),
      [['ivo-lenz', 'We will not give up a single drop of the river to anyone, ever.']],
      describeAll(all),
    );
  });

  it('"X posted this tweet:", "told the farmers, to loud applause:" report nothing themselves: they lead into the quotation', () => {
    for (const lead of ['Ana Ruiz posted this message:', 'Ana Ruiz told the farmers, to loud applause:', 'Ana Ruiz went on to say:']) {
      const all = speech(`${lead}\n\n“The ferry will run all winter, whatever the council decides.”`, { date: DATE });
      assert.deepEqual(
        all.map((s) => [s.speaker.id, s.words]),
        [['ana-ruiz', 'The ferry will run all winter, whatever the council decides.']],
        describeAll(all),
      );
    }
  });

  it('a paragraph with no quotation marks after "X writes:" is the passage X wrote, set off as a block', () => {
    const all = extract('Mara Quist writes:\n\nThe ferry plan mentions neither the mayor nor the council. It was drafted in a hurry.', {
      date: DATE,
      registry: 'none',
    });
    assert.deepEqual(
      all.map((s) => [s.speaker.id, s.words]),
      [['mara-quist', 'The ferry plan mentions neither the mayor nor the council. It was drafted in a hurry.']],
      describeAll(all),
    );
  });

  it('the block ends before a sentence that reports words of its own', () => {
    const all = extract('Mara Quist writes:\n\nThe ferry plan mentions neither the mayor nor the council. Ivo Lenz said it was drafted in a hurry.', {
      date: DATE,
      registry: 'none',
    });
    assert.deepEqual(
      all.map((s) => [s.speaker.id, s.words]),
      [
        ['mara-quist', 'The ferry plan mentions neither the mayor nor the council.'],
        ['ivo-lenz', 'it was drafted in a hurry'],
      ],
      describeAll(all),
    );
  });

  it('not after a label with a colon, nor after what a poll found', () => {
    for (const text of [
      'Wednesday:\n\nThe ferry plan mentions neither the mayor nor the council.',
      'The harbour survey found:\n\nThe ferry plan has a margin of error of three points.',
    ]) {
      assert.deepEqual(extract(text, { date: DATE, registry: 'none' }), [], text);
    }
  });
});

describe('direct quotes: a quotation opening the sentence, words of the writer, then the verb', () => {
  it('"“…” that the levy can pass, said X" is one statement by X, its words the quoted ones', () => {
    const text = '“Nobody on the council believes a word of it, least of all me” that the levy can pass, said Brant Lowe, a pollster in Lakeview.';
    const all = speech(text, { date: DATE, registry: 'none' });
    assert.deepEqual(
      all.map((s) => [s.speaker.id, s.words]),
      [['brant-lowe', 'Nobody on the council believes a word of it, least of all me']],
      describeAll(all),
    );
  });
});

describe('direct quotes: "…,” she said, adding, “…”" is two statements, one a verb', () => {
  it('gives each quotation to its own verb, said to the same people on the same day', () => {
    const all = speech('“The toll road will stay closed,” Ana Ruiz told reporters, adding, “but the rail line can reopen next month.”', { date: DATE });
    assert.deepEqual(
      all.map((s) => [s.speaker.id, s.direct, s.words, addresseeIds(s), s.when?.date]),
      [
        ['ana-ruiz', true, 'The toll road will stay closed', ['press'], DATE],
        ['ana-ruiz', true, 'but the rail line can reopen next month.', ['press'], DATE],
      ],
      describeAll(all),
    );
  });

  it('keeps what an indirect "adding that …" reports, not only the quote', () => {
    const all = speech('“The toll road will stay closed,” Ana Ruiz said, adding that the rail line could reopen next month.', { date: DATE });
    const ruiz = all.filter((s) => s.speaker.id === 'ana-ruiz');
    assert.ok(
      ruiz.some((s) => s.words.includes('The toll road will stay closed')),
      describeAll(all),
    );
    assert.ok(
      ruiz.some((s) => s.words.includes('the rail line could reopen next month')),
      describeAll(all),
    );
  });
});

describe('direct quotes: "He continued, “…”" in a new sentence is a new statement by the same speaker', () => {
  it('gives two statements by the same speaker', () => {
    const text = [
      'Tomas Brenner spoke to the assembly in Port Sylvan about the harbour dispute.',
      '',
      '“We have made three offers,” Brenner said. He continued, “Not one of them has received an answer from Freedonia City.”',
    ].join('\n');
    const all = speech(text, { date: DATE });
    assert.equal(all.length, 2, describeAll(all));
    assert.deepEqual(
      all.map((s) => s.speaker.id),
      ['tomas-brenner', 'tomas-brenner'],
    );
    assert.equal(all[0]!.words, 'We have made three offers');
    assert.equal(all[1]!.words, 'Not one of them has received an answer from Freedonia City.');
    assert.equal(all[1]!.cue, 'continued');
  });

  it('follows the speaker across a paragraph break', () => {
    const text =
      'Tomas Brenner said on Monday that Sylvania would never accept the new quotas.\n\nHe continued, “Our fleet has fished these waters for three centuries.”';
    const s = only(speech(text, { date: DATE }), 'three centuries');
    assert.equal(s.speaker.id, 'tomas-brenner');
    assert.equal(s.direct, true);
  });
});

describe('direct quotes: a quoted sentence with no cue, right after a cued one, goes on with it', () => {
  const text =
    'Ana Ruiz visited the port.\n\n"The cranes will be working by the spring," Ruiz, the Freedonian foreign minister, told reporters. "Our dockers have waited long enough for them."';

  it('is one statement, its fragments joined by " … ", by the speaker named in apposition', () => {
    const all = speech(text, { date: DATE });
    assert.equal(all.length, 1, describeAll(all));
    assert.equal(all[0]!.words, 'The cranes will be working by the spring … Our dockers have waited long enough for them.');
    assert.equal(all[0]!.speaker.id, 'ana-ruiz');
    assert.deepEqual(addresseeIds(all[0]!), ['press']);
  });

  it('takes both sentences in as its excerpt, at its offset in the cleaned text', () => {
    const article = parse(text, { date: DATE });
    const s = only(extract(text, { date: DATE }), 'cranes');
    assert.ok(s.excerpt.endsWith('waited long enough for them."'), s.excerpt);
    assert.equal(article.text.slice(s.offset, s.offset + s.excerpt.length), s.excerpt);
  });
});

describe('direct quotes: a closing mark with no opening mark', () => {
  it('reads the paragraph up to the closing mark as the quote of "the ministry"', () => {
    const text = [
      'The Freedonian Foreign Ministry issued a long statement about the dam.',
      '',
      'The dam threatens every farm downstream and we will defend the river by every lawful means,” the ministry warned.',
    ].join('\n');
    const all = speech(text, { date: DATE });
    const s = only(all, 'dam threatens');
    assert.equal(s.speaker.id, 'freedonian-foreign-ministry');
    assert.equal(s.direct, true);
    assert.equal(s.words, 'The dam threatens every farm downstream and we will defend the river by every lawful means');
    assert.equal(s.cue, 'warned');
  });
});

describe('direct quotes: an opening mark typed where the closing one belongs', () => {
  it('“…,“ closes the quotation when it follows the words and precedes a space', () => {
    const s = only(speech('“The dam will hold through the spring,“ said Tomas Brenner after the vote.', { date: DATE }), 'dam will hold');
    assert.equal(s.speaker.id, 'tomas-brenner');
    assert.equal(s.words, 'The dam will hold through the spring');
  });

  it('an opening mark straight after a colon still opens', () => {
    const s = only(speech('Tomas Brenner said:“The dam will hold through the spring.”', { date: DATE }), 'dam will hold');
    assert.equal(s.speaker.id, 'tomas-brenner');
  });
});

describe('direct quotes: an opening mark with no closing mark', () => {
  const text = [
    'Tomas Brenner spoke to parliament about the dam on Tuesday.',
    '',
    'Brenner said: “Freedonia has ignored every warning we have sent about the water levels and the dam.',
    '',
    'Freedonia City did not respond to a request for comment.',
  ].join('\n');

  it('runs the quote to the end of its paragraph and no further', () => {
    const all = speech(text, { date: DATE });
    const s = only(all, 'ignored every warning');
    assert.equal(s.speaker.id, 'tomas-brenner');
    assert.equal(s.direct, true);
    assert.equal(s.words, 'Freedonia has ignored every warning we have sent about the water levels and the dam.');
    assert.ok(!all.some((x) => x.words.includes('request for comment')), describeAll(all));
  });

  it('warns that the marks do not pair up', () => {
    const result = extractArticle(parse(text, { date: DATE }), registry());
    assert.ok(
      result.warnings.some((w) => w.kind === 'unbalanced-quotes'),
      JSON.stringify(result.warnings),
    );
  });
});

describe('direct quotes: excerpt and offset point at the reporting sentence', () => {
  it('gives the sentence as excerpt and its offset in the cleaned text', () => {
    const text = 'Ana Ruiz visited the port.\n\n“The cranes will be working again by the spring,” she said.';
    const article = parse(text, { date: DATE });
    const s = only(extract(text, { date: DATE }), 'cranes');
    assert.equal(s.excerpt, '“The cranes will be working again by the spring,” she said.');
    assert.equal(article.text.slice(s.offset, s.offset + s.excerpt.length), s.excerpt);
  });
});

describe('direct quotes: a coordinated verb after the quote', () => {
  it('"X urged Y to “…” and said she would …": the quote is what X urged, to Y, not what she said next', () => {
    const text = 'Ana Ruiz urged Sylvania to “return to the table without conditions” and said she would travel to Port Sylvan on Friday.';
    const urged = only(extract(text, { date: '2024-03-14' }), 'return to the table');
    assert.equal(urged.speaker.id, 'ana-ruiz');
    assert.equal(urged.cue, 'urged');
    assert.deepEqual(addresseeIds(urged), ['sylvania']);
    // Friday is when she will travel, not when she urged.
    assert.equal(when(urged), '2024-03-14..2024-03-14/day');
  });
});

describe('direct quotes: verbs of manner', () => {
  for (const verb of ['confided', 'mused', 'whispered', 'exclaimed', 'scoffed', 'opined', 'marveled']) {
    it(`“…,” X ${verb}: the quote is X's`, () => {
      const s = only(speech(`“The water will come back in April,” Ana Ruiz ${verb}.`, { date: '2024-03-14' }), 'water');
      assert.equal(s.speaker.id, 'ana-ruiz');
      assert.equal(s.direct, true);
    });
  }
});

describe('direct quotes: who says it, described by a relative clause', () => {
  it('"“…,” said one owner of a shop that sells boots who declined to be named": the relative clauses describe the speaker', () => {
    const s = only(
      speech('“We were told lies,” said one owner of a shop that sells boots who declined to be named for fear of the board.', { date: DATE }),
      'told lies',
    );
    assert.equal(s.speaker.name, 'Unnamed owner');
  });

  it('a quotation right after ", in which he declares," is what the relative clause declares', () => {
    const all = speech('Tomas Brenner is airing an advert in the valley, in which he declares, “The river belongs to the farmers.”', { date: DATE });
    assert.deepEqual(
      all.map((s) => [s.speaker.id, s.words, s.direct]),
      [['tomas-brenner', 'The river belongs to the farmers.', true]],
      describeAll(all),
    );
  });
});

describe('direct quotes: markup left in copy', () => {
  it('the marks inside a tag delimit attributes, never a quotation; the tag is no part of who speaks or what was said', () => {
    const all = speech('<tweet id="1" author="@harbourdesk" datetime="2024-03-14">Ivo Lenz told me the ferry breaks the rules.</tweet>', {
      date: DATE,
      registry: 'none',
    });
    assert.deepEqual(
      all.map((s) => [s.speaker.name, s.words, s.direct]),
      [['Ivo Lenz', 'the ferry breaks the rules', false]],
      describeAll(all),
    );
  });
});
