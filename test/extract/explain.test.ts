import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDataset } from '../../src/pipeline/build-dataset.ts';
import { formatExplanation } from '../../src/pipeline/explain.ts';
import { parse, registry } from './support.ts';

describe('explain: why each statement says what it says', () => {
  const article = parse('Ana Ruiz told Tomas Brenner on Tuesday that the border would reopen for lorries.', { date: '2024-03-14' });
  const { statements, dataset } = buildDataset([article], registry());

  it('names the rules behind the speaker, the addressee, the words and the date', () => {
    assert.equal(statements.length, 1);
    const { why } = statements[0]!.statement;
    assert.ok(why.speaker.includes('speaker.before-cue') && why.speaker.includes('coreference.known-name'), why.speaker.join());
    assert.ok(why.addressees.includes('addressee.object-of-verb'), why.addressees.join());
    assert.ok(why.words.includes('words.content-after-cue'), why.words.join());
    assert.deepEqual(why.date, ['date.weekday', 'date.time-in-clause']);
  });

  it('ties each statement to the point it became', () => {
    assert.equal(statements[0]!.point, dataset.points[0]!.id);
  });

  it('prints each part with its rules, under its article', () => {
    const text = formatExplanation(statements);
    assert.match(text, /^== test-article ==$/m);
    assert.match(text, /\[statement\] Ana Ruiz → Tomas Brenner, 2024-03-12: that the border would reopen for lorries$/m);
    assert.match(text, /^ {2}date: {7}date\.weekday, date\.time-in-clause$/m);
    assert.match(text, new RegExp(`^ {2}point: {6}${dataset.points[0]!.id}$`, 'm'));
  });
});
