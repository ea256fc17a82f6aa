import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatReport, ratio } from '../../src/pipeline/eval/format-report.ts';
import { combineReports, scoreDataset } from '../../src/pipeline/eval/score.ts';
import { BLINKEN, LAVROV, dataset, goldArticle, point, source, statement } from './helpers.ts';

test('ratio prints one decimal and the raw counts', () => {
  assert.equal(ratio(20, 21), '95.2% (20/21)');
  assert.equal(ratio(1, 3), '33.3% (1/3)');
  assert.equal(ratio(0, 0), 'n/a (0/0)');
});

function sample() {
  const gold = [
    goldArticle('000_seed', [
      statement('We are currently waiting for the promised answers'),
      statement('We expect to continue these negotiations with our partners', { id: 'missed-one' }),
    ]),
  ];
  const data = dataset(
    [LAVROV, BLINKEN],
    [
      point('p1', BLINKEN.id, [source('000_seed', 'We are currently waiting for the promised answers')]),
      point('p2', LAVROV.id, [source('000_seed', 'An invented sentence nobody annotated at all')]),
    ],
  );
  return combineReports([{ name: 'seeds', report: scoreDataset(data, gold) }]);
}

test('the report shows overall, per-corpus and per-article figures', () => {
  const text = formatReport(sample());
  assert.match(text, /^OVERALL \(1 articles\)$/m);
  assert.match(text, /^SEEDS \(1 articles\)$/m);
  assert.match(text, /precision\s+50\.0% \(1\/2\)/);
  assert.match(text, /recall\s+50\.0% \(1\/2\)/);
  assert.match(text, /speaker accuracy\s+0\.0% \(0\/1\)/);
  assert.match(text, /^seeds\/000_seed\s+2\s+2\s+50\.0% \(1\/2\)/m);
  assert.doesNotMatch(text, /missed-one/, 'details only with --verbose');
});

test('the verbose report lists misses, false positives and wrong speakers with expected and got', () => {
  const text = formatReport(sample(), { verbose: true });
  assert.match(text, /== seeds\/000_seed ==/);
  assert.match(text, /missed \(1\):\n\s+missed-one \[direct\] "We expect to continue/);
  assert.match(text, /false positives \(1\):\n\s+p2 Sergey Lavrov \(sergey-lavrov\): "An invented sentence/);
  assert.match(
    text,
    /wrong speaker \(1\):\n\s+s\d+ "We are currently waiting for the promised answers": expected Sergey Lavrov \/ Sergei Lavrov; got Antony Blinken/,
  );
});

test('the report gives reply-link precision and recall, and the verbose one each missed and wrong link', () => {
  const letter = statement('sent a letter asking for written security guarantees', { id: 'letter', kind: 'document', direct: false });
  const reply = statement('replied in writing that the guarantees were not on offer', { id: 'reply', kind: 'document', direct: false, inReplyTo: 'letter' });
  const data = dataset(
    [LAVROV],
    [point('p-letter', LAVROV.id, [source('000_seed', letter.words)], { about: 'p-reply' }), point('p-reply', LAVROV.id, [source('000_seed', reply.words)])],
  );
  const report = combineReports([{ name: 'seeds', report: scoreDataset(data, [goldArticle('000_seed', [letter, reply])]) }]);
  assert.match(formatReport(report), /^ {2}reply links\s+precision 0\.0% \(0\/1\), recall 0\.0% \(0\/1\)$/m);
  const verbose = formatReport(report, { verbose: true });
  assert.match(verbose, /== seeds: reply links ==\n\s+missed inReplyTo 000_seed\/reply "replied in writing[^"]*" -> letter \(points p-reply -> p-letter\)/);
  assert.match(verbose, /wrong about: p-letter -> p-reply/);
});
