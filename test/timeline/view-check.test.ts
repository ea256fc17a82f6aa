/** The view a link asks for, against what the timeline has: what is dropped, and what the reader is told. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NO_FILTER } from '../../src/islands/timeline/layout.ts';
import type { UrlState } from '../../src/islands/timeline/url-state.ts';
import { checkView, noticeText, type Notice } from '../../src/islands/timeline/view-check.ts';
import { actorMap, point } from './support.ts';

const points = [
  point('lavrov', '2022-01-10', { id: 'a', addressees: ['blinken'] }),
  point('blinken', '2022-01-12', { id: 'b', kind: 'call' }),
  point('lavrov', '2022-02-20', { id: 'c' }),
  point('kremlin', null, { id: 'd' }),
];
const asked = (overrides: Partial<UrlState>): UrlState => ({ point: null, from: null, to: null, filter: NO_FILTER, listView: false, ...overrides });
const kinds = (notices: Notice[]) => notices.map((n) => n.kind);

describe('checkView', () => {
  it('leaves a view the timeline can show as it is, with nothing to say', () => {
    const view = asked({ point: 'b', from: '2022-01-09', to: '2022-01-13', filter: { sides: ['Russia'], kinds: ['statement'], actor: 'blinken' } });
    assert.deepEqual(checkView(view, points, actorMap), { state: view, notices: [] });
  });

  it('drops an actor, side, kind or point it has never heard of, and says which', () => {
    const { state, notices } = checkView(
      asked({ point: 'gone', filter: { sides: ['Russia', 'Atlantis'], kinds: ['statement', 'séance'], actor: 'nobody' } }),
      points,
      actorMap,
    );
    assert.deepEqual(state.filter, { sides: ['Russia'], kinds: ['statement'], actor: null });
    assert.equal(state.point, null);
    assert.deepEqual(notices, [
      { kind: 'unknown-side', value: 'Atlantis' },
      { kind: 'unknown-kind', value: 'séance' },
      { kind: 'unknown-actor', value: 'nobody' },
      { kind: 'unknown-point', value: 'gone' },
    ]);
  });

  it('shows the whole timeline for a range outside every statement’s date (no axis at year 0)', () => {
    const { state, notices } = checkView(asked({ from: '1000-01-01', to: '1000-02-01' }), points, actorMap);
    assert.deepEqual([state.from, state.to], [null, null]);
    assert.deepEqual(notices, [{ kind: 'range-outside', from: '1000-01-01', to: '1000-02-01' }]);
  });

  it('keeps a range inside the story that happens to hold nothing, and says so', () => {
    const { state, notices } = checkView(asked({ from: '2022-01-20', to: '2022-02-10' }), points, actorMap);
    assert.deepEqual([state.from, state.to], ['2022-01-20', '2022-02-10']);
    assert.deepEqual(kinds(notices), ['range-empty']);
  });

  it('counts only what the filters let through when it judges a range empty', () => {
    assert.deepEqual(kinds(checkView(asked({ from: '2022-01-11', to: '2022-01-13' }), points, actorMap).notices), []);
    const onlyStatements = asked({ from: '2022-01-11', to: '2022-01-13', filter: { ...NO_FILTER, kinds: ['statement'] } });
    assert.deepEqual(kinds(checkView(onlyStatements, points, actorMap).notices), ['range-empty']);
  });

  it('says so when the filters leave no statement at all', () => {
    const view = asked({ filter: { sides: ['United States'], kinds: ['statement'], actor: null } });
    assert.deepEqual(kinds(checkView(view, points, actorMap).notices), ['nothing-matches']);
  });
});

describe('noticeText', () => {
  it('keeps what the link said apart from the site’s words, to be isolated on the page', () => {
    const parts = noticeText({ kind: 'unknown-actor', value: '\u202Exyzzy' }, (d) => d);
    assert.deepEqual(
      parts.filter((p) => typeof p !== 'string'),
      [{ echo: '\u202Exyzzy' }],
    );
    for (const part of parts) if (typeof part === 'string') assert.ok(!part.includes('xyzzy'));
  });

  it('writes the days of a range in words', () => {
    const [text] = noticeText({ kind: 'range-empty', from: '2022-01-20', to: '2022-02-10' }, (d) => `<${d}>`);
    assert.ok(typeof text === 'string');
    assert.match(text, /between <2022-01-20> and <2022-02-10>/);
  });
});
