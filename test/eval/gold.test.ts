import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GoldError, parseGold } from '../../src/pipeline/eval/gold.ts';

const FILE = 'test/fixtures/eval/seeds/x.gold.json';

function valid(): Record<string, unknown> {
  return {
    article: '000_abc',
    articleDate: '2022-02-01',
    statements: [
      {
        id: 's1',
        kind: 'statement',
        direct: true,
        words: 'We can confirm we received a written reply from Vyrna,',
        speaker: ['U.S. official'],
        addressees: [['the press', 'reporters']],
        date: '2022-01-31',
        dateEnd: '2022-01-31',
        precision: 'day',
        same: 'us-confirms',
        note: 'no opening mark',
      },
      {
        id: 's2',
        kind: 'denial',
        direct: false,
        words: 'that it had responded to the U.S. letter',
        speaker: null,
        addressees: [],
        date: null,
        dateEnd: null,
        precision: 'unknown',
      },
    ],
    noise: ['security guarantees'],
  };
}

function withStatement(patch: Record<string, unknown>): Record<string, unknown> {
  const json = valid();
  const statements = json['statements'] as Record<string, unknown>[];
  statements[0] = { ...statements[0], ...patch };
  return json;
}

function problemsOf(json: unknown): string {
  try {
    parseGold(json, FILE);
  } catch (error) {
    assert.ok(error instanceof GoldError, 'parseGold throws a GoldError');
    assert.equal(error.file, FILE);
    assert.ok(error.message.startsWith(FILE), 'the message starts with the file name');
    return error.message;
  }
  assert.fail('expected parseGold to reject the file');
}

test('parseGold accepts a valid file and keeps optional fields', () => {
  const gold = parseGold(valid(), FILE);
  assert.equal(gold.article, '000_abc');
  assert.equal(gold.statements.length, 2);
  assert.equal(gold.statements[0]?.same, 'us-confirms');
  assert.equal(gold.statements[0]?.note, 'no opening mark');
  assert.equal(gold.statements[1]?.speaker, null);
  assert.equal('same' in (gold.statements[1] ?? {}), false);
  assert.deepEqual(gold.noise, ['security guarantees']);
});

test('parseGold names the file when the top level is not an object', () => {
  assert.match(problemsOf([1, 2]), /expected a JSON object/);
});

test('parseGold reports every problem at once, naming the statement and field', () => {
  const message = problemsOf(withStatement({ words: '', kind: 'quote' }));
  assert.match(message, /statements\[0\] \(s1\)\.words: expected non-empty text/);
  assert.match(message, /statements\[0\] \(s1\)\.kind: expected one of/);
});

test('parseGold rejects unknown fields so that typos do not pass silently', () => {
  assert.match(problemsOf(withStatement({ adressees: [] })), /unknown field "adressees"/);
  assert.match(problemsOf({ ...valid(), statments: [] }), /unknown field "statments"/);
});

test('parseGold checks speaker and addressee shapes', () => {
  assert.match(problemsOf(withStatement({ speaker: [] })), /speaker: expected null or a non-empty list/);
  assert.match(problemsOf(withStatement({ speaker: 'Lavrov' })), /speaker: expected null or a non-empty list/);
  assert.match(problemsOf(withStatement({ addressees: ['the press'] })), /addressees: expected a list of non-empty name lists/);
});

test('parseGold checks that dates fit their precision', () => {
  assert.match(problemsOf(withStatement({ dateEnd: '2022-02-01' })), /precision "day" needs date === dateEnd/);
  assert.match(problemsOf(withStatement({ date: '2022-01-25', dateEnd: '2022-01-31', precision: 'week' })), /precision "week" needs Monday to Sunday/);
  assert.match(
    problemsOf(withStatement({ date: '2022-01-01', dateEnd: '2022-01-30', precision: 'month' })),
    /precision "month" needs the first to the last day/,
  );
  assert.match(problemsOf(withStatement({ precision: 'unknown' })), /precision "unknown" needs null dates/);
  assert.match(problemsOf(withStatement({ date: null, dateEnd: null })), /precision "day" needs a date/);
  assert.match(problemsOf(withStatement({ date: '2022-02-30', dateEnd: '2022-02-30' })), /date: expected "YYYY-MM-DD"/);
  // The valid spans themselves pass.
  parseGold(withStatement({ date: '2022-01-24', dateEnd: '2022-01-30', precision: 'week' }), FILE);
  parseGold(withStatement({ date: '2021-12-01', dateEnd: '2021-12-31', precision: 'month' }), FILE);
});

test('parseGold rejects duplicate ids and a same key used twice in one article', () => {
  const json = valid();
  const statements = json['statements'] as Record<string, unknown>[];
  statements[1] = { ...statements[1], id: 's1', same: 'us-confirms' };
  const message = problemsOf(json);
  assert.match(message, /duplicate id "s1"/);
  assert.match(message, /key "us-confirms" used twice in one article/);
});

test('parseGold wants the article name without .txt and a noise list', () => {
  assert.match(problemsOf({ ...valid(), article: '000_abc.txt' }), /must not end in "\.txt"/);
  assert.match(problemsOf({ ...valid(), noise: 'x' }), /noise: expected a list/);
});

test('parseGold takes reply links to statements of the file or to same: keys, and nothing else', () => {
  const withLinks = (links: Record<string, unknown>): Record<string, unknown> => {
    const json = valid();
    const statements = json['statements'] as Record<string, unknown>[];
    statements[1] = { ...statements[1], ...links };
    return json;
  };
  assert.equal(parseGold(withLinks({ inReplyTo: 's1' }), FILE).statements[1]?.inReplyTo, 's1');
  assert.equal(parseGold(withLinks({ about: 'same:a-call' }), FILE).statements[1]?.about, 'same:a-call');
  assert.equal('about' in (parseGold(valid(), FILE).statements[1] ?? {}), false);
  assert.match(problemsOf(withLinks({ inReplyTo: 'nowhere' })), /\(s2\)\.inReplyTo: no statement "nowhere" in this file/);
  assert.match(problemsOf(withLinks({ about: '' })), /\(s2\)\.about: expected a statement id/);
  assert.match(problemsOf(withLinks({ inReplyTo: 's2' })), /cannot answer itself/);
});
