/** Phenomenon 4: who the speaker is, however the text names them. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractArticle } from '../../src/pipeline/extract/extract-article.ts';
import { REFERENCE_WINDOW } from '../../src/pipeline/extract/mention-log.ts';
import { addresseeIds, describeAll, extract, only, parse, registry, speech, when, paragraphs } from './support.ts';

const DATE = '2024-03-14';

describe('speakers: full name, then surname alone', () => {
  it('resolves both to the registry actor', () => {
    const text = 'Ana Ruiz arrived in Port Sylvan on Monday for the summit. Ruiz said the delegation expected a written offer within a week.';
    const s = only(speech(text, { date: DATE }), 'written offer');
    assert.equal(s.speaker.id, 'ana-ruiz');
    assert.equal(s.speaker.name, 'Ana Ruiz');
    assert.equal(s.speaker.kind, 'person');
    assert.equal(s.speaker.side, 'Freedonia');
  });

  it('without a registry, ties the surname to the person named earlier', () => {
    const text =
      'Sylvanian Foreign Minister Tomas Brenner said on Tuesday that his country would not sign the accord. Brenner added that talks could resume in April.';
    const all = speech(text, { date: DATE, registry: 'none' });
    assert.equal(all.length, 2, describeAll(all));
    assert.equal(all[0]!.speaker.name, 'Tomas Brenner');
    assert.equal(all[1]!.speaker.id, all[0]!.speaker.id);
  });
});

describe('speakers: a word that opens the sentence is no part of the name', () => {
  for (const opener of ['When', 'Though', 'Even', 'If', 'Now']) {
    it(`"${opener} Varga …" names Varga, and "Varga" later is the same person`, () => {
      const text = `${opener} Varga raised the dam quotas, the mayor of Port Sylvan left the room. “It is far too low,” Varga said of the reservoir.`;
      const s = only(speech(text, { date: DATE, registry: 'none' }), 'far too low');
      assert.equal(s.speaker.name, 'Varga');
      assert.equal(s.speaker.id, 'varga');
    });
  }
});

describe('speakers: an opening phrase is no one', () => {
  for (const opening of ['Late last year, the Lakeview Water Board said', 'Most recently, the Lakeview Water Board said']) {
    it(`"${opening} …" is the board's`, () => {
      const s = only(speech(`${opening} it had found leaks in nine of the twelve pipes.`, { date: DATE, registry: 'none' }), 'leaks');
      assert.equal(s.speaker.id, 'board');
    });
  }

  it('"Despite challenging the board, Ivo Lenz said …" is Lenz\'s, and the challenge no statement', () => {
    const all = speech('Despite challenging the figures of the Lakeview Water Board, Ivo Lenz said the dam would be finished in May.', {
      date: DATE,
      registry: 'none',
    });
    assert.deepEqual(
      all.map((s) => s.speaker.id),
      ['ivo-lenz'],
      describeAll(all),
    );
  });
});

describe('speakers: a name with what it belongs to after a verb that comes first', () => {
  for (const [text, expected] of [
    ["''There is no way to balance this budget without new revenue,'' said Mr. Otten of the Lakeview Taxpayers League.", 'otten'],
    ['“We waited three years for this bridge and can wait one more,” said former Gov. Lena Marsh of Vermont, a Democrat.', 'lena-marsh'],
  ] as const) {
    it(`${expected}: ${text.slice(-50)}`, () => {
      const s = only(speech(text, { date: DATE, registry: 'none' }), 'wa');
      assert.equal(s.speaker.id, expected);
    });
  }
});

describe("speakers: a quotation after a fronted clause is the main clause's", () => {
  for (const text of [
    'After Ivo Lenz criticized the new quotas at the hearing, Ana Ruiz shot back, “I chose to share the river, not to hoard it.”',
    'When Ivo Lenz suggested that Sylvania might take the quotas to a tribunal, Ana Ruiz fired back: “Let them try, I tell you; the treaty is ours.”',
  ]) {
    it(text.slice(0, 40), () => {
      const s = only(speech(text, { date: DATE, registry: 'none' }), 'I ');
      assert.equal(s.speaker.id, 'ana-ruiz');
    });
  }
});

describe('speakers: title + name', () => {
  it('strips the title and resolves the name', () => {
    const s = only(speech('Foreign Minister Ana Ruiz said the border would stay closed through the weekend.', { date: DATE }), 'border');
    assert.equal(s.speaker.id, 'ana-ruiz');
  });

  it('without a registry, the discovered actor is named by the name alone, not the title', () => {
    const s = only(
      speech('Sylvanian Foreign Minister Tomas Brenner said the border would stay closed through the weekend.', { date: DATE, registry: 'none' }),
      'border',
    );
    assert.equal(s.speaker.name, 'Tomas Brenner');
    assert.equal(s.speaker.kind, 'person');
  });

  it('an opening place or a crowd before the comma is no one’s name ("Across Freedonia, farmers said")', () => {
    for (const text of ['Across Freedonia, farmers said the canals were empty.', 'Upstream Sylvania, officials said the river was low.']) {
      const all = extract(text, { date: DATE, registry: 'none' });
      assert.ok(all.length > 0, describeAll(all));
      assert.ok(
        all.every((s) => !/across|upstream/.test(s.speaker.id)),
        describeAll(all),
      );
    }
  });

  it('a full official title, portfolio and country included, still leaves the name as the speaker', () => {
    for (const title of [
      'Minister of Water Resources of the Republic of Uzbekistan',
      'Uzbekistan’s Minister of Water Resources',
      'Minister of Foreign Affairs of the Republic of Kazakhstan',
    ]) {
      const s = only(speech(`${title} Karim Tashev said the canals would be lined with concrete.`, { date: DATE, registry: 'none' }), 'canals');
      assert.equal(s.speaker.name, 'Karim Tashev', title);
    }
  });
});

describe('speakers: a role noun referring back', () => {
  it('"the minister" is the minister named just before', () => {
    const s = only(
      speech('Foreign Minister Ana Ruiz met farmers near the border. “The river belongs to both our nations,” the minister said.', { date: DATE }),
      'river belongs',
    );
    assert.equal(s.speaker.id, 'ana-ruiz');
  });

  it('points back a few pages, not a whole book: beyond the reference window "the minister" is not resolved to someone named there', () => {
    const filler = (chars: number) => 'The river rose slowly over the winter months and the fields flooded again. '.repeat(Math.ceil(chars / 75));
    const text = (gap: number) =>
      `Sylvanian Interior Minister Tomas Brenner visited the dam on Monday.\n\n${filler(gap)}\n\nThe minister said the crossings would reopen soon.`;
    const near = only(speech(text(2_000), { date: DATE, registry: 'none' }), 'crossings');
    assert.equal(near.speaker.name, 'Tomas Brenner');
    const far = only(speech(text(REFERENCE_WINDOW + 1_000), { date: DATE, registry: 'none' }), 'crossings');
    assert.notEqual(far.speaker.name, 'Tomas Brenner');
  });

  it('"the Sylvanian diplomat" is the Sylvanian foreign minister named before', () => {
    const s = only(
      speech('Tomas Brenner flew to Freedonia City for the talks. “We came in good faith,” the Sylvanian diplomat said.', { date: DATE }),
      'good faith',
    );
    assert.equal(s.speaker.id, 'tomas-brenner');
  });

  it('"Freedonia\'s foreign minister", with no one named before, is the holder of the registry role', () => {
    const s = only(speech("Freedonia's foreign minister said on Tuesday that the border talks had stalled over fishing rights.", { date: DATE }), 'stalled');
    assert.equal(s.speaker.id, 'ana-ruiz');
  });

  it('"the governor", "the lawmaker", "the general" point back to a name with the abbreviated title ("Gov.", "Rep.", "Gen.")', () => {
    const speakerOf = (title: string, role: string) =>
      only(speech(`${title} Jane Holt toured the dam on Monday. The spillway will not hold, the ${role} said.`, { date: DATE, registry: 'none' }), 'spillway')
        .speaker.name;
    assert.equal(speakerOf('Gov.', 'governor'), 'Jane Holt');
    assert.equal(speakerOf('Rep.', 'lawmaker'), 'Jane Holt');
    assert.equal(speakerOf('Gen.', 'general'), 'Jane Holt');
    assert.equal(speakerOf('Adm.', 'admiral'), 'Jane Holt');
  });

  it('"Chile’s water minister" is never the foreign minister named before, and is the one named, with that portfolio, after', () => {
    const text = paragraphs(
      'Foreign Minister Pablo Soto arrived in Lima on Monday.',
      'Chile’s water minister on Thursday accused Peru of taking more than its share of the river.',
      '“Our farmers cannot water their fields with promises,” Luis Vega, Chile’s minister of water resources, told reporters.',
    );
    const s = only(speech(text, { date: DATE, registry: 'none' }), 'more than its share');
    assert.equal(s.speaker.name, 'Luis Vega');
  });
});

describe('speakers: a subject pronoun right before the verb', () => {
  for (const [text, needle] of [
    ['Ana Ruiz spoke to farmers on Monday. At the market hall on Friday she said the toll would stay.', 'toll would stay'],
    ['Ana Ruiz spoke to farmers on Monday. The council raised the toll, which she said would pay for the new pier.', 'new pier'],
  ] as const) {
    it(text.slice(39, 90), () => {
      const s = only(speech(text, { date: DATE }), needle);
      assert.equal(s.speaker.id, 'ana-ruiz');
    });
  }
});

describe('speakers: people named by a common noun', () => {
  for (const [text, expected] of [
    ['The actress said she was tired of waiting for the new bridge.', 'unnamed-actress'],
    ['A source familiar with the harbor talks said the deal was close.', 'unnamed-source'],
    ['Most of those surveyed said the ferry should run on Sundays.', 'respondents'],
    ['“It was never a fair fight for the valley,” said one former council aide.', 'unnamed-aide'],
    ['On one thing the valley agrees: 42% say the dam came too late.', 'respondents'],
    ['At the fish market, a third said the levy was too high.', 'respondents'],
    ['A slim majority say the canal should be widened.', 'respondents'],
    ['Roughly two in five said the weir should be rebuilt.', 'respondents'],
    ['Two-thirds of the boatmen said the tolls were unfair.', 'unnamed-boatmen'],
    ['Ferry workers who lost their boats in the storm say the harbour fund came too late.', 'ferry-workers'],
    ['The witness said the cart had turned left at the mill.', 'unnamed-witness'],
    ['Boatmen who met the minister said the tolls were unfair.', 'boatmen'],
    ['Still, 38 percent of registered growers say they would pay a levy on each crate.', 'registered-growers'],
    ['The retired shipping magnate says a heavy fine now arrives every week.', 'unnamed-magnate'],
    ['Growers trying to win back the market in May say the levy came too late.', 'growers'],
    ['The last man to run the old harbour says the pier will never open.', 'unnamed-man'],
    ['The ferry faces a town in which 67 percent of voters say the fares are unfair.', 'voters'],
    ['Twenty-four percent said they were more likely to back the levy.', 'respondents'],
    ['Some 56 percent of farmers polled said they would not vote for the levy.', 'farmers'],
    ['Seventy-four percent of registered growers say the levy is fair.', 'registered-growers'],
    ['About 70 percent of ferry riders overall said the new timetable was worse.', 'ferry-riders'],
    ['Majorities in all three valleys say the ferry must stay.', 'respondents'],
  ] as const) {
    it(`${expected}: ${text}`, () => {
      const all = speech(text, { date: DATE, registry: 'none' });
      assert.deepEqual(
        all.map((s) => s.speaker.id),
        [expected],
        describeAll(all),
      );
    });
  }
});

describe('speakers: a preposition in -ing is no describing participle', () => {
  it('"including dock unions" names no one', () => {
    const all = speech('Harbour groups, including dock unions and groups backing the pier, reported raising two million dollars for the campaign.', {
      date: DATE,
      registry: 'none',
    });
    assert.deepEqual(
      all.filter((s) => /including/.test(s.speaker.id)),
      [],
      describeAll(all),
    );
  });
});

describe('speakers: "…,” said X, who said …"', () => {
  it("the relative clause is a statement of its own by X, not part of the quotation's words", () => {
    const all = speech('“I did not want to cross the mayor,” said Ivo Lenz, who said he had stayed away from the vote in March.', {
      date: DATE,
      registry: 'none',
    });
    assert.deepEqual(
      all.map((s) => [s.speaker.id, s.words]),
      [
        ['ivo-lenz', 'I did not want to cross the mayor'],
        ['ivo-lenz', 'he had stayed away from the vote in March'],
      ],
      describeAll(all),
    );
  });

  it('so is one with any verb that reports words ("who predicted …", "who noted that …"), not one that reports none ("who thinks often about …")', () => {
    const said = (relative: string) =>
      speech(`“We count every ballot twice,” said Ivo Lenz, who ${relative}.`, { date: DATE, registry: 'none' }).map((s) => s.words);
    assert.deepEqual(said('predicted about a third of the vote will be cast early'), [
      'We count every ballot twice',
      'about a third of the vote will be cast early',
    ]);
    assert.deepEqual(said('noted that the count had never been late'), ['We count every ballot twice', 'that the count had never been late']);
    assert.deepEqual(said('thinks often about the ferry his father ran'), ['We count every ballot twice']);
  });
});

describe('speakers: pronouns', () => {
  it('"she said" is the person of the previous sentence', () => {
    const s = only(speech('Ana Ruiz visited the port. “The cranes will be working again by the spring,” she said.', { date: DATE }), 'cranes');
    assert.equal(s.speaker.id, 'ana-ruiz');
  });

  it('"She added that …" after a quote is the same speaker', () => {
    const all = speech('Ana Ruiz said: “Our patience has limits.” She added that Freedonia would consult the League before acting.', { date: DATE });
    assert.equal(all.length, 2, describeAll(all));
    assert.deepEqual(
      all.map((s) => s.speaker.id),
      ['ana-ruiz', 'ana-ruiz'],
    );
  });

  it('"X said that he would meet Y" is X’s own act, even when someone else was named before', () => {
    const all = extract('Tomas Brenner arrived in Freedonia City on Sunday. Ana Ruiz said on Monday that she would meet Marta Olsen in Brussels on Friday.', {
      date: DATE,
    });
    const meeting = only(
      all.filter((s) => s.kind === 'meeting'),
      'would meet',
    );
    assert.equal(meeting.speaker.id, 'ana-ruiz', describeAll(all));
    assert.deepEqual(addresseeIds(meeting), ['marta-olsen']);
    // Told on Monday, to happen on Friday: the meeting is the act, on its own day.
    assert.equal(when(meeting), '2024-03-15..2024-03-15/day');
    assert.equal(all.length, 1, describeAll(all));
  });

  it('"the office of X" speaks for X: "The office of Sylvania’s president said he would meet …"', () => {
    const all = extract(
      'Tomas Brenner arrived in Freedonia City on Sunday. The office of Sylvania’s president said on Monday that he would meet Ana Ruiz on Friday.',
      { date: DATE },
    );
    const meeting = only(
      all.filter((s) => s.kind === 'meeting'),
      'would meet',
    );
    assert.equal(meeting.speaker.id, 'sergei-valenko', describeAll(all));
    assert.deepEqual(addresseeIds(meeting), ['ana-ruiz']);
  });

  it('a pronoun with no one before it is the unknown actor', () => {
    const s = only(speech('“We are ready to talk at any time,” she said.', { date: DATE }), 'ready to talk');
    assert.equal(s.speaker.id, 'unknown');
  });
});

describe('speakers: organisations', () => {
  it('"the ministry said in a statement" resolves the registry ministry', () => {
    const s = only(
      speech('The Freedonian Foreign Ministry said in a statement that the new tariffs violated the bilateral trade accord.', { date: DATE }),
      'tariffs',
    );
    assert.equal(s.speaker.id, 'freedonian-foreign-ministry');
    assert.equal(s.speaker.kind, 'organisation');
    assert.equal(s.direct, false);
  });

  it('"The Embassy warned" refers back to the embassy named before', () => {
    const s = only(
      speech(
        "Sylvania's Embassy in Freedonia City published a travel advisory on Monday. The Embassy warned that protests near the parliament could turn violent.",
        { date: DATE },
      ),
      'protests',
    );
    assert.equal(s.speaker.id, 'sylvanian-embassy');
  });

  it('"It said in a post" refers back to the body named before', () => {
    const s = only(
      speech('The Freedonian Foreign Ministry issued a note on Monday. It said in a post that consular services would be suspended for a week.', {
        date: DATE,
      }),
      'consular',
    );
    assert.equal(s.speaker.id, 'freedonian-foreign-ministry');
  });

  it('a ministry not in the registry is still a speaker, not the unknown actor', () => {
    const s = only(speech("Sylvania's Foreign Ministry said the new tariffs violated the bilateral trade accord.", { date: DATE }), 'tariffs');
    assert.notEqual(s.speaker.id, 'unknown');
    assert.match(s.speaker.name, /Foreign Ministry/);
  });
});

describe('speakers: anonymous sources', () => {
  it('"a senior EU official said" is an unnamed official, not unknown', () => {
    const s = only(speech('A senior EU official said the bloc would not recognise the disputed vote.', { date: DATE }), 'disputed vote');
    assert.notEqual(s.speaker.id, 'unknown');
    assert.match(s.speaker.name, /official/i);
    assert.equal(s.speaker.kind, 'person');
  });

  it('a quote "…,” a senior EU official said, speaking on condition of anonymity" keeps the unnamed official', () => {
    const s = only(
      speech('“We will not recognise this vote,” a senior EU official said, speaking on condition of anonymity.', { date: DATE }),
      'recognise this vote',
    );
    assert.notEqual(s.speaker.id, 'unknown');
    assert.match(s.speaker.name, /official/i);
  });

  it('"a senior EU official, speaking on condition of anonymity, said …" gives a statement by the unnamed official', () => {
    const all = speech('A senior EU official, speaking on condition of anonymity, said the bloc would not recognise the disputed vote.', { date: DATE });
    const s = only(all, 'disputed vote');
    assert.notEqual(s.speaker.id, 'unknown');
    assert.match(s.speaker.name, /official/i);
    assert.equal(s.words, 'the bloc would not recognise the disputed vote');
  });

  it('"a senior EU official, speaking on condition of anonymity, said: “…”" gives the quote to the unnamed official', () => {
    const all = speech('A senior EU official, speaking on condition of anonymity, said: “We will not recognise this vote.”', { date: DATE });
    const s = only(all, 'recognise this vote');
    assert.notEqual(s.speaker.id, 'unknown');
    assert.match(s.speaker.name, /official/i);
    assert.equal(s.direct, true);
  });

  it('"an EU diplomat, who asked not to be named, said …" gives the content to the unnamed diplomat', () => {
    const all = speech('An EU diplomat, who asked not to be named, said the bloc would not recognise the disputed vote.', { date: DATE });
    assert.equal(all.length, 1, describeAll(all));
    assert.notEqual(all[0]!.speaker.id, 'unknown');
    assert.match(all[0]!.speaker.name, /diplomat/i);
    assert.equal(all[0]!.words, 'the bloc would not recognise the disputed vote');
  });

  it('"an EU diplomat, who asked not to be named, said …" names no addressee', () => {
    const s = only(speech('An EU diplomat, who asked not to be named, said the bloc would not recognise the disputed vote.', { date: DATE }), 'disputed vote');
    assert.deepEqual(addresseeIds(s), []);
  });
});

describe('speakers: a person not in the registry', () => {
  it('becomes an actor with their name, not their title', () => {
    const s = only(
      speech('Deputy Trade Minister Otto Brandt said the export ban on timber would be lifted once the inspections were completed.', { date: DATE }),
      'timber',
    );
    assert.equal(s.speaker.name, 'Otto Brandt');
    assert.equal(s.speaker.id, 'otto-brandt');
    assert.equal(s.speaker.kind, 'person');
  });
});

describe('speakers: nothing to resolve to gives the unknown actor, not a guess', () => {
  it('"the official said" with no official before', () => {
    const all = speech('“We will not sign anything under pressure,” the official said.', { date: DATE });
    assert.equal(all.length, 1, describeAll(all));
    assert.equal(all[0]!.speaker.id, 'unknown');
    assert.equal(all[0]!.words, 'We will not sign anything under pressure');
  });

  it('"the official said" after only a country was mentioned', () => {
    const s = only(
      speech('Freedonia closed the northern border crossing overnight. “This is a temporary measure,” the official said.', { date: DATE }),
      'temporary measure',
    );
    assert.equal(s.speaker.id, 'unknown');
  });

  it('warns about the unresolved speaker', () => {
    const result = extractArticle(parse('“We will not sign anything under pressure,” the official said.', { date: DATE }), registry());
    assert.ok(
      result.warnings.some((w) => w.kind === 'unresolved-speaker'),
      JSON.stringify(result.warnings),
    );
  });
});

describe('speakers: bodies the registry does not know', () => {
  it('a body’s full name holding office words ("… Fisheries Energy Agency") is one new actor, and "the agency" points back to it', () => {
    const text = [
      'The International Fisheries Energy Agency denied that its report on the strait had been shown to either government in advance.',
      'In a statement, the agency said its inspectors “count what they see, and nothing else.”',
    ].join(' ');
    const statements = extract(text, { date: '2024-03-14' });
    const denial = only(statements, 'shown to either government');
    assert.equal(denial.speaker.name, 'International Fisheries Energy Agency');
    assert.equal(denial.speaker.kind, 'organisation');
    assert.equal(only(statements, 'count what they see').speaker.id, denial.speaker.id);
  });

  it('a country and an office ("the Sylvanian Foreign Ministry") is still read as an office, not a new name', () => {
    const statement = only(extract('The Freedonian Foreign Ministry said that the strait would stay open to fishing boats.', { date: '2024-03-14' }), 'strait');
    assert.equal(statement.speaker.id, 'freedonian-foreign-ministry');
  });
});

describe('speakers: a name with a description, a title or a party tag after or before it', () => {
  const speakerOf = (text: string, needle: string) => only(speech(text, { date: DATE, registry: 'none' }), needle).speaker.name;

  it('walks back over a long description to the name ("Name, a pollster who …, said")', () => {
    assert.equal(speakerOf('Lena Osei, a pollster who has advised three governors, said the race was tied.', 'race was tied'), 'Lena Osei');
  });

  it('walks back over a relative clause and what follows it ("Name, who runs …, Port Sylvan, said")', () => {
    assert.equal(speakerOf('Omar Diaz, who runs a bakery near the capital, Port Sylvan, said sales had halved.', 'sales had halved'), 'Omar Diaz');
  });

  it('a relative clause set off by dashes, a quotation in it, stands between the name and its verb ("Lenz - who once said he would “…” - said")', () => {
    assert.equal(
      speakerOf('Mayor Ivo Lenz - who once said he would “blow up the dam” - said at a rally that the valley should close its roads.', 'close its roads'),
      'Ivo Lenz',
    );
  });

  it('a sentence adverb before the name and its description opens the clause ("Moreover, Name, director of …, noted")', () => {
    assert.equal(
      speakerOf('Moreover, Jeffrey Lenz, director of the Water Institute at Lakeview University, noted that most plans run only to 2030.', 'plans run'),
      'Jeffrey Lenz',
    );
  });

  it('an adverb after the last comma is no subject ("Lenz and Berg, both up for re-election, also said"), nor does it open a clause', () => {
    assert.equal(
      speakerOf('Sens. Ivo Lenz of Lakeview and Ana Berg of Dunmore, both up for re-election, also said they would back the dam.', 'back the dam'),
      'Ivo Lenz',
    );
    assert.equal(speakerOf('Rita Berg, after the flood broke the levee in March, initially said that the dam was safe.', 'dam was safe'), 'Rita Berg');
    assert.equal(
      speakerOf('It is odd to watch Ivo Lenz, who campaigned on tolls during the flood, suddenly insist that the ferry is free.', 'ferry is free'),
      'Ivo Lenz',
    );
  });

  it('a name quoted in a description is no quotation of the speaker ("Ivo Lenz, the hacker known as “Guccifer,” stated")', () => {
    assert.equal(speakerOf('Ivo Lenz, the hacker known as “Guccifer,” stated that he had read the ferry board’s email.', 'ferry board'), 'Ivo Lenz');
  });

  it('a noun phrase opening the sentence, described between commas, speaks ("The clerk of four years, a voter who …, said")', () => {
    assert.equal(
      speakerOf('The ferry clerk of nearly four years, a registered voter who spoke on condition of anonymity, said the boats were late.', 'boats'),
      'Unnamed clerk',
    );
    assert.equal(
      speakerOf('Many recent studies of the toll, often conducted by comparing counties, have found little evidence that it cut traffic.', 'traffic'),
      'Recent studies of the toll',
    );
  });

  it('a name described between commas whose description goes on with "and" speaks when no other rule finds anyone', () => {
    assert.equal(speakerOf('Ivo Lenz, who backed Ana Ruiz, R-Texas, and opposed the dam, last week said the toll was unfair.', 'toll'), 'Ivo Lenz');
  });

  it('not when a name in apposition names the speaker, nor when the verb is followed by who speaks', () => {
    assert.equal(speakerOf("Lakeview's harbour master, Rita Berg, said the pier was closed.", 'pier'), 'Rita Berg');
    assert.equal(speakerOf("His host, Lakeview's Minister of Water Resources Ivo Lenz, has said the river was low.", 'river'), 'Ivo Lenz');
    assert.equal(speakerOf('The ferry lost money, which angered the crews, said Ivo Lenz, a harbour clerk.', 'ferry lost money'), 'Ivo Lenz');
  });

  it('a time before the verb is no part of the subject ("The department less than two weeks ago said")', () => {
    assert.equal(speakerOf('Ivo Lenz less than two weeks ago said for the first time that the pier was closed.', 'pier'), 'Ivo Lenz');
    assert.equal(
      only(speech('Ivo Lenz two days ago said for the first time that the pier was closed.', { date: DATE, registry: 'none' }), 'pier').words,
      'that the pier was closed',
    );
  });

  it('an age is a description ("Jessie Orr, 70, said")', () => {
    assert.equal(speakerOf('Jessie Orr, 70, said the road had been closed for a month.', 'road had been closed'), 'Jessie Orr');
  });

  it('a party tag is never a speaker and never part of the name', () => {
    assert.equal(speakerOf('Sen. Tom Park, R-Utah, said the hearings would resume on Monday.', 'hearings'), 'Tom Park');
    assert.equal(speakerOf('Rep. Jane Dole (D-Ore.) said the bill had no chance this year.', 'bill had no chance'), 'Jane Dole');
    assert.equal(speakerOf('“The bill has no chance this year,” said Rep. Jane Dole (D-Ore.).', 'bill has no chance'), 'Jane Dole');
  });

  it('a state alone in brackets is a tag too ("(Tex.)", "(New Mexico)"), an acronym is not', () => {
    assert.equal(speakerOf('Sen. Tom Park (Tex.) has said that he would “close the agency for good.”', 'close the agency'), 'Tom Park');
    assert.equal(speakerOf('Rep. Jane Dole (New Mexico) said the bill had no chance this year.', 'bill had no chance'), 'Jane Dole');
  });

  it('middle initials inside a full name before "of" a place ("Gov. Peter E. Marsh of Ohio, who …")', () => {
    assert.equal(
      speakerOf('“The bridge will open in May,” said Gov. Peter E. Marsh of Ohio, who ran the agency in 1998.', 'bridge will open'),
      'Peter E. Marsh',
    );
  });

  it('"But" before "Name, description, said" names no one', () => {
    assert.equal(speakerOf("But Ivo Lenz, the group's deputy director, said that many voters were unconvinced.", 'voters were unconvinced'), 'Ivo Lenz');
  });

  it('a full name, then a role, then what the role names: the name speaks', () => {
    assert.equal(speakerOf("Ivo Lenz, the editor of the church's newspaper, The Weekly Lamp, said every vote counted.", 'every vote counted'), 'Ivo Lenz');
    assert.equal(speakerOf('The editor of the newspaper, Ivo Lenz, said every vote counted.', 'every vote counted'), 'Ivo Lenz');
  });

  it('"Said Lenz, “…”": a verb that opens the sentence has its speaker after it, never in the name', () => {
    const all = speech('Ivo Lenz met the farmers at the dam. Said Lenz, “The canal will not be finished this year.”', { date: DATE, registry: 'none' });
    assert.equal(only(all, 'canal will not be finished').speaker.name, 'Ivo Lenz');
  });

  it('a titled name, an aside of purpose, then the verb ("Gazette columnist Mara Quist, in a bid to …, said")', () => {
    assert.equal(
      speakerOf(
        'Gazette columnist Mara Quist, in an attempt to draw attention to the delays, said that the minister answered seven questions.',
        'seven questions',
      ),
      'Mara Quist',
    );
  });

  it('a participle between a name and its verb is walked over ("Ruiz, contradicting Lenz, said")', () => {
    assert.equal(speakerOf('Ana Ruiz, contradicting Ivo Lenz, said that Freedonia would not pay for the canal.', 'would not pay'), 'Ana Ruiz');
  });

  it('where a named person works, after the name, is no speaker ("Lenz, at a firm called …, argues")', () => {
    assert.equal(speakerOf('Ivo Lenz, at a consulting firm called Dragon Partners, argues that the river will dry.', 'river will dry'), 'Ivo Lenz');
  });

  it('a time between the subject and its verb is not part of the name ("Lenz on Thursday evening said")', () => {
    assert.equal(speakerOf('Party spokesman Ivo Lenz on Thursday evening said the vote would go ahead.', 'vote would go ahead'), 'Ivo Lenz');
  });

  it('a party "of" a place is one body ("the Farmers Party of Ohio announced")', () => {
    assert.equal(speakerOf('On Thursday, the Farmers Party of Ohio announced that the rally was off.', 'rally was off'), 'Farmers Party of Ohio');
  });

  it('a participle speaks for the subject after "But a few days later,"', () => {
    assert.equal(speakerOf('But a few days later, Ivo Marsh reversed himself, saying that the levy would stay.', 'levy would stay'), 'Ivo Marsh');
    assert.equal(speakerOf('Two weeks ago, the Farmers Party postponed the rally, saying the roads were closed.', 'roads were closed'), 'Farmers Party');
  });

  it('a verb in the phrase that opens the sentence is scenery; the one after the comma reports', () => {
    assert.equal(speakerOf('In appealing for calm, Ana Ruiz asserted that the dam would hold.', 'dam would hold'), 'Ana Ruiz');
  });

  it('a title with a full stop stays with the name after an inverted verb ("said Sen. X")', () => {
    assert.equal(speakerOf('“We will vote against it,” said Sen. Mara Quist of the farm committee.', 'vote against it'), 'Mara Quist');
    assert.equal(speakerOf('“We will vote against it,” said Dr. Ivo Lenz.', 'vote against it'), 'Ivo Lenz');
  });

  it('an appositive name inside what was reported is not the speaker', () => {
    const s = only(
      speech('Ana Ruiz raised the dispute with her counterpart, Tomas Brenner, in a phone call on Wednesday, the Freedonian Foreign Ministry said.', {
        date: DATE,
      }),
      'raised the dispute',
    );
    assert.equal(s.speaker.id, 'freedonian-foreign-ministry');
  });

  it('the verb of a relative clause is the relative\'s own ("Ruiz, who previously said …, said …" gives two statements by Ruiz)', () => {
    const all = speech('Ana Ruiz, who previously said she expected answers early this week, said on Tuesday that the talks would resume.', { date: DATE });
    assert.deepEqual(all.map((s) => s.speaker.id).sort(), ['ana-ruiz', 'ana-ruiz'], describeAll(all));
    assert.ok(
      all.some((s) => s.words.includes('talks would resume')),
      describeAll(all),
    );
  });

  it('a relative clause closed by a comma inside a closing mark ("Ruiz, who called it “reckless,” said …") leaves the main verb to Ruiz', () => {
    for (const relative of ['who called the levy “reckless,”', 'who said the levy was “reckless,”']) {
      const all = speech(`Ana Ruiz, ${relative} said the council would vote on Friday.`, { date: DATE });
      const main = only(all, 'council would vote');
      assert.equal(main.speaker.id, 'ana-ruiz');
      assert.equal(main.words, 'the council would vote on Friday');
      assert.ok(!all.some((s) => s !== main && s.words.includes('council')), describeAll(all));
    }
  });

  it('the verb of a relative clause addresses no one after the clause closes ("Ruiz, who said …, told reporters …")', () => {
    const all = speech('Ana Ruiz, who said the levy was reckless, told reporters the council would vote on Friday.', { date: DATE });
    const relative = only(all, 'levy was reckless');
    assert.deepEqual(addresseeIds(relative), []);
    assert.equal(relative.words, 'the levy was reckless');
  });
});

describe("speakers: a participle speaks for the sentence's subject, whatever opens the sentence", () => {
  it('not for a possessor ("Ana Ruiz’s critics were pleased, saying …")', () => {
    for (const text of ['Ana Ruiz’s critics were pleased, saying the dam would hold.', 'Last week Ana Ruiz’s deputy was blunt, saying the dam would hold.']) {
      assert.ok(!speech(text, { date: DATE }).some((s) => s.speaker.id === 'ana-ruiz'), text);
    }
  });

  for (const text of [
    'Last week Ana Ruiz was blunt, saying the dam would collapse before the harvest.',
    'Even Ana Ruiz tried to calm the farmers, noting that the dam would collapse before the harvest.',
    'The day before, at a rally in Lakeview, Ana Ruiz was just as blunt, claiming the dam would collapse before the harvest.',
    'Ana Ruiz backed down at the hearing - saying the dam would collapse before the harvest.',
    'Ana Ruiz had doubts about the ferry, while saying that the dam would collapse before the harvest.',
  ]) {
    it(text, () => {
      const s = only(speech(text, { date: DATE }), 'dam would collapse');
      assert.equal(s.speaker.id, 'ana-ruiz');
    });
  }
});

describe('speakers: after an inverted verb', () => {
  it('"said engineer Mara Quist of Lakeview": the role before the name and the place after it are not the name', () => {
    const s = only(speech('“The dam will hold,” said engineer Mara Quist of Lakeview.', { date: DATE }), 'dam');
    assert.equal(s.speaker.name, 'Mara Quist');
  });

  it('"CONTENT, said an engineer who was briefed on the talks": a relative clause on the speaker may close the sentence', () => {
    const s = only(speech('The gates of the dam will open in April, said an engineer who was briefed on the talks.', { date: DATE }), 'gates');
    assert.equal(s.speaker.name, 'Unnamed engineer');
    assert.equal(s.words, 'The gates of the dam will open in April');
  });
});

describe('speakers: roles and groups named by common nouns', () => {
  it('a singular title with no determiner before "and" describes the name after it: one speaker, not two', () => {
    const all = speech('Harbour economist and author Mara Quist said the ferry fares would rise in the spring.', { date: DATE });
    assert.equal(all.length, 1, describeAll(all));
    assert.equal(all[0]!.speaker.name, 'Mara Quist');
    for (const text of [
      'A ferry captain and Mara Quist said the fares would rise in the spring.',
      'Fire chief and Mayor Mara Quist said the fares would rise in the spring.',
      'Harbour economist and Mara Quist said the fares would rise in the spring.',
    ]) {
      const two = speech(text, { date: DATE });
      assert.equal(two.length, 2, describeAll(two));
    }
  });

  it('a role the lexicon does not list still speaks, as that role ("the historian said")', () => {
    const s = only(speech('“The canal was dug by hand in 1890,” the historian said.', { date: DATE }), 'dug by hand');
    assert.equal(s.speaker.name, 'Unnamed historian');
  });

  it('people named before an aside speak ("The lawmakers, however, said"), as a group when no one before is them', () => {
    const s = only(speech('The lawmakers, however, said that the recount had been fair.', { date: DATE }), 'recount');
    assert.equal(s.speaker.name, 'Lawmakers');
    const leaders = only(speech('Farm leaders in the valley, for instance, noted that the canal was dry.', { date: DATE }), 'canal');
    assert.equal(leaders.speaker.name, 'Farm leaders in the valley');
  });

  it('a group opening a sentence speaks for a second verb ("Other former officers … chafed at it and said …")', () => {
    const s = only(
      speech('Other former canal officers with no knowledge of the case chafed at the criticism and said closing the gates was right.', {
        date: DATE,
      }),
      'closing the gates',
    );
    assert.equal(s.speaker.name, 'Former canal officers');
  });

  it('a poll qualified by a participle not in -ed speaks ("Polls taken in the valley found that …"); so does "the missive"', () => {
    assert.equal(only(speech('Polls taken in the valley found that most farmers back the toll.', { date: DATE }), 'farmers back').kind, 'statement');
    assert.equal(only(speech('But the missive suggests the farmers will not end their protest.', { date: DATE }), 'protest').kind, 'statement');
  });

  it('a source named by a mass noun, an adjective in -ly or in -ed before it, speaks ("But early ratings data suggests", "the leaked memo said")', () => {
    const data = only(speech('But early ratings data suggests that the ferry lost half its riders.', { date: DATE }), 'half its riders');
    assert.equal(data.kind, 'statement');
    assert.match(data.speaker.name, /data/i);
    assert.equal(only(speech('The leaked memo said the sluice had been left open.', { date: DATE }), 'sluice').kind, 'statement');
  });

  it('an adjective capitalised only because it opens the sentence publishes nothing ("Exit polls found"); a name before a poll does ("A Gazette poll")', () => {
    assert.equal(only(speech('Exit polls found that most farmers back the toll.', { date: DATE }), 'farmers back').speaker.name, 'Exit polls');
    assert.equal(only(speech('A Gazette poll found that most farmers back the toll.', { date: DATE }), 'farmers back').speaker.name, 'Gazette');
  });

  it('a court filing speaks ("The affidavit cited … and said that …")', () => {
    assert.equal(
      only(speech('The affidavit cited two witnesses and said that the gate had been forced.', { date: DATE }), 'gate had been forced').kind,
      'statement',
    );
  });

  it('a group described at length speaks ("Activists from the three valleys downstream of … said"), up to sixteen words', () => {
    const s = only(
      speech('Activists from the three valleys downstream of the dam in the county said the gates must open.', {
        date: DATE,
        registry: 'none',
      }),
      'gates must open',
    );
    assert.match(s.speaker.name, /^Activists from the three valleys/);
  });

  it('"who" right before the verb speaks for the group just named, and a participle after it is the sentence subject\'s', () => {
    const all = speech('Ana Ruiz rebuked farmers who say she should close the dam, saying that closing it would do nothing.', { date: DATE });
    assert.deepEqual(
      all.map((s) => [s.speaker.name, s.words]).sort(),
      [
        ['Ana Ruiz', 'that closing it would do nothing'],
        ['Farmers', 'she should close the dam'],
      ],
      describeAll(all),
    );
  });

  it('a share compared with another speaks for those asked ("…, compared with 23 percent who said …")', () => {
    const all = speech('In the poll, 46 percent of farmers said the toll was illegal, compared with 23 percent who said it was merely unfair.', {
      date: DATE,
    });
    assert.deepEqual(
      all.map((s) => [s.speaker.name, s.words]),
      [
        ['Farmers', 'the toll was illegal'],
        ['Respondents', 'it was merely unfair'],
      ],
      describeAll(all),
    );
  });

  it('two groups named by plural common nouns speak as one ("Board members and officials, in fact, even insist …")', () => {
    const all = speech('Board members and officials, in fact, even insist that the ferry will turn a profit.', { date: DATE });
    assert.deepEqual(
      all.map((s) => s.speaker.name),
      ['Board members and officials'],
      describeAll(all),
    );
  });

  it('a group after "But" speaks for a verb coordinated with one that reports nothing ("But some strategists fear … and warn that …")', () => {
    const s = only(
      speech('But some farm strategists fear that the dam is too old and warn that counting on repairs is not a plan.', { date: DATE }),
      'counting on repairs',
    );
    assert.equal(s.speaker.name, 'Farm strategists');
  });

  it('a group with a restrictive relative clause on "whose" speaks ("The officials whose laws were struck down say")', () => {
    assert.equal(
      only(speech('The state officials whose laws were struck down say the real change came from the courts.', { date: DATE }), 'real change').speaker.name,
      'State officials',
    );
  });

  it('shares and numbers of people speak ("85% of Democrats said", "five past and current employees told …")', () => {
    assert.equal(only(speech('In Lakeview, 85% of Democrats said the toll favours the wealthy.', { date: DATE }), 'toll').speaker.name, 'Democrats');
    assert.equal(
      only(speech('However, five past and current employees told the Gazette that the ferry line offers no leave.', { date: DATE }), 'no leave').speaker.name,
      'Five past and current employees',
    );
  });

  it('a short month before its day ends nothing ("through Jan. 31"): no "Jan" speaks', () => {
    const all = extract('That is according to ferry reports through Jan. 31 that the board is filing on Saturday.', { date: DATE });
    assert.deepEqual(
      all.filter((s) => /\bjan\b/i.test(s.speaker.name)),
      [],
      describeAll(all),
    );
  });

  it('a military rank speaks as that rank ("the admiral said")', () => {
    assert.equal(only(speech('The patrols had two goals, the admiral said.', { date: DATE }), 'two goals').speaker.name, 'Unnamed admiral');
  });

  it('a group of people speaks as that group ("Many farmers say", "Members of the panel said")', () => {
    assert.equal(only(speech('Many farmers say the canals have been dry since March.', { date: DATE }), 'canals').speaker.name, 'Farmers');
    assert.equal(only(speech('Members of the panel said the report would be late.', { date: DATE }), 'report').speaker.name, 'Members of the panel');
  });

  it('a share of a group speaks as the group ("Six in 10 Freedonian farmers said", "staff for the committee said")', () => {
    assert.equal(only(speech('Six in 10 Freedonian farmers said the canal was too low.', { date: DATE }), 'canal').speaker.name, 'Freedonian farmers');
    assert.equal(only(speech('About half of the delegates said the vote was rushed.', { date: DATE }), 'vote').speaker.name, 'Delegates');
    assert.equal(
      only(speech('Staff for the water committee said the report was late.', { date: DATE }), 'report').speaker.name,
      'Staff for the water committee',
    );
  });

  it('a share alone is a share of those asked ("21 percent said", "a full 79 percent of farmers say")', () => {
    assert.equal(only(speech('In the survey, 21 percent said they would not vote at all.', { date: DATE }), 'not vote').speaker.name, 'Respondents');
    assert.equal(only(speech('A full 79 percent of farmers say they would accept the deal.', { date: DATE }), 'accept the deal').speaker.name, 'Farmers');
  });

  it('a source close to someone is an unnamed source ("a source close to him said")', () => {
    const s = only(speech('Ivo Lenz left early. A source close to him said Lenz would rethink his plans.', { date: DATE }), 'rethink');
    assert.equal(s.speaker.name, 'Unnamed source');
  });

  it('adjectives joined by "and" qualify one group ("Current and former officials said")', () => {
    const all = speech('Current and former officials said the canal was too low.', { date: DATE });
    assert.equal(all.length, 1, describeAll(all));
    assert.equal(all[0]!.speaker.name, 'Current and former officials');
  });

  it('a role noun ending in -man speaks as that role ("the businessman said")', () => {
    assert.equal(only(speech('The businessman said the canal was too low.', { date: DATE }), 'canal').speaker.name, 'Unnamed businessman');
  });

  it('things that are not people or sources do not speak ("those promises add up")', () => {
    assert.deepEqual(speech('In all, those promises add up to more than eight million dollars.', { date: DATE }), []);
    // A list of labels with no determiner is no subject: the relative clause is the person's.
    const labelled = speech('Tomas Brenner is a farmer, boatman and teacher who has pledged to close the border.', { date: DATE });
    assert.deepEqual(
      labelled.map((s) => s.speaker.id).filter((id) => id.startsWith('unnamed')),
      [],
      describeAll(labelled),
    );
  });

  it('a name joined to a group speaks alone ("Ana Ruiz and her aides said")', () => {
    const all = speech('Ana Ruiz and her aides said the offer was not serious.', { date: DATE });
    assert.deepEqual(
      all.map((s) => s.speaker.id),
      ['ana-ruiz'],
      describeAll(all),
    );
  });

  it('a named person after "her" is no group that accompanies ("Ana Ruiz and her husband Tomas Brenner")', () => {
    const all = speech('Ana Ruiz and her husband Tomas Brenner said the offer was not serious.', { date: DATE });
    assert.deepEqual(all.map((s) => s.speaker.id).sort(), ['ana-ruiz', 'tomas-brenner'], describeAll(all));
  });

  it('a pronoun or a name joined to "her defenders", "other leaders" speaks alone', () => {
    for (const text of [
      'Ana Ruiz spoke on Monday. She and her defenders argue that the offer was not serious.',
      'Tomas Brenner and other leaders have said the offer was not serious.',
    ]) {
      const all = speech(text, { date: DATE });
      assert.equal(all.length, 1, describeAll(all));
      assert.match(all[0]!.speaker.id, /^(?:ana-ruiz|tomas-brenner)$/, describeAll(all));
    }
  });

  it('a source named by its publisher speaks as the publisher ("a Foreign Ministry memo said")', () => {
    const s = only(speech('A Freedonian Foreign Ministry memo said the border would stay closed.', { date: DATE }), 'border');
    assert.equal(s.speaker.id, 'freedonian-foreign-ministry');
  });
});

describe('speakers: bodies whose names hold "of" or "for"', () => {
  it('"…, the University of Lakeview reported" speaks as the university', () => {
    const s = only(speech('Water use fell by a third last year, the University of Lakeview reported on Monday.', { date: DATE }), 'Water use');
    assert.equal(s.speaker.name, 'University of Lakeview');
    assert.equal(s.speaker.kind, 'organisation');
  });
});

describe('speakers: a word that opens the sentence is no name', () => {
  it('"Regardless, the ministry said" is said by the ministry, not by "Regardless"', () => {
    const s = only(speech('Regardless, the Freedonian Foreign Ministry said it found no evidence.', { date: DATE }), 'evidence');
    assert.equal(s.speaker.id, 'freedonian-foreign-ministry');
  });
});

describe('speakers: names that look like titles', () => {
  it('a surname that is also a title ("Ossie King", "Rina Prince") is a name', () => {
    assert.equal(
      only(speech('Ossie King, a former director of the Freedonian Farmers Party, said the canal was dry.', { date: DATE }), 'canal').speaker.name,
      'Ossie King',
    );
    assert.equal(only(speech('Rina Prince said the canal was dry.', { date: DATE }), 'canal').speaker.name, 'Rina Prince');
  });

  it('a title before a name and a place after it ("Chancellor Mara Quist of Freedonia") keep the name', () => {
    assert.equal(only(speech('Chancellor Mara Quist of Freedonia said the canal was dry.', { date: DATE }), 'canal').speaker.name, 'Mara Quist');
  });
});

describe('speakers: a participle takes the subject after an opening phrase', () => {
  for (const text of [
    'Crossing the old bridge, Tomas Brenner spoke of his youth, saying the river had been wider then.',
    'Once he was minister, Tomas Brenner made the dam a priority, saying the river had been wider then.',
    'Port Sylvan (AFP) – Tomas Brenner on Monday toured the dam, saying the river had been wider then.',
    'Tomas Brenner flew home on Sunday. On Monday, he toured the dam, saying the river had been wider then.',
    'Tomas Brenner flew home on Sunday. Then he toured the dam, saying the river had been wider then.',
  ]) {
    it(text.slice(0, 40), () => {
      assert.equal(only(speech(text, { date: DATE }), 'river').speaker.id, 'tomas-brenner');
    });
  }

  it('a word that only opens the sentence is no subject ("There is still time …, saying")', () => {
    const all = speech('There is still time for Tomas Brenner to visit the dam, saying the river had been wider then.', { date: DATE });
    assert.deepEqual(
      all.map((s) => s.speaker.name).filter((n) => /^there$/i.test(n)),
      [],
      describeAll(all),
    );
  });
});

describe('speakers: words between the subject and its verb', () => {
  for (const text of [
    'Tomas Brenner even suggested on social media that the dam would open.',
    'Tomas Brenner at the time said that the dam would open.',
    'Tomas Brenner Sunday night said that the dam would open.',
    'Tomas Brenner, citing “the old promise of the river treaty,” said that the dam would open.',
    "Tomas Brenner - Ana Ruiz's old rival and partner in the canal firm - said that the dam would open.",
    'Tomas Brenner, in the wake of a new survey showing the support for the dam down to 14 percent, said that the dam would open.',
    'Tomas Brenner (an engineer by training and a minister since she was young) said that the dam would open.',
  ]) {
    it(text, () => {
      const s = only(speech(text, { date: DATE }), 'dam would open');
      assert.equal(s.speaker.id, 'tomas-brenner');
      assert.match(s.words, /^that the dam would open$/);
    });
  }

  it('a surname that is a title after an initial ("Ossie T. King")', () => {
    assert.equal(
      only(speech('Representative Ossie T. King, Republican of Lakeview, said the canal was dry.', { date: DATE }), 'canal').speaker.name,
      'Ossie T. King',
    );
  });
});
