/** An actor's record: what it said and was told, newest first, and its counts by kind and by addressee. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actorRecords, actorsBySide, countOf, listOf, newestFirst, recordLine } from '../../src/pipeline/publish/actor-record.ts';
import { dataset, point } from '../export/support.ts';

const lavrov = dataset([]).actors.find((a) => a.id === 'lavrov')!;
const names: Record<string, string> = { lavrov: 'Sergey Lavrov', blinken: 'Antony Blinken', nato: 'NATO' };
const nameOf = (id: string) => names[id] ?? id;

const points = [
  point('said-to-blinken-early', { date: '2022-01-10', dateEnd: '2022-01-10', addressees: ['blinken'] }),
  point('said-to-blinken-late', { date: '2022-01-20', dateEnd: '2022-01-20', addressees: ['blinken', 'nato'], kind: 'call' }),
  point('said-undated', { date: null, dateEnd: null, datePrecision: 'unknown' }),
  point('said-in-january', { date: '2022-01-01', dateEnd: '2022-01-31', datePrecision: 'month', addressees: ['blinken'] }),
  point('told-by-blinken', { speaker: 'blinken', addressees: ['lavrov'], date: '2022-01-15', dateEnd: '2022-01-15' }),
  point('not-his', { speaker: 'blinken', addressees: ['nato'] }),
];

describe('actorRecords', () => {
  const record = actorRecords([lavrov], points).get('lavrov')!;

  it('lists what it said and what it was told, newest first by the latest day, undated last', () => {
    assert.deepEqual(
      record.said.map((p) => p.id),
      ['said-in-january', 'said-to-blinken-late', 'said-to-blinken-early', 'said-undated'],
    );
    assert.deepEqual(
      record.toldBy.map((p) => p.id),
      ['told-by-blinken'],
    );
  });

  it('counts its acts by kind and its addressees, most first, and what it addressed to no one', () => {
    assert.deepEqual(record.byKind, [
      { key: 'statement', count: 3 },
      { key: 'call', count: 1 },
    ]);
    assert.deepEqual(record.byAddressee, [
      { key: 'blinken', count: 3 },
      { key: 'nato', count: 1 },
    ]);
    assert.deepEqual(record.bySpeaker, [{ key: 'blinken', count: 1 }]);
    assert.equal(record.toNoOne, 1);
  });

  it('says it in one line', () => {
    assert.equal(recordLine(record, nameOf), '3 statements and 1 call; told Antony Blinken 3 times, NATO once; addressed once');
    assert.equal(recordLine(actorRecords([lavrov], []).get('lavrov')!, nameOf), 'Nothing said in the articles');
  });
});

describe('wording', () => {
  it('counts and lists as a reader writes them', () => {
    assert.equal(countOf(1, 'meeting'), '1 meeting');
    assert.equal(countOf(2, 'denial'), '2 denials');
    assert.equal(countOf(2, 'protest'), '2 protests');
    assert.equal(listOf(['a']), 'a');
    assert.equal(listOf(['a', 'b', 'c']), 'a, b and c');
  });

  it('orders ties by id so that every build agrees', () => {
    const [a, b] = [point('a'), point('b')];
    assert.deepEqual(
      [b, a].sort(newestFirst).map((p) => p.id),
      ['a', 'b'],
    );
  });
});

describe('actorsBySide', () => {
  it('groups the actors with pages by side, sides by name and the side-less last', () => {
    const data = dataset([]);
    data.actors = [
      { id: 'nato', name: 'NATO', aliases: [], kind: 'group', side: 'NATO', path: '/actors/nato/' },
      { id: 'lavrov', name: 'Sergey Lavrov', aliases: [], kind: 'person', side: 'Russia', path: '/actors/lavrov/' },
      { id: 'russia', name: 'Russia', aliases: [], kind: 'country', side: 'Russia', path: '/actors/russia/' },
      { id: 'analyst', name: 'An analyst', aliases: [], kind: 'person', path: '/actors/analyst/' },
      { id: 'unknown', name: 'Unresolved speaker', aliases: [], kind: 'unknown' },
    ];
    assert.deepEqual(
      actorsBySide(data, 'Other').map((g) => [g.side, g.actors.map((a) => a.id)]),
      [
        ['NATO', ['nato']],
        ['Russia', ['russia', 'lavrov']],
        ['Other', ['analyst']],
      ],
    );
  });
});
