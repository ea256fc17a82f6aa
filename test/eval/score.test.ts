import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GoldError } from '../../src/pipeline/eval/gold.ts';
import { combineReports, scoreDataset } from '../../src/pipeline/eval/score.ts';
import { BLINKEN, LAVROV, NATO, RUSSIA, UNKNOWN, actor, dataset, goldArticle, point, source, statement } from './helpers.ts';

const A = 'art-a';
const B = 'art-b';

test('words match despite curly quotes, case and punctuation', () => {
  const gold = [goldArticle(A, [statement('We’re currently waiting for the promised answers in order to continue negotiations,')])];
  const data = dataset(
    [LAVROV],
    [point('p1', LAVROV.id, [source(A, '"we\'re currently waiting for the promised answers -- in order to continue negotiations"')])],
  );
  const { counts } = scoreDataset(data, gold);
  assert.equal(counts.matchedGold, 1);
  assert.equal(counts.matchedPredicted, 1);
  assert.equal(counts.predicted, 1);
});

test('sharing only function words is not a match', () => {
  const gold = [goldArticle(A, [statement('that it had responded to the U.S. letter', { direct: false })])];
  const data = dataset([LAVROV], [point('p1', LAVROV.id, [source(A, 'that it had been sent to the embassy')])]);
  const report = scoreDataset(data, gold);
  assert.equal(report.counts.matchedGold, 0);
  assert.equal(report.articles[0]?.misses.length, 1);
  assert.equal(report.articles[0]?.falsePositives.length, 1);
});

test('a short fragment of a long quote does not match it, but a short quote inside a prediction does', () => {
  const gold = [
    goldArticle(A, [
      statement("not to replicate speculation about the allegedly impending 'Russian aggression'."),
      statement('initial reactions', { speaker: ['Ned Price'] }),
    ]),
  ];
  const price = actor('ned-price', 'Ned Price');
  const data = dataset(
    [LAVROV, price],
    [
      point('p1', LAVROV.id, [source(A, 'Russian aggression')]),
      point('p2', price.id, [source(A, "Blinken expects to hear Putin's initial reactions to Washington's response")]),
    ],
  );
  const report = scoreDataset(data, gold);
  assert.deepEqual(
    report.articles[0]?.misses.map((m) => m.words),
    ["not to replicate speculation about the allegedly impending 'Russian aggression'."],
  );
  assert.equal(report.counts.matchedGold, 1);
});

test('assignment is one to one: a duplicate prediction is a false positive', () => {
  const gold = [goldArticle(A, [statement('We expect to continue these negotiations, it is a serious issue')])];
  const quote = 'We expect to continue these negotiations, it is a serious issue';
  const data = dataset([LAVROV], [point('p1', LAVROV.id, [source(A, quote)]), point('p2', LAVROV.id, [source(A, quote)])]);
  const { counts } = scoreDataset(data, gold);
  assert.equal(counts.predicted, 2);
  assert.equal(counts.matchedPredicted, 1);
  assert.equal(counts.matchedGold, 1);
});

test('assignment takes the closest pair first when one gold text contains another', () => {
  // Same speaker for both, so only the closeness of the words can tell the pairs apart;
  // the dates show which prediction each gold statement received.
  const short = statement('the ball is now in the court of Russia', { date: '2022-01-25', dateEnd: '2022-01-25' });
  const long = statement('the ball is now in the court of Russia and we are prepared regardless of the path it chooses', {
    date: '2022-01-26',
    dateEnd: '2022-01-26',
  });
  const gold = [goldArticle(A, [short, long])];
  const data = dataset(
    [LAVROV],
    [
      // Listed long-first so that a first-come assignment would go wrong.
      point('p-long', LAVROV.id, [source(A, 'The ball is now in the court of Russia, and we are prepared regardless of the path it chooses.')], {
        date: '2022-01-26',
      }),
      point('p-short', LAVROV.id, [source(A, 'The ball is now in the court of Russia.')], { date: '2022-01-25' }),
    ],
  );
  const report = scoreDataset(data, gold);
  assert.equal(report.counts.matchedGold, 2);
  assert.equal(report.counts.datesCorrect, 2, 'each gold got the prediction with its own words');
});

test('identical words of two speakers go to the predictions with the right speakers', () => {
  const words = 'rejected the demand in their own written response';
  const gold = [
    goldArticle(A, [statement(words, { direct: false, speaker: ['United States', 'Washington'] }), statement(words, { direct: false, speaker: ['NATO'] })]),
  ];
  const us = actor('united-states', 'United States', ['Washington'], 'country');
  const data = dataset([us, NATO], [point('p-nato', NATO.id, [source(A, words)]), point('p-us', us.id, [source(A, words)])]);
  const { counts } = scoreDataset(data, gold);
  assert.equal(counts.matchedGold, 2);
  assert.equal(counts.speakerCorrect, 2);
});

test('speaker is right when any alias of the actor equals a gold name', () => {
  const gold = [
    goldArticle(A, [
      statement('We are currently waiting for the promised answers', { speaker: ['Sergei Lavrov'] }),
      statement('The exchange of views on the situation continues', { speaker: ['Kremlin press office', 'the Kremlin'] }),
      statement('stressed the importance of a diplomatic path', { speaker: ['Antony Blinken'] }),
    ]),
  ];
  const kremlin = actor('kremlin', 'Kremlin', [], 'organisation');
  const data = dataset(
    [LAVROV, kremlin],
    [
      point('p1', LAVROV.id, [source(A, 'We are currently waiting for the promised answers')]),
      point('p2', kremlin.id, [source(A, 'The exchange of views on the situation continues')]),
      point('p3', LAVROV.id, [source(A, 'stressed the importance of a diplomatic path')]),
    ],
  );
  const report = scoreDataset(data, gold);
  assert.equal(report.counts.speakerChecked, 3);
  assert.equal(report.counts.speakerCorrect, 2);
  const wrong = report.articles[0]?.wrongSpeakers[0];
  assert.equal(wrong?.expected, 'Antony Blinken');
  assert.equal(wrong?.got, 'Sergey Lavrov (sergey-lavrov)');
});

test('a null gold speaker expects the unknown actor or an actor of kind unknown', () => {
  const words = ['Not one more truck until Kyiv pays', 'Nobody will pay for this mess', 'We will block every crossing'];
  const gold = [
    goldArticle(
      A,
      words.map((w) => statement(w, { speaker: null })),
    ),
  ];
  const anonymous = actor('anonymous-leaflet', 'Leaflet author', [], 'unknown');
  const data = dataset(
    [UNKNOWN, anonymous, LAVROV],
    [
      point('p1', 'unknown', [source(A, words[0] ?? '')]),
      point('p2', anonymous.id, [source(A, words[1] ?? '')]),
      point('p3', LAVROV.id, [source(A, words[2] ?? '')]),
    ],
  );
  const { counts } = scoreDataset(data, gold);
  assert.equal(counts.speakerChecked, 3);
  assert.equal(counts.speakerCorrect, 2);
});

test('addressees compare as sets of distinct actors, with nothing extra', () => {
  const both = [['Russia', 'Moscow'], ['NATO']];
  const words = ['first message about the troops', 'second message about the border', 'third message about the missiles', 'fourth message about exercises'];
  const gold = [
    goldArticle(A, [
      statement(words[0] ?? '', { addressees: both }),
      statement(words[1] ?? '', { addressees: both }),
      statement(words[2] ?? '', { addressees: both }),
      statement(words[3] ?? '', { addressees: both }),
      statement('no addressee is named for this one', { addressees: [] }),
    ]),
  ];
  const data = dataset(
    [LAVROV, RUSSIA, NATO, BLINKEN],
    [
      point('p-swapped', LAVROV.id, [source(A, words[0] ?? '')], { addressees: [NATO.id, RUSSIA.id] }),
      point('p-missing', LAVROV.id, [source(A, words[1] ?? '')], { addressees: [RUSSIA.id] }),
      point('p-extra', LAVROV.id, [source(A, words[2] ?? '')], { addressees: [RUSSIA.id, NATO.id, BLINKEN.id] }),
      point('p-twice', LAVROV.id, [source(A, words[3] ?? '')], { addressees: [RUSSIA.id, RUSSIA.id] }),
      point('p-none', LAVROV.id, [source(A, 'no addressee is named for this one')], { addressees: [BLINKEN.id] }),
    ],
  );
  const report = scoreDataset(data, gold);
  assert.equal(report.counts.addresseesChecked, 4, 'a gold without addressees is not checked');
  assert.equal(report.counts.addresseesCorrect, 1);
  assert.deepEqual(
    report.articles[0]?.wrongAddressees.map((m) => m.point),
    ['p-missing', 'p-extra', 'p-twice'],
  );
});

test('one predicted addressee cannot stand for two gold addressees', () => {
  // Both gold addressees accept the Russia actor, so only distinctness rejects [Russia, NATO].
  const gold = [goldArticle(A, [statement('a message to two parties at once', { addressees: [['Russia'], ['Russian Federation']] })])];
  const data = dataset([LAVROV, RUSSIA, NATO], [point('p1', LAVROV.id, [source(A, 'a message to two parties at once')], { addressees: [RUSSIA.id, NATO.id] })]);
  const { counts } = scoreDataset(data, gold);
  assert.equal(counts.addresseesChecked, 1);
  assert.equal(counts.addresseesCorrect, 0);
});

test('dates must agree exactly on a single-article point', () => {
  const gold = [
    goldArticle(A, [
      statement('Russia is still awaiting the response of NATO', { date: '2022-01-18', dateEnd: '2022-01-18' }),
      statement('promised to provide written responses to the list', { date: '2022-01-10', dateEnd: '2022-01-16', precision: 'week' }),
      statement('that Moscow has many concerns about the alliance', { date: '2022-01-10', dateEnd: '2022-01-16', precision: 'week' }),
    ]),
  ];
  const data = dataset(
    [LAVROV],
    [
      point('p1', LAVROV.id, [source(A, 'Russia is still awaiting the response of NATO')], { date: '2022-01-18' }),
      point('p2', LAVROV.id, [source(A, 'promised to provide written responses to the list')], { date: '2022-01-14' }),
      // Right first day, wrong span: the week is not a day.
      point('p3', LAVROV.id, [source(A, 'that Moscow has many concerns about the alliance')], { date: '2022-01-10', dateEnd: '2022-01-10' }),
    ],
  );
  const report = scoreDataset(data, gold);
  assert.equal(report.counts.datesChecked, 3);
  assert.equal(report.counts.datesCorrect, 1);
  assert.equal(report.articles[0]?.wrongDates[0]?.expected, '2022-01-10..2022-01-16 (week)');
  assert.equal(report.articles[0]?.wrongDates[0]?.got, '2022-01-14 (day)');
});

test('a keyed statement accepts the more precise date of a point merged from several articles', () => {
  const monthOnly = { date: '2022-01-01', dateEnd: '2022-01-31', precision: 'month' as const };
  const gold = [
    goldArticle(A, [
      statement('rejected the demand of Russia in their own written response', { direct: false, same: 'us-response', ...monthOnly }),
      statement('rejected the demand of Russia on membership of Ukraine', { direct: false, ...monthOnly }),
    ]),
    goldArticle(B, [
      statement('We have delivered a written response to the demands of Russia', { same: 'us-response', date: '2022-01-26', dateEnd: '2022-01-26' }),
    ]),
  ];
  const data = dataset(
    [BLINKEN],
    [
      point(
        'p-merged',
        BLINKEN.id,
        [source(A, 'rejected the demand of Russia in their own written response'), source(B, 'We have delivered a written response to the demands of Russia')],
        { date: '2022-01-26' },
      ),
      point('p-single', BLINKEN.id, [source(A, 'rejected the demand of Russia on membership of Ukraine')], { date: '2022-01-26' }),
    ],
  );
  const report = scoreDataset(data, gold);
  assert.equal(report.counts.datesCorrect, 2, 'the merged keyed statement passes, the single-article one does not');
  assert.equal(report.articles[0]?.wrongDates[0]?.words, 'rejected the demand of Russia on membership of Ukraine');
});

test('keyed statements in different articles count as merged only in one point', () => {
  const gold = [
    goldArticle(A, [
      statement('We can confirm we received a written reply from Vyrna', { same: 'confirm' }),
      statement('it would be pointless to argue in public', { same: 'pointless' }),
    ]),
    goldArticle(B, [
      statement('a written reply from Vyrna that they received', { same: 'confirm' }),
      statement('It would be pointless to argue in public, so we will let Vyrna decide', { same: 'pointless' }),
    ]),
  ];
  const data = dataset(
    [BLINKEN],
    [
      point('p-confirm', BLINKEN.id, [
        source(A, 'We can confirm we received a written reply from Vyrna'),
        source(B, 'a written reply from Vyrna that they received'),
      ]),
      point('p-pointless-a', BLINKEN.id, [source(A, 'it would be pointless to argue in public')]),
      point('p-pointless-b', BLINKEN.id, [source(B, 'It would be pointless to argue in public, so we will let Vyrna decide')]),
    ],
  );
  const { merges } = scoreDataset(data, gold);
  assert.deepEqual(merges.counts, { pairs: 2, bothMatched: 2, merged: 1, wrongMerges: 0 });
  assert.equal(merges.missed[0]?.key, 'pointless');
});

test('a point whose sources match different acts is a wrong merge', () => {
  const gold = [
    goldArticle(A, [statement('first distinct statement about troops', { same: 'one' }), statement('second distinct statement about missiles')]),
    goldArticle(B, [
      statement('third distinct statement about borders', { same: 'two' }),
      statement('fourth distinct statement about drills', { same: 'one' }),
    ]),
  ];
  const data = dataset(
    [LAVROV],
    [
      // Two unkeyed/different-key acts merged: wrong.
      point('p-bad', LAVROV.id, [source(A, 'second distinct statement about missiles'), source(B, 'third distinct statement about borders')]),
      // The same key across articles: right.
      point('p-good', LAVROV.id, [source(A, 'first distinct statement about troops'), source(B, 'fourth distinct statement about drills')]),
    ],
  );
  const { merges } = scoreDataset(data, gold);
  assert.equal(merges.counts.wrongMerges, 1);
  assert.equal(merges.wrong[0]?.point, 'p-bad');
  assert.equal(merges.counts.merged, 1);
});

test('an unmatched prediction that is a noise string is a noise violation', () => {
  const gold = [
    goldArticle(
      A,
      [statement('Russia has delivered written responses on its demands for “security guarantees” in eastern Europe', { direct: false })],
      ['security guarantees', 'Russia Is Ready for Any Choice'],
    ),
  ];
  const data = dataset(
    [RUSSIA],
    [
      point('p-gold', RUSSIA.id, [source(A, 'Russia has delivered written responses on its demands for "security guarantees" in eastern Europe')]),
      point('p-headline', RUSSIA.id, [source(A, 'Russia is ready for any choice')]),
      point('p-scare', RUSSIA.id, [source(A, '“security guarantees”')]),
      point('p-other', RUSSIA.id, [source(A, 'an unrelated claim about security and guarantees of many other kinds entirely')]),
    ],
  );
  const report = scoreDataset(data, gold);
  assert.equal(report.counts.matchedGold, 1);
  assert.equal(report.counts.noiseViolations, 2);
  assert.deepEqual(
    report.articles[0]?.noise.map((n) => n.point),
    ['p-headline', 'p-scare'],
  );
});

test('when a noise string and a real report fit a gold statement, the real report gets it', () => {
  const gold = [
    goldArticle(A, [statement('any threat to Kyiv', { direct: false, kind: 'denial', speaker: ['Russia'] })], ['Moscow has dismissed any threat to Kyiv']),
  ];
  const data = dataset(
    [RUSSIA],
    [
      // The subheading is the closer text, so only the noise preference keeps it off the gold.
      point('p-subheading', RUSSIA.id, [source(A, 'Moscow has dismissed any threat to Kyiv')]),
      point('p-body', RUSSIA.id, [source(A, 'the Kremlin spokesman has repeatedly and firmly dismissed any threat to Kyiv as baseless western propaganda')]),
    ],
  );
  const report = scoreDataset(data, gold);
  assert.equal(report.counts.matchedGold, 1);
  assert.deepEqual(
    report.articles[0]?.noise.map((n) => n.point),
    ['p-subheading'],
  );
});

test('indirect gold can match through the excerpt when the quote is short, direct gold cannot', () => {
  const sentence = 'A readout said Lavrov told Blinken that Moscow needs concrete article-by-article responses as soon as possible.';
  const gold = [
    goldArticle(A, [statement('that Moscow needs concrete article-by-article responses', { direct: false })]),
    goldArticle(B, [statement('that Moscow needs concrete article-by-article responses', { direct: true })]),
  ];
  const data = dataset(
    [LAVROV],
    [point('p-a', LAVROV.id, [source(A, 'responses', { excerpt: sentence })]), point('p-b', LAVROV.id, [source(B, 'responses', { excerpt: sentence })])],
  );
  const report = scoreDataset(data, gold);
  assert.equal(report.articles[0]?.counts.matchedGold, 1);
  assert.equal(report.articles[1]?.counts.matchedGold, 0);
});

test('sources of articles without gold are not scored, and article dates are compared', () => {
  const gold = [goldArticle(A, [statement('a statement in the annotated article')], [], '2022-02-01')];
  const data = dataset(
    [LAVROV],
    [point('p1', LAVROV.id, [source(A, 'a statement in the annotated article'), source('other', 'something else entirely')])],
    [{ id: A, date: '2022-01-31' }],
  );
  const report = scoreDataset(data, gold);
  assert.equal(report.counts.predicted, 1);
  assert.equal(report.unscoredSources, 1);
  assert.equal(report.counts.articleDatesCorrect, 0);
  assert.deepEqual(report.articles[0]?.articleDate, { expected: '2022-02-01', got: '2022-01-31' });
});

test('combineReports sums the corpora', () => {
  const gold = [goldArticle(A, [statement('a statement in the annotated article')])];
  const one = scoreDataset(dataset([LAVROV], [point('p1', LAVROV.id, [source(A, 'a statement in the annotated article')])]), gold);
  const none = scoreDataset(dataset([LAVROV], []), gold);
  const combined = combineReports([
    { name: 'seeds', report: one },
    { name: 'novel', report: none },
  ]);
  assert.equal(combined.counts.gold, 2);
  assert.equal(combined.counts.matchedGold, 1);
  assert.equal(combined.counts.predicted, 1);
  assert.deepEqual(
    combined.corpora.map((c) => c.name),
    ['seeds', 'novel'],
  );
});

test('reply links: found when the replying statement’s point names the answered one’s, in the same field', () => {
  const letter = statement('sent a letter asking for written security guarantees', { id: 'letter', kind: 'document', direct: false });
  const reply = statement('replied in writing that the guarantees were not on offer', { id: 'reply', kind: 'document', direct: false, inReplyTo: 'letter' });
  const said = statement('the talks had been useful and would continue', { id: 'said', direct: false, about: 'letter' });
  const gold = [goldArticle(A, [letter, reply, said])];
  const points = (replyTo: string | null, about: string | null) =>
    dataset(
      [LAVROV],
      [
        point('p-letter', LAVROV.id, [source(A, letter.words)]),
        point('p-reply', LAVROV.id, [source(A, reply.words)], { inReplyTo: replyTo }),
        point('p-said', LAVROV.id, [source(A, said.words)], { about }),
      ],
    );
  assert.deepEqual(scoreDataset(points('p-letter', 'p-letter'), gold).links.counts, { predicted: 2, correct: 2, gold: 2, found: 2 });
  // A link in the wrong field, or to the wrong point, is a miss and counts against precision.
  const wrong = scoreDataset(points('p-said', null), gold).links;
  assert.deepEqual(wrong.counts, { predicted: 1, correct: 0, gold: 2, found: 0 });
  assert.deepEqual(wrong.wrong, [{ field: 'inReplyTo', point: 'p-reply', target: 'p-said' }]);
  assert.deepEqual(
    wrong.missed.map((m) => [m.id, m.field, m.points]),
    [
      ['reply', 'inReplyTo', ['p-reply', 'p-letter']],
      ['said', 'about', ['p-said', 'p-letter']],
    ],
  );
});

test('reply links: a same: target names an act another article annotates, and an unknown key is an error', () => {
  const letter = statement('sent a letter asking for written security guarantees', { kind: 'document', direct: false, same: 'the-letter' });
  const reply = statement('replied in writing that the guarantees were not on offer', { kind: 'document', direct: false, inReplyTo: 'same:the-letter' });
  const data = dataset(
    [LAVROV],
    [point('p-letter', LAVROV.id, [source(A, letter.words)]), point('p-reply', LAVROV.id, [source(B, reply.words)], { inReplyTo: 'p-letter' })],
  );
  const report = scoreDataset(data, [goldArticle(A, [letter]), goldArticle(B, [reply])]);
  assert.deepEqual(report.links.counts, { predicted: 1, correct: 1, gold: 1, found: 1 });
  const broken = statement('replied in writing that the guarantees were not on offer', { inReplyTo: 'same:no-such-key' });
  assert.throws(() => scoreDataset(data, [goldArticle(B, [broken])]), GoldError);
});
