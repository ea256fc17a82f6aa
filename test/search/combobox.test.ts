import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { comboboxKey, type ListState } from '../../src/islands/search/combobox.ts';

const key = (name: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key: name,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});
const open: ListState = { open: true, count: 3, active: -1, hasText: true };

describe('the combobox keys', () => {
  it('moves down and up through the options, wrapping at the ends', () => {
    assert.deepEqual(comboboxKey(key('ArrowDown'), open), { action: 'move', active: 0 });
    assert.deepEqual(comboboxKey(key('ArrowDown'), { ...open, active: 2 }), { action: 'move', active: 0 });
    assert.deepEqual(comboboxKey(key('ArrowUp'), { ...open, active: 0 }), { action: 'move', active: 2 });
    assert.deepEqual(comboboxKey(key('ArrowUp'), open), { action: 'move', active: 2 });
  });

  it('opens a closed list at its first or last option', () => {
    const closed = { ...open, open: false, active: -1 };
    assert.deepEqual(comboboxKey(key('ArrowDown'), closed), { action: 'move', active: 0 });
    assert.deepEqual(comboboxKey(key('ArrowUp'), closed), { action: 'move', active: 2 });
    assert.equal(comboboxKey(key('ArrowDown'), { ...closed, count: 0 }), null);
  });

  it('chooses the active option with Enter, and otherwise submits the search', () => {
    assert.deepEqual(comboboxKey(key('Enter'), { ...open, active: 1 }), { action: 'choose', active: 1 });
    assert.deepEqual(comboboxKey(key('Enter'), open), { action: 'submit' });
    assert.deepEqual(comboboxKey(key('Enter'), { ...open, open: false, active: -1 }), { action: 'submit' });
  });

  it('closes with Escape, then clears, then leaves Escape alone', () => {
    assert.deepEqual(comboboxKey(key('Escape'), open), { action: 'close' });
    assert.deepEqual(comboboxKey(key('Escape'), { ...open, open: false }), { action: 'clear' });
    assert.equal(comboboxKey(key('Escape'), { ...open, open: false, hasText: false }), null);
  });

  it('leaves every other key, and keys with modifiers, to the text box', () => {
    for (const name of ['a', 'Home', 'End', 'ArrowLeft', 'Tab', '/']) assert.equal(comboboxKey(key(name), open), null, name);
    assert.equal(comboboxKey(key('ArrowDown', { altKey: true }), open), null);
    assert.equal(comboboxKey(key('Enter', { ctrlKey: true }), { ...open, active: 0 }), null);
  });
});
