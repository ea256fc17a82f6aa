/** Phenomena 2 and 3: partial quotes inside reported speech, and indirect speech. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addresseeIds, content, describeAll, extract, only, paragraphs, speech, when } from './support.ts';

const DATE = '2024-03-14'; // a Thursday

describe('partial quotes inside reported speech', () => {
  it('joins the quoted fragments with " … ", keeps speaker and addressee, and is direct', () => {
    const all = speech('Sylvanian Foreign Minister Tomas Brenner told Ana Ruiz that he will "carefully study" the proposals and "decide on further actions."', {
      date: DATE,
    });
    assert.equal(all.length, 1, describeAll(all));
    const s = all[0]!;
    assert.equal(s.speaker.id, 'tomas-brenner');
    assert.deepEqual(addresseeIds(s), ['ana-ruiz']);
    assert.equal(s.direct, true);
    assert.equal(s.words, 'carefully study … decide on further actions.');
  });

  it('does the same with curly marks and a bloc official', () => {
    const all = speech('Marta Olsen told Tomas Brenner that the League would “look closely” at the complaint and “respond within days.”', { date: DATE });
    assert.equal(all.length, 1, describeAll(all));
    assert.equal(all[0]!.speaker.id, 'marta-olsen');
    assert.deepEqual(addresseeIds(all[0]!), ['tomas-brenner']);
    assert.equal(all[0]!.direct, true);
    assert.equal(all[0]!.words, 'look closely … respond within days.');
  });
});

describe('indirect speech: "X said that …"', () => {
  it('gives the reported content as words, not direct', () => {
    const all = speech('Ana Ruiz said that Freedonia would reopen the northern crossing to lorries by the end of the month.', { date: DATE });
    assert.equal(all.length, 1, describeAll(all));
    assert.equal(all[0]!.speaker.id, 'ana-ruiz');
    assert.equal(all[0]!.direct, false);
    assert.equal(all[0]!.kind, 'statement');
    assert.equal(content(all[0]!), 'Freedonia would reopen the northern crossing to lorries by the end of the month');
  });

  it('reads "X said" without "that" too', () => {
    const all = speech('Ruiz said the delegation expected a written offer from Port Sylvan within a week.', { date: DATE });
    assert.equal(all.length, 1, describeAll(all));
    assert.equal(all[0]!.speaker.id, 'ana-ruiz');
    assert.equal(all[0]!.direct, false);
    assert.equal(content(all[0]!), 'the delegation expected a written offer from Port Sylvan within a week');
  });
});

describe('indirect speech: "X told Y …"', () => {
  it('with "that": Y is the addressee and not part of the words', () => {
    const all = speech('Tomas Brenner told Ana Ruiz on Tuesday that the quotas would be reviewed.', { date: DATE });
    assert.equal(all.length, 1, describeAll(all));
    assert.equal(all[0]!.speaker.id, 'tomas-brenner');
    assert.deepEqual(addresseeIds(all[0]!), ['ana-ruiz']);
    assert.equal(all[0]!.direct, false);
    assert.equal(content(all[0]!), 'the quotas would be reviewed');
  });

  it('without "that": Y is still the addressee and not part of the words', () => {
    const all = speech('Tomas Brenner told Ana Ruiz the fishing quotas would be reviewed before the summer season.', { date: DATE });
    assert.equal(all.length, 1, describeAll(all));
    assert.equal(all[0]!.speaker.id, 'tomas-brenner');
    assert.deepEqual(addresseeIds(all[0]!), ['ana-ruiz']);
    assert.equal(content(all[0]!), 'the fishing quotas would be reviewed before the summer season');
  });

  it('a second verb of the same subject keeps its addressee and its words: "X joked about …, and told Y …"', () => {
    const all = speech('Tomas Brenner joked about the ferry, declined to praise the dam, and told Ana Ruiz the quotas would be reviewed.', { date: DATE });
    const told = only(all, 'quotas would be reviewed');
    assert.equal(told.cue, 'told');
    assert.ok(!all.some((s) => s.cue === 'joked' && s.words.includes('quotas')), describeAll(all));
    assert.deepEqual(addresseeIds(told), ['ana-ruiz']);
  });

  it('"did not mention … but did note that …": one statement, not the same one twice', () => {
    const all = speech('Tomas Brenner did not mention the dam but did note that the quotas would be reviewed.', { date: DATE });
    assert.equal(all.length, 1, describeAll(all));
    assert.equal(content(all[0]!), 'the quotas would be reviewed');
  });
});

describe('indirect speech: "according to X, …"', () => {
  it('makes X the speaker when X is a person', () => {
    const all = speech('According to Marta Olsen, the League has no plans to send observers to the border region.', { date: DATE });
    assert.equal(all.length, 1, describeAll(all));
    assert.equal(all[0]!.speaker.id, 'marta-olsen');
    assert.equal(all[0]!.direct, false);
    assert.equal(content(all[0]!), 'the League has no plans to send observers to the border region');
  });

  it('makes a group X the speaker when what follows describes it ("according to engineers who have seen the reports")', () => {
    for (const tail of ['engineers who have seen the reports', 'engineers in a court filing']) {
      const s = only(speech(`The dam gates leaked in 2010, according to ${tail}.`, { date: DATE }), 'leaked');
      assert.equal(s.speaker.name, 'Engineers');
      assert.equal(content(s), 'The dam gates leaked in 2010');
    }
  });

  it('gives no statement when X is a news outlet named as such', () => {
    const all = speech('According to the Daily Sylvanian newspaper, the League has no plans to send observers to the border region.', { date: DATE });
    assert.deepEqual(all, [], describeAll(all));
  });

  it('gives no statement when X is a known wire service', () => {
    const all = speech('According to Reuters, the League has no plans to send observers to the border region.', { date: DATE });
    assert.deepEqual(all, [], describeAll(all));
  });

  it('gives no statement when X is a newspaper known only by its name ("the Port Sylvan Herald")', () => {
    const all = speech('According to the Port Sylvan Herald, the League has no plans to send observers to the border region.', { date: DATE });
    assert.deepEqual(all, [], describeAll(all));
  });
});

describe('indirect speech: "X denied that …" is a denial', () => {
  it('gives kind denial with the denied content', () => {
    const all = speech('Tomas Brenner denied that Sylvania had moved troops closer to the river crossing.', { date: DATE });
    assert.equal(all.length, 1, describeAll(all));
    assert.equal(all[0]!.kind, 'denial');
    assert.equal(all[0]!.speaker.id, 'tomas-brenner');
    assert.equal(all[0]!.direct, false);
    assert.equal(content(all[0]!), 'Sylvania had moved troops closer to the river crossing');
  });

  it('reads "rejected" by a capital as a denial by its country', () => {
    const all = speech('Freedonia City on Wednesday rejected the proposal for a joint commission on the estuary.', { date: DATE });
    assert.equal(all.length, 1, describeAll(all));
    assert.equal(all[0]!.kind, 'denial');
    assert.equal(all[0]!.speaker.id, 'freedonia');
  });
});

describe('indirect speech: a readout relays what one side told the other', () => {
  it('makes the person in the readout the speaker and the one told the addressee', () => {
    const all = speech('A readout from the Freedonian Foreign Ministry said Ana Ruiz told Tomas Brenner that the talks should resume in neutral territory.', {
      date: DATE,
    });
    assert.equal(all.length, 1, describeAll(all));
    assert.equal(all[0]!.speaker.id, 'ana-ruiz');
    assert.deepEqual(addresseeIds(all[0]!), ['tomas-brenner']);
    assert.equal(all[0]!.direct, false);
    assert.equal(content(all[0]!), 'the talks should resume in neutral territory');
  });
});

describe('indirect speech: the content first, "…, X said"', () => {
  it('a content opening with "The" is what was said, not part of the speaker', () => {
    const s = only(speech('The answer of the Sylvanian side does not satisfy Freedonia, Ana Ruiz said on Tuesday.', { date: DATE }), 'answer');
    assert.equal(s.speaker.id, 'ana-ruiz');
    assert.equal(content(s), 'The answer of the Sylvanian side does not satisfy Freedonia');
  });

  it('a full title with "and" in its portfolio, and an agency’s "correspondent reports" tag, leave the name and the content', () => {
    const text =
      'The answer does not satisfy Freedonia, Minister of Water Resources and Irrigation of the Republic of Chile Pablo Soto said at a briefing, Kazinform correspondent reports.';
    const s = only(speech(text, { date: DATE, registry: 'none' }), 'answer');
    assert.equal(s.speaker.name, 'Pablo Soto');
    assert.equal(content(s), 'The answer does not satisfy Freedonia');
  });

  it('a present-tense cue ("states", "notes") reports too, before "that"; "member states" is no verb', () => {
    const s = only(speech('In the letter, Tomas Brenner states that the quotas were kept.', { date: DATE }), 'quotas');
    assert.equal(s.speaker.id, 'tomas-brenner');
    const letter = only(
      extract('In a letter to League member states dated the 3rd of last month, Ana Ruiz wrote that the quotas were kept.', { date: DATE }),
      'quotas',
    );
    assert.equal(letter.speaker.id, 'ana-ruiz');
    assert.equal(letter.when?.date, '2024-02-03');
  });
});

describe('indirect speech: "X was quoted as saying …"', () => {
  it('makes X the speaker of the content', () => {
    const s = only(speech('Sergei Valenko was quoted as saying that the dam project would go ahead regardless of objections.', { date: DATE }), 'dam project');
    assert.equal(s.speaker.id, 'sergei-valenko');
    assert.equal(s.direct, false);
    assert.equal(content(s), 'the dam project would go ahead regardless of objections');
  });
});

describe('indirect speech: "the ministry quoted X as saying …"', () => {
  it('makes X the speaker, not the body that quotes X', () => {
    const all = speech('The Sylvanian Embassy quoted Tomas Brenner as saying that the dam would be finished by spring.', { date: DATE });
    const s = only(all, 'dam would be finished');
    assert.equal(s.speaker.id, 'tomas-brenner');
    assert.equal(all.length, 1, describeAll(all));
  });

  it('"because the talks are confidential" ties nothing to talks still to come', () => {
    const text = paragraphs(
      'Marta Olsen will host Ana Ruiz and Tomas Brenner for talks on Saturday, the League said on Thursday.',
      'A League official, speaking on condition of anonymity because the talks are confidential, said the bloc was ready to mediate.',
    );
    const s = only(speech(text, { date: DATE }), 'ready to mediate');
    assert.equal(s.when?.date, DATE);
  });

  it('said of a call the article dated, it is dated by the call', () => {
    const text =
      'Ana Ruiz spoke by phone with Tomas Brenner on Tuesday.\n\nIn its account of the call, the Sylvanian Embassy quoted Brenner as saying: “Water should unite us.”';
    const s = only(speech(text, { date: DATE }), 'unite us');
    assert.equal(s.speaker.id, 'tomas-brenner');
    assert.equal(s.when?.date, '2024-03-12');
  });
});

describe('indirect speech: a following sentence with "added that" is a separate statement by the same speaker', () => {
  it('resolves the surname and keeps the two contents apart', () => {
    const all = speech(
      'Deputy Trade Minister Otto Brandt said the export ban on timber would be lifted. Brandt added that inspections would start next week.',
      { date: DATE },
    );
    assert.equal(all.length, 2, describeAll(all));
    assert.deepEqual(
      all.map((s) => s.speaker.name),
      ['Otto Brandt', 'Otto Brandt'],
    );
    assert.equal(content(all[0]!), 'the export ban on timber would be lifted');
    assert.equal(content(all[1]!), 'inspections would start next week');
  });
});

describe('indirect speech: "X said A, adding that B" is two statements', () => {
  it('each clause keeps its own words', () => {
    const all = speech('Dana Kovic said the toll was unfair, adding that nobody had asked the farmers about it.', { date: DATE, registry: 'none' });
    assert.deepEqual(
      all.map((s) => [s.speaker.id, s.words]),
      [
        ['dana-kovic', 'the toll was unfair'],
        ['dana-kovic', 'that nobody had asked the farmers about it'],
      ],
      describeAll(all),
    );
  });

  it('"X said A - but she conceded that B" is two statements, and the conjunction belongs to neither', () => {
    for (const sentence of [
      'Mara Quist said the weir had been mended last spring - but she conceded that the sluice still leaked.',
      'Mara Quist said the weir had been mended last spring, and she later conceded that the sluice still leaked.',
    ]) {
      const all = speech(sentence, { date: DATE, registry: 'none' });
      assert.deepEqual(
        all.map((s) => [s.speaker.id, s.words]),
        [
          ['mara-quist', 'the weir had been mended last spring'],
          ['mara-quist', 'that the sluice still leaked'],
        ],
        describeAll(all),
      );
    }
  });

  it('a dash aside that opens with "and" is no clause of its own: "Farmers - and some traders - say …"', () => {
    const all = speech('Farmers - and some traders - say that the levy falls hardest on them.', { date: DATE, registry: 'none' });
    assert.equal(all.length, 1, describeAll(all));
    assert.equal(all[0]!.words, 'that the levy falls hardest on them');
  });

  it('a verb with only an object goes on in the participle: "announced the toll last month, saying …" is one statement', () => {
    const all = speech('Freedonia announced the new toll last month, saying it wanted the farmers to pay for the dam.', { date: DATE, registry: 'none' });
    assert.equal(all.length, 1, describeAll(all));
    assert.match(all[0]!.words, /farmers to pay/);
  });
});

describe('reporting verbs: every form of the verb table', () => {
  it('any form of a reporting verb reports: "noting", "suggests", "argued", "pointed out"', () => {
    for (const [text, needle] of [
      ['Ana Ruiz, noting that the river was low, said the gates would stay shut.', 'river was low'],
      ['Tomas Brenner suggests that the quotas be cut by a tenth next summer.', 'quotas be cut'],
      ['Ana Ruiz pointed out that the border had been open for forty years.', 'open for forty years'],
      ['Tomas Brenner is telling farmers that the water will come back in May.', 'water will come back'],
      ['Ana Ruiz thinks the reservoir will be full again by June.', 'reservoir will be full'],
      ['The ministry estimated that forty villages had lost their wells.', 'forty villages'],
      ['“Who pays for the canal?” interjected Tomas Brenner.', 'Who pays for the canal?'],
      ['“Not one more dam,” reacted Ana Ruiz.', 'Not one more dam'],
      ['“Nobody read the report,” Ana Ruiz fumed on Tuesday.', 'Nobody read the report'],
      ['Tomas Brenner worried that the canal would silt up within a year.', 'canal would silt up'],
      ['Ana Ruiz defended her deputy as “a very honest engineer” on Tuesday.', 'very honest engineer'],
      ['Tomas Brenner ripped the water board for acting as “judge and jury” in the dispute.', 'judge and jury'],
      ['Ana Ruiz speculated that the canal would never be finished.', 'never be finished'],
      ['Ana Ruiz tried to explain that the toll would only last a year.', 'only last a year'],
      ['Tomas Brenner continued to insist that the dam was safe.', 'dam was safe'],
      ['Ana Ruiz took pains to say that the levy would be spent on the canal.', 'spent on the canal'],
      ['Tomas Brenner went out of his way to stress that the sluice was sound.', 'sluice was sound'],
      ['Tomas Brenner pivoted to arguing that the flood was one more reason to raise the dam.', 'one more reason'],
      ['Tomas Brenner groused to a crowd in Port Sylvan that the Gazette “never treats me properly.”', 'never treats me properly'],
      ['Ana Ruiz ended the session by telling farmers that the levy would fall next year.', 'levy would fall'],
      ['“Not one more drop for the city,” Tomas Brenner barked.', 'Not one more drop'],
      ['A ministry aide later clarified that Ana Ruiz had misspoken.', 'had misspoken'],
      ['“Open the gates!” the crowd screamed back.', 'Open the gates!'],
      ['Tomas Brenner charged that the ministry had hidden the reports.', 'hidden the reports'],
    ] as const) {
      const all = speech(text, { date: DATE });
      assert.ok(
        all.some((s) => s.words.includes(needle)),
        `${text}: ${describeAll(all)}`,
      );
    }
  });

  it('what a dash adds after the verb is no part of what was said, nor is an aside between dashes', () => {
    const after = only(
      speech('The toll will rise next year, the Harbour Board reported on Tuesday -- a blow to the ferry crews.', { date: DATE, registry: 'none' }),
      'toll',
    );
    assert.equal(after.words, 'The toll will rise next year');
    const aside = only(speech('Ana Ruiz said — on the radio, as it happens — that the toll would rise.', { date: DATE }), 'toll');
    assert.equal(aside.words, 'that the toll would rise');
  });

  it('a sentence set in brackets reports, without its closing bracket ("(She says …)")', () => {
    const s = only(
      speech('Ana Ruiz spoke on Monday.\n\nThe ferry was late. (She says the sight of the river made her weep.) The board met.', { date: DATE }),
      'river',
    );
    assert.equal(s.speaker.id, 'ana-ruiz');
    assert.equal(s.words, 'the sight of the river made her weep');
  });

  it('"as part of his plea that …": where it was said is not what was said; "pleaded guilty" reports nothing', () => {
    const all = speech('Ivo Lenz pleaded guilty, though he admitted as part of his plea that he broke into the ferry office.', {
      date: DATE,
      registry: 'none',
    });
    assert.deepEqual(
      all.map((s) => [s.cue, s.words]),
      [['admitted', 'that he broke into the ferry office']],
      describeAll(all),
    );
  });

  it('a participle after "while also" goes on with the clause before it ("…, he added, while also saying that …")', () => {
    const all = speech('“The ferry will run,” Tomas Brenner added, while also saying that the toll would rise.', { date: DATE });
    assert.deepEqual(
      all.map((s) => [s.speaker.id, s.words]),
      [
        ['tomas-brenner', 'The ferry will run'],
        ['tomas-brenner', 'that the toll would rise'],
      ],
      describeAll(all),
    );
  });

  it('a gerund after "by" reports for the sentence subject only when words follow, and goes on with a verb of saying before it', () => {
    assert.deepEqual(speech('The valley dealt the board a blow by rejecting the levy in March.', { date: DATE }), []);
    assert.deepEqual(speech('Ana Ruiz defended the levy by emphasizing her work for the farmers.', { date: DATE }), []);
    const all = speech('Tomas Brenner responded by saying that the canal would be finished by May.', { date: DATE });
    assert.deepEqual(
      all.map((s) => [s.speaker.id, s.words]),
      [['tomas-brenner', 'that the canal would be finished by May']],
      describeAll(all),
    );
  });

  it('a verb of two words is one cue ("shot back"), and its subject speaks', () => {
    const s = only(speech('“You promised the farmers water,” Tomas Brenner shot back with a laugh.', { date: DATE }), 'promised the farmers');
    assert.equal(s.speaker.id, 'tomas-brenner');
    assert.equal(s.cue, 'shot back');
  });

  it('a form that is also a noun reports only before "that" or a quotation', () => {
    assert.deepEqual(speech('The claims about the dam were never checked by anyone in Port Sylvan.', { date: DATE }), []);
    assert.deepEqual(speech('The thought of another dry summer kept the farmers of Port Sylvan awake.', { date: DATE }), []);
    assert.deepEqual(speech('Tomas Brenner worried about the canal all through the dry winter.', { date: DATE }), []);
    const s = only(speech('Tomas Brenner claims that the dam was finished in March.', { date: DATE }), 'dam was finished');
    assert.equal(s.speaker.id, 'tomas-brenner');
  });

  it('a verb that judges reports words only with a quotation or "that"', () => {
    assert.deepEqual(speech('Ana Ruiz criticized the plan and left the meeting early on Monday.', { date: DATE }), []);
    assert.deepEqual(speech('Prosecutors charged Tomas Brenner with fraud on Monday.', { date: DATE }), []);
    assert.deepEqual(speech('Ana Ruiz defended her deputy in court on Tuesday.', { date: DATE }), []);
    const s = only(speech('Ana Ruiz slammed the plan as “a gift to the dam builders and nobody else”.', { date: DATE }), 'dam builders');
    assert.equal(s.speaker.id, 'ana-ruiz');
    assert.equal(s.direct, true);
  });

  it('a verb after a modal, or negated a few words before, reports nothing', () => {
    const all = speech('Asked whether Sylvania would recall its ambassador, Tomas Brenner said: “There is no such plan.”', { date: DATE });
    assert.deepEqual(
      all.map((s) => s.speaker.id),
      ['tomas-brenner'],
      describeAll(all),
    );
    assert.deepEqual(speech('Neither side has disclosed the contents of the letters about the river.', { date: DATE }), []);
  });

  it('"…, asking Y to …" goes on with what the clause before reported', () => {
    const s = only(extract('Ana Ruiz said she had written to Tomas Brenner on Monday, asking Sylvania to open the gates.', { date: DATE }), 'open the gates');
    assert.match(s.words, /written to Tomas Brenner/);
  });

  it('a participle after a letter says what the letter said', () => {
    const all = extract('Tomas Brenner met Ana Ruiz in March. Ana Ruiz sent him a second letter last week, proposing a meeting in the capital.', {
      date: DATE,
    });
    const letter = only(all, 'meeting in the capital');
    assert.equal(letter.kind, 'document');
    assert.deepEqual(addresseeIds(letter), ['tomas-brenner']);
    assert.equal(when(letter), '2024-03-04..2024-03-10/week');
  });
});

describe('indirect speech: a setting before the subject is no content', () => {
  it('"On Tuesday, even as the ferry sank, Ruiz wrote to …, telling them …": the words are the participle\'s', () => {
    const all = extract('On Tuesday, even as the ferry was sinking, Ana Ruiz wrote to the farmers, telling them the river was safe.', { date: DATE });
    assert.deepEqual(
      all.map((s) => s.words),
      ['the river was safe'],
      describeAll(all),
    );
  });

  it('"reported it to the police" hands something over', () => {
    assert.deepEqual(speech('The clerk found the letter, reported it to the police and left.', { date: DATE }), []);
  });
});

describe('indirect speech: "…, with 45 percent of voters saying …"', () => {
  it('a participle after "with" and its own subject is a statement of that subject, apart from the clause before', () => {
    const all = speech('The survey shows a tight race, with 45 percent of farmers saying they back the toll.', { date: DATE });
    assert.deepEqual(
      all.map((s) => s.words),
      ['a tight race', 'they back the toll'],
      describeAll(all),
    );
    assert.equal(all[1]!.speaker.name, 'Farmers');
  });
});

describe('indirect speech: "CONTENT with names in it, wrote X"', () => {
  it('a clause with a verb of its own before the verb is what was written, however many names it holds', () => {
    const s = only(
      extract('Ivo Lenz and his wife Ana Berg, son Tom and daughter Rita had been travelling together, wrote Osman Lenz, his nephew, on the ferry forum.', {
        date: DATE,
        registry: 'none',
      }),
      'travelling together',
    );
    assert.equal(s.speaker.name, 'Osman Lenz');
  });
});

describe('indirect speech: "CONTENT, as X noted"', () => {
  it('the words stand before the "as" that brings in who said them, a phrasal verb too ("as farmers point out")', () => {
    const s = only(speech('Closing the dam also carries risks, as Sylvanian farmers point out.', { date: DATE, registry: 'none' }), 'risks');
    assert.equal(s.words, 'Closing the dam also carries risks');
    assert.equal(s.speaker.name, 'Sylvanian farmers');
  });
});

describe('indirect speech: a form that is also a noun ("claims", "notes", "reports") used as a verb', () => {
  it('after a name and an adverb, before a clause: "Brenner also claims he’s owed …"', () => {
    const s = only(speech('Tomas Brenner also claims he’s owed three months of wages by the ferry company.', { date: DATE }), 'wages');
    assert.equal(s.speaker.id, 'tomas-brenner');
    assert.equal(s.words, 'he’s owed three months of wages by the ferry company');
  });

  it('closing the sentence after a comma, or set between commas: "…, Brenner notes."', () => {
    const closing = only(speech('Three ferries were sold to a firm in Harbourton last year, Tomas Brenner notes.', { date: DATE }), 'ferries');
    assert.equal(closing.speaker.id, 'tomas-brenner');
    assert.equal(closing.words, 'Three ferries were sold to a firm in Harbourton last year');
    const between = only(speech('Farmers, Tomas Brenner notes, want the dam opened before the harvest.', { date: DATE }), 'dam');
    assert.equal(between.speaker.id, 'tomas-brenner');
  });

  it('not as a noun after a possessive name, in a list, or as a verb with an object ("Brenner’s notes the council ignored …")', () => {
    for (const text of [
      'Tomas Brenner’s notes the council ignored were published on Monday.',
      'The ferry company now faces two lawsuits, Harbour Board questions, and a state audit.',
      'The Harbour Courier posts the ferry timetable every Monday.',
    ]) {
      assert.deepEqual(speech(text, { date: DATE }), [], text);
    }
  });
});

describe('indirect speech: a relative pronoun stands for the subject of what was said', () => {
  it('"…, which X said was illegal": the predicate, about what "which" points back to', () => {
    const s = only(speech('The council passed a new ferry toll, which Tomas Brenner said was illegal.', { date: DATE }), 'illegal');
    assert.equal(s.speaker.id, 'tomas-brenner');
    assert.equal(s.words, 'The council passed a new ferry toll … was illegal');
  });

  it('"half of what X say they need"', () => {
    const s = only(speech('The ferry carries half of what the islanders say they need.', { date: DATE, registry: 'none' }), 'need');
    assert.equal(s.speaker.name, 'Islanders');
  });

  it('a relative clause set off by commas ends at its comma; a topic after the verb is no predicate', () => {
    const s = only(speech('The ferry plan, which Tomas Brenner said would cost millions, was dropped.', { date: DATE }), 'millions');
    assert.equal(s.words, 'The ferry plan … would cost millions');
    assert.ok(!speech('It is unclear what Tomas Brenner said about the dam.', { date: DATE }).some((x) => x.words.startsWith('It is unclear')));
  });

  it('not when the relative clause reports nothing ("…, which Brenner opposed")', () => {
    assert.deepEqual(speech('The council passed a new ferry toll, which Tomas Brenner opposed.', { date: DATE }), []);
  });
});

describe('indirect speech: "CONTENT, X reported in 2014"', () => {
  it('when and where it was said, after a verb that follows the words, are not the words', () => {
    for (const text of [
      'The ferry company folded after the flood, Tomas Brenner reported in 2014.',
      'The ferry company folded after the flood, Tomas Brenner announced on Monday, a week after the storm.',
    ]) {
      const s = only(speech(text, { date: DATE }), 'ferry');
      assert.equal(s.words, 'The ferry company folded after the flood');
      assert.equal(s.speaker.id, 'tomas-brenner');
    }
  });
});

describe('indirect speech: "CONTENT, said X"', () => {
  it('gives the words before the verb to the speaker after it', () => {
    const s = only(speech('The gates of the dam will open in April, said Tomas Brenner, the Sylvanian foreign minister.', { date: DATE }), 'gates');
    assert.equal(s.speaker.id, 'tomas-brenner');
    assert.equal(s.words, 'The gates of the dam will open in April');
  });

  it('even when what was said ends on a name ("That would hurt Ruiz, said X"): a clause with an auxiliary is no subject', () => {
    const s = only(speech('That would hurt Ana Ruiz, forcing her to fend off both Lenz and Berg, said Brad Bannon, a pollster.', { date: DATE }), 'hurt');
    assert.equal(s.speaker.name, 'Brad Bannon');
    assert.equal(s.words, 'That would hurt Ana Ruiz, forcing her to fend off both Lenz and Berg');
  });

  it('not when the verb has a subject of its own behind an aside ("Ruiz, for example, said …")', () => {
    const s = only(speech('Ana Ruiz, for example, said Tomas Brenner would visit the dam in April.', { date: DATE }), 'visit');
    assert.equal(s.speaker.id, 'ana-ruiz');
  });
});

describe('indirect speech: what was said is kept whole', () => {
  for (const [text, speaker, words] of [
    [
      'Ana Ruiz said Tomas Brenner has not replied to her letters about the border.',
      'ana-ruiz',
      'Tomas Brenner has not replied to her letters about the border',
    ],
    ['Ana Ruiz said in an interview she would not run for the council again.', 'ana-ruiz', 'she would not run for the council again'],
    [
      'Ana Ruiz said she plans to visit the dam after the harvest, insisting that the gates stay shut.',
      'ana-ruiz',
      'she plans to visit the dam after the harvest',
    ],
    ['Ana Ruiz, a farmer who retired as head of the water board in 2019, said the gates must open.', 'ana-ruiz', 'the gates must open'],
    ['Ana Ruiz — after a knock on the table — told me she had never seen the valley so dry.', 'ana-ruiz', 'she had never seen the valley so dry'],
    ['A day after Sylvania responded, Ana Ruiz said Freedonia would lodge a protest.', 'ana-ruiz', 'Freedonia would lodge a protest'],
    ['Ana Ruiz warned that it would not rain before the harvest.', 'ana-ruiz', 'that it would not rain before the harvest'],
    ['Conceding that the weir was old, Ana Ruiz warned that the gates might not hold.', 'ana-ruiz', 'that the weir was old'],
    ['“The weir will hold,” said Ana Ruiz, though she added that the gates were old.', 'ana-ruiz', 'that the gates were old'],
    [
      'One in three said the water board does not care about the valley and one in four said the board was openly hostile to it.',
      'respondents',
      'the board was openly hostile to it',
    ],
    ['While one survey firm says there are 40 farms in the valley, another says there are about 18.', 'unnamed-another', 'there are about 18'],
    [
      'To win the valley, Ana Ruiz needs about 40 percent of the farm vote, Tomas Brenner says; in 2012, he won 27 percent.',
      'tomas-brenner',
      'To win the valley, Ana Ruiz needs about 40 percent of the farm vote',
    ],
    [
      'Valley mayors — and, in particular, Ana Ruiz — insisted that any deal include a two-year delay of the toll.',
      'unnamed-mayor',
      'that any deal include a two-year delay of the toll',
    ],
    [
      'Sixty percent of valley farmers say they trust Ana Ruiz, compared with 40 percent who say the same of Tomas Brenner.',
      'valley-farmers',
      'they trust Ana Ruiz',
    ],
    [
      'Ana Ruiz gave a passionate defense of “valley values,” saying the town was the “heart and soul of the river.”',
      'ana-ruiz',
      'heart and soul of the river.',
    ],
    ['“The gates must open,” Ana Ruiz said, adding that the farmers were “running out of patience.”', 'ana-ruiz', 'running out of patience.'],
    ['Ana Ruiz suggested that the weir was unsafe, while Tomas Brenner said that the gates would hold.', 'tomas-brenner', 'that the gates would hold'],
    ["Ana Ruiz, host of Radio Lakeview's “Valley Hour,” suggested the weir could not be saved.", 'ana-ruiz', 'the weir could not be saved'],
    [
      'Citing “duties in the north,” Ana Ruiz told the Valley Herald that she would skip the opening of the dam.',
      'ana-ruiz',
      'that she would skip the opening of the dam',
    ],
    // What a poll, a study or an inquiry found; a document with no author named speaks for "unknown".
    [
      'A Valley Herald poll released Saturday found that 28 percent of likely voters back the dam.',
      'valley-herald',
      'that 28 percent of likely voters back the dam',
    ],
    ['The inquiry found that the water board almost never read its own letters.', 'unknown', 'that the water board almost never read its own letters'],
    ['A poll from Lakeview Law School released Wednesday found Ana Ruiz leading by 15 points.', 'lakeview-law-school', 'Ana Ruiz leading by 15 points'],
    [
      'Fishing alone at night on the old pier, Ana Ruiz said, can be dangerous in winter.',
      'ana-ruiz',
      'Fishing alone at night on the old pier … can be dangerous in winter',
    ],
  ] as const) {
    it(text, () => {
      const all = speech(text, { date: DATE });
      assert.ok(
        all.some((s) => s.speaker.id === speaker && s.words === words),
        describeAll(all),
      );
    });
  }
});
