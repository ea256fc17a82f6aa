import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keyAction } from '../../src/islands/timeline/keyboard.ts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
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
