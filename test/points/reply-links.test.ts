/** Reply links: which point answers which, and which call or meeting a statement was made in or about. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDataset } from '../../src/pipeline/build-dataset.ts';
import { ENCOUNTER_TIES, linkReplies, type PointReports } from '../../src/pipeline/points/reply-links.ts';
import type { Actor, ArticleStatement, Point, PointKind } from '../../src/pipeline/types.ts';
import { paragraphs, parse, registry } from '../extract/support.ts';

const LETTER =
  'Freedonian Foreign Minister Ana Ruiz wrote to her Sylvanian counterpart Tomas Brenner on Monday, asking Port Sylvan to reopen the river crossings.';

function points(...articles: [id: string, date: string, ...paragraphs: string[]][]): Point[] {
  return buildDataset(
    articles.map(([id, date, ...texts]) => parse(paragraphs(`Headline of ${id}`, ...texts), { id, date })),
    registry(),
  ).dataset.points;
}

/** The one point whose words (quote or summary) hold `needle`. */
function find(all: readonly Point[], needle: string): Point {
  const found = all.filter((p) => (p.quote ?? p.summary).includes(needle));
  assert.equal(found.length, 1, `one point with "${needle}": ${all.map((p) => p.summary).join(' | ')}`);
  return found[0]!;
}

describe('reply links: a written reply answers the one earlier text from its addressee', () => {
  const letter: [string, string, string] = ['letter', '2024-05-08', LETTER];
  const reply: [string, string, string] = [
    'reply',
    '2024-05-12',
    'Brenner replied to Ruiz in writing on Thursday, arguing that the crossings had never been closed.',
  ];

  it('links the reply to the letter, whichever article comes first', () => {
    for (const order of [
      [letter, reply],
      [reply, letter],
    ]) {
      const all = points(...order);
      assert.equal(find(all, 'never been closed').inReplyTo, find(all, 'reopen the river crossings').id);
      assert.equal(find(all, 'reopen the river crossings').inReplyTo, null);
    }
  });

  it('makes no link when two earlier texts could be the one answered', () => {
    const second = 'Ruiz wrote to Brenner again on Tuesday, proposing a joint survey of the river.';
    const all = points(['letters', '2024-05-08', LETTER, second], reply);
    assert.equal(find(all, 'never been closed').inReplyTo, null);
  });

  it('does not answer a text sent after it', () => {
    const later = 'Ana Ruiz wrote to Tomas Brenner on 20 May, asking Port Sylvan to reopen the river crossings.';
    const all = points(['later-letter', '2024-05-21', later], reply);
    assert.equal(find(all, 'never been closed').inReplyTo, null);
  });

  it('takes a document that calls itself a response for a reply', () => {
    const response = 'Sylvania has delivered a written response to Freedonia’s letter, the ministry said on Friday.';
    const all = points(letter, ['response', '2024-05-11', response]);
    const answer = all.find((p) => p.speaker !== 'ana-ruiz' && p.kind === 'document');
    assert.ok(answer, all.map((p) => p.summary).join(' | '));
    assert.equal(answer.inReplyTo, find(all, 'reopen the river crossings').id);
  });
});

describe('reply links: a spoken response answers what its addressee said just before', () => {
  it('links "X responded by …" to the sentence before, by the one it responds to', () => {
    const all = points([
      'league',
      '2024-05-12',
      'The Coastal League insisted on Sunday that every state may choose its partners. Brenner responded by asking the League to explain its silence on the dam.',
    ]);
    assert.equal(find(all, 'silence on the dam').inReplyTo, find(all, 'choose its partners').id);
  });

  it('makes no link when something else is told in between', () => {
    const all = points([
      'league',
      '2024-05-12',
      'The Coastal League insisted on Sunday that every state may choose its partners.',
      'The dam has cost more than a billion dollars so far.',
      'Brenner responded by asking the League to explain its silence on the dam.',
    ]);
    assert.equal(find(all, 'silence on the dam').inReplyTo, null);
  });
});

describe('about: what was said in or about a call or meeting', () => {
  it('ties "In a call with Y, X stressed …" to the call', () => {
    const all = points(['call', '2024-05-12', 'In a call with Brenner on Friday, Ruiz stressed that “the river belongs to both our peoples”.']);
    const call = all.find((p) => p.kind === 'call');
    assert.ok(call);
    assert.equal(find(all, 'both our peoples').about, call.id);
  });

  it('ties "She told him …", right after the call, and what she said with it in the same sentence', () => {
    const all = points([
      'call',
      '2024-05-12',
      'Ruiz spoke by phone with Brenner on Saturday. She told him that Freedonia would wait no longer and proposed a joint commission on the river.',
    ]);
    const call = all.find((p) => p.kind === 'call');
    assert.ok(call);
    assert.equal(find(all, 'wait no longer').about, call.id);
    assert.equal(find(all, 'joint commission').about, call.id);
  });

  it('does not tie the sentence after a call when it says where it was said, or is dated apart', () => {
    const all = points([
      'elsewhere',
      '2024-05-12',
      'Ruiz spoke by phone with Brenner on Saturday. “We are further apart than ever,” she said in an interview on Sunday.',
    ]);
    assert.equal(find(all, 'further apart').about, null);
    const apart = points(['apart', '2024-05-12', 'Ruiz spoke by phone with Brenner on Monday. “We are further apart than ever,” she said on Saturday.']);
    assert.equal(find(apart, 'further apart').about, null);
    const same = points(['same', '2024-05-12', 'Ruiz spoke by phone with Brenner on Saturday. “We are further apart than ever,” she said.']);
    assert.equal(find(same, 'further apart').about, same.find((p) => p.kind === 'call')?.id);
  });

  it('does not tie "after the meeting" to a call', () => {
    const all = points([
      'meeting',
      '2024-05-12',
      'Ruiz spoke by phone with Brenner on Saturday.',
      'The dam has cost more than a billion dollars so far.',
      '“We are further apart than ever,” Ruiz told reporters after the meeting on Saturday.',
    ]);
    assert.equal(find(all, 'further apart').about, null);
  });

  it('does not tie a bystander’s comment to a call between others', () => {
    const all = points([
      'bystander',
      '2024-05-12',
      'Ruiz spoke by phone with Brenner on Saturday.',
      '“Talking is always better than shouting,” Coastal League Secretary General Marta Olsen said after the call on Saturday.',
    ]);
    assert.equal(find(all, 'better than shouting').about, null);
  });
});

describe('links are never picked among several', () => {
  const ruiz = registry().find((a) => a.id === 'ana-ruiz')!;
  const brenner = registry().find((a) => a.id === 'tomas-brenner')!;
  let offset = 0;
  /** A report of its own point, told in a sentence of its own after the previous one. */
  function report(kind: PointKind, speaker: Actor, addressees: Actor[], excerpt: string, date: string | null, cue: string | null = null): PointReports {
    const s: ArticleStatement = {
      article: 'story',
      kind,
      speaker,
      addressees,
      direct: false,
      words: excerpt,
      excerpt,
      offset,
      cue,
      datedByText: date !== null,
      why: { speaker: [], addressees: [], words: [], date: [] },
      when: date === null ? null : { date, dateEnd: date, precision: 'day' },
    };
    offset += excerpt.length + 1;
    const point: Point = {
      id: `p${offset}`,
      path: '',
      kind,
      speaker: speaker.id,
      addressees: addressees.map((a) => a.id),
      quote: null,
      summary: excerpt,
      date,
      dateEnd: date,
      datePrecision: date === null ? 'unknown' : 'day',
      sources: [],
    };
    return { point, statements: [s] };
  }
  const day = () => '2024-05-12';

  it('leaves a statement that two calls of its day could hold unlinked', () => {
    const first = report('call', ruiz, [brenner], 'Ruiz spoke by phone with Brenner in the morning.', '2024-05-11');
    const second = report('call', brenner, [ruiz], 'Brenner called her back in the evening.', '2024-05-11');
    report('statement', ruiz, [], 'Something else is told in between.', null);
    const said = report('statement', ruiz, [], 'Ruiz said in a call that the river was not for sale.', '2024-05-11', 'said');
    assert.equal(linkReplies([first, second, said], day)[2]!.about, null);
    // With one call that day, the same words tie the statement to it.
    assert.equal(linkReplies([second, said], day)[1]!.about, second.point.id);
  });

  it('leaves two points that would answer each other unlinked', () => {
    const a = report('document', ruiz, [brenner], 'Ruiz sent Brenner a written response.', '2024-05-10', 'sent');
    const b = report('document', brenner, [ruiz], 'Brenner sent Ruiz a written reply.', '2024-05-10', 'sent');
    const linked = linkReplies([a, b], day);
    assert.deepEqual(
      linked.map((p) => p.inReplyTo),
      [null, null],
    );
    const c = report('document', ruiz, [brenner], 'Ruiz sent Brenner a letter.', '2024-05-09', 'sent');
    assert.equal(linkReplies([c, b], day)[1]!.inReplyTo, c.point.id);
  });
});

describe('encounter ties: each rule fires on the example it exists for', () => {
  for (const tie of ENCOUNTER_TIES) {
    it(`${tie.name}: "${tie.example}"`, () => {
      assert.match(tie.example, tie.pattern);
      for (const other of ENCOUNTER_TIES) if (other !== tie) assert.doesNotMatch(tie.example, other.pattern, other.name);
    });
  }
});
