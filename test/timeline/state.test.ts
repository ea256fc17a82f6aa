/** The island's state and data without a page: what the address bar says, and what a filter or a phone makes of the story. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TimelineData } from '../../src/shared/dataset.ts';
import { focusAnnouncement, threadEndAnnouncement, unplacedAnnouncement } from '../../src/islands/timeline/announcements.ts';
import { NO_FILTER, type Glyph } from '../../src/islands/timeline/layout.ts';
import { anchorOf, IN_URL, initialState, urlStateOf } from '../../src/islands/timeline/state.ts';
import { arrange, storyOf, withParts } from '../../src/islands/timeline/story.ts';
import { actors, point } from './support.ts';

const data = (points: TimelineData['points']): TimelineData => ({ actors, articles: [], points });

const first = point('lavrov', '2022-01-18', { id: 'a', addressees: ['blinken'], quote: 'We wait for answers' });
const reply = point('blinken', '2022-01-20', { id: 'b', inReplyTo: 'a', summary: 'Blinken answered Lavrov' });
const undated = point('kremlin', null, { id: 'c' });
const story = storyOf(data([first, reply, undated]));

describe('the address bar, from the state', () => {
  it('says nothing of a story seen whole with nothing chosen', () => {
    assert.deepEqual(urlStateOf(initialState(false)), { point: null, from: null, to: null, filter: NO_FILTER, listView: false });
  });

  it('does not change with the parts of the state it leaves out of IN_URL', () => {
    const [item] = arrange(story, { filter: NO_FILTER, vertical: false, openLane: null }).items;
    const base = initialState(false);
    assert.ok(item);
    assert.deepEqual(urlStateOf({ ...base, focused: item, vertical: true, openLane: 'Russia', announcement: 'said' }), urlStateOf(base));
    assert.deepEqual([...IN_URL].sort(), ['filter', 'listView', 'range', 'selected']);
  });

  it('names the open point, the days in view, the filter and the list', () => {
    const filter = { sides: ['Russia'], kinds: [], actor: null };
    const state = { ...initialState(false), selected: 'b', range: { from: '2022-01-18', to: '2022-01-21' }, filter, listView: true };
    assert.deepEqual(urlStateOf(state), { point: 'b', from: '2022-01-18', to: '2022-01-21', filter, listView: true });
  });
});

describe('the point an exchange is followed from', () => {
  const { items } = arrange(story, { filter: NO_FILTER, vertical: false, openLane: null });

  it('is the focused point before the open one', () => {
    const focused = items.find((item) => item.id === 'b')!;
    assert.equal(anchorOf({ ...initialState(false), focused, selected: 'a' }, story.data.points, story.indexOf)?.id, 'b');
  });

  it('is the open point when none has the focus, and none when neither is chosen', () => {
    assert.equal(anchorOf({ ...initialState(false), selected: 'a' }, story.data.points, story.indexOf)?.id, 'a');
    assert.equal(anchorOf(initialState(false), story.data.points, story.indexOf), null);
  });
});

describe('the arrangement', () => {
  it('places the dated points the filter lets through, and lists the undated ones beside', () => {
    const all = arrange(story, { filter: NO_FILTER, vertical: false, openLane: null });
    assert.deepEqual(
      all.items.map((item) => item.id),
      ['a', 'b'],
    );
    assert.deepEqual(all.shown, [0, 1, 2]);
    assert.deepEqual(all.undated, [2]);
    assert.equal(all.itemOf.get(1)?.id, 'b');
    assert.equal(all.rows.length, all.lanes.rows.length);

    const russia = arrange(story, { filter: { sides: ['Russia'], kinds: [], actor: null }, vertical: false, openLane: null });
    assert.deepEqual(
      russia.items.map((item) => item.id),
      ['a'],
    );
    assert.deepEqual(russia.shown, [0, 2]);
    assert.equal(russia.itemOf.has(1), false);
  });

  it('gives a phone one row per side', () => {
    const { lanes } = arrange(story, { filter: NO_FILTER, vertical: true, openLane: null });
    assert.deepEqual(
      lanes.rows.map((row) => row.label),
      ['Russia', 'United States'],
    );
  });
});

describe('parts fetched after the page', () => {
  it('go before the points the page came with, each actor and article once, and are found by id', () => {
    const page: TimelineData = {
      ...data([reply]),
      articles: [{ id: 'x', title: 'X', outlet: null, path: '/x/' }],
      more: { chunks: ['/1.json'], points: 2, span: null },
    };
    const part: TimelineData = { ...data([first]), articles: [{ id: 'x', title: 'X', outlet: null, path: '/x/' }] };
    const merged = withParts(page, [part]);
    assert.deepEqual(
      merged.points.map((p) => p.id),
      ['a', 'b'],
    );
    assert.deepEqual(
      merged.actors.map((a) => a.id),
      actors.map((a) => a.id),
    );
    assert.equal(merged.articles.length, 1);
    assert.equal(merged.more, undefined);
    assert.equal(storyOf(merged).indexOf.get('b'), 1);
  });
});

describe('what the live region says', () => {
  const { items } = arrange(story, { filter: NO_FILTER, vertical: false, openLane: null });
  const [a, b] = [items[0]!, items[1]!];

  it('tells the focused point: when, what, who to whom, its place in the order, and its exchange', () => {
    const line = focusAnnouncement(first, a, items.length, [], story.lookup);
    assert.equal(
      line,
      '18 January 2022 · statement · Sergey Lavrov → Antony Blinken: “We wait for answers” (1 of 2). 1 of 2 in an exchange: Shift + arrows follow it.',
    );
  });

  it('says when the focused point is in a group, and how to open it', () => {
    const group: Glyph = { row: b.row, at: 10, items: [b, a], cluster: true, from: 10, to: 10 };
    const line = focusAnnouncement(reply, b, items.length, [group], story.lookup);
    assert.match(line, /^20 January 2022 · statement · Blinken answered Lavrov \(2 of 2\)\. In a group of 2: press \+ to zoom in\. 2 of 2 in an exchange/);
  });

  it('cuts long words short', () => {
    const long = point('lavrov', '2022-01-18', { quote: 'word '.repeat(100) });
    const longStory = storyOf(data([long]));
    const [item] = arrange(longStory, { filter: NO_FILTER, vertical: false, openLane: null }).items;
    const line = focusAnnouncement(long, item!, 1, [], longStory.lookup);
    assert.ok(line.includes('… (1 of 1).'));
    assert.ok(line.length < 260);
  });

  it('says why an exchange goes no further, and where a point without a mark is', () => {
    assert.equal(threadEndAnnouncement([], 1), 'This statement is not part of an exchange.');
    assert.equal(threadEndAnnouncement([first, reply], 1), 'Last in this exchange of 2.');
    assert.equal(threadEndAnnouncement([first, reply], -1), 'First in this exchange of 2.');
    assert.equal(unplacedAnnouncement(undated, story.lookup), 'Undated · kremlin said something (undated: in the details).');
    assert.match(unplacedAnnouncement(reply, story.lookup), /\(hidden by the filters: in the details\)\.$/);
  });
});
