import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keyAction, moveTarget, threadTarget, type MoveAction } from '../../src/islands/timeline/keyboard.ts';
import { buildLanes, dayStart, itemsByRow, placeItems } from '../../src/islands/timeline/layout.ts';
import { actorMap, point } from './support.ts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('timeline keys', () => {
  it('moves in time with Left/Right and between rows with Up/Down', () => {
    assert.equal(keyAction(key('ArrowRight'), false), 'next');
    assert.equal(keyAction(key('ArrowLeft'), false), 'previous');
    assert.equal(keyAction(key('ArrowUp'), false), 'row-up');
    assert.equal(keyAction(key('ArrowDown'), false), 'row-down');
    assert.equal(keyAction(key('Home'), false), 'first');
    assert.equal(keyAction(key('End'), false), 'last');
  });

  it('turns the arrows with the picture when time runs down', () => {
    assert.equal(keyAction(key('ArrowDown'), true), 'next');
    assert.equal(keyAction(key('ArrowRight'), true), 'row-down');
    assert.equal(keyAction(key('Enter'), true), 'open');
  });

  it('zooms with + and −, but leaves Ctrl/⌘ + and − to the browser', () => {
    assert.equal(keyAction(key('+'), false), 'zoom-in');
    assert.equal(keyAction(key('-'), false), 'zoom-out');
    assert.equal(keyAction(key('+', { ctrlKey: true }), false), null);
    assert.equal(keyAction(key('-', { metaKey: true }), false), null);
  });

  it('ignores other keys, so Tab still leaves the timeline', () => {
    assert.equal(keyAction(key('Tab'), false), null);
    assert.equal(keyAction(key('a'), false), null);
  });
});

describe('moving between points', () => {
  const points = [point('lavrov', '2022-01-10'), point('blinken', '2022-01-12'), point('lavrov', '2022-01-20'), point('blinken', '2022-01-21')];
  const lanes = buildLanes(points, actorMap, 'actor');
  const items = placeItems(
    points,
    points.map((_, i) => i),
    lanes,
  );
  const byRow = itemsByRow(items, lanes.rows.length);
  const all: [number, number] = [dayStart('2022-01-01'), dayStart('2022-02-01')];
  const move = (action: MoveAction, from: number | null, span = all) =>
    moveTarget(action, items, byRow, from === null ? null : items[from]!, span)?.point ?? null;

  it('walks in time order and stops at the ends', () => {
    assert.equal(move('next', 0), 1);
    assert.equal(move('previous', 1), 0);
    assert.equal(move('previous', 0), 0);
    assert.equal(move('next', 3), 3);
    assert.equal(move('first', 2), 0);
    assert.equal(move('last', 0), 3);
  });

  it('with nothing focused, starts from what is in view', () => {
    const lateJanuary: [number, number] = [dayStart('2022-01-18'), dayStart('2022-01-25')];
    assert.equal(move('next', null, lateJanuary), 2);
    assert.equal(move('previous', null, lateJanuary), 3);
  });

  it('goes to the nearest point in time in the next row', () => {
    const lavrovLate = 2;
    const target = move(lanes.rowOfActor.get('lavrov')! < lanes.rowOfActor.get('blinken')! ? 'row-down' : 'row-up', lavrovLate);
    assert.equal(target, 3);
  });
});

describe('following an exchange', () => {
  it('goes along it with Shift and the arrows along time, which turn with the picture', () => {
    assert.equal(keyAction(key('ArrowRight', { shiftKey: true }), false), 'thread-next');
    assert.equal(keyAction(key('ArrowLeft', { shiftKey: true }), false), 'thread-previous');
    assert.equal(keyAction(key('ArrowDown', { shiftKey: true }), true), 'thread-next');
    assert.equal(keyAction(key('ArrowUp', { shiftKey: true }), true), 'thread-previous');
    assert.equal(keyAction(key('ArrowUp', { shiftKey: true }), false), null, 'no row move with Shift');
  });

  it('steps to the neighbour in the exchange, and nowhere past its ends or from outside it', () => {
    const thread = ['letter', 'reply', 'follow-up'];
    assert.equal(threadTarget(thread, 'reply', 1), 'follow-up');
    assert.equal(threadTarget(thread, 'reply', -1), 'letter');
    assert.equal(threadTarget(thread, 'follow-up', 1), null);
    assert.equal(threadTarget(thread, 'elsewhere', 1), null);
  });
});
