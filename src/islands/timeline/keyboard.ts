/** The timeline's keys, as a table, and where the ones that move lead: one place to read them, and to test them. */
import { centre, itemInNextRow, type Item } from './layout.ts';

export type KeyAction =
  'previous' | 'next' | 'row-up' | 'row-down' | 'first' | 'last' | 'open' | 'close' | 'zoom-in' | 'zoom-out' | 'reset' | 'thread-previous' | 'thread-next';

const KEYS: Record<string, KeyAction> = {
  ArrowLeft: 'previous',
  ArrowRight: 'next',
  ArrowUp: 'row-up',
  ArrowDown: 'row-down',
  Home: 'first',
  End: 'last',
  Enter: 'open',
  ' ': 'open',
  Escape: 'close',
  '+': 'zoom-in',
  '=': 'zoom-in',
  '-': 'zoom-out',
  _: 'zoom-out',
  '0': 'reset',
};

/**
 * In the vertical (phone) layout time runs down and lanes across, so the arrows
 * turn with it: Down is later, Right is the next lane.
 */
const VERTICAL: Partial<Record<string, KeyAction>> = {
  ArrowUp: 'previous',
  ArrowDown: 'next',
  ArrowLeft: 'row-up',
  ArrowRight: 'row-down',
};

/** With Shift, the arrows along time go along the exchange the point is part of: what it answers, what answers it. */
const THREAD: Partial<Record<string, KeyAction>> = { ArrowLeft: 'thread-previous', ArrowRight: 'thread-next' };
const VERTICAL_THREAD: Partial<Record<string, KeyAction>> = { ArrowUp: 'thread-previous', ArrowDown: 'thread-next' };

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
}

export function keyAction(event: KeyInput, vertical: boolean): KeyAction | null {
  // Ctrl/⌘ with + and − is the browser's own page zoom: leave it alone.
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.shiftKey && event.key.startsWith('Arrow')) return (vertical ? VERTICAL_THREAD : THREAD)[event.key] ?? null;
  return (vertical ? VERTICAL[event.key] : undefined) ?? KEYS[event.key] ?? null;
}

export type MoveAction = Extract<KeyAction, 'previous' | 'next' | 'row-up' | 'row-down' | 'first' | 'last'>;

/** The point `step` along `thread` (an exchange in time order) from `current`; null when it ends there or `current` is not in it. */
export function threadTarget<P>(thread: readonly P[], current: P, step: -1 | 1): P | null {
  const at = thread.indexOf(current);
  return at < 0 ? null : (thread[at + step] ?? null);
}

/** The item `action` moves the focus to from `current`, starting within `[start, end]` when nothing has the focus yet. */
export function moveTarget(
  action: MoveAction,
  items: readonly Item[],
  byRow: readonly Item[][],
  current: Item | null,
  [start, end]: [number, number],
): Item | null {
  switch (action) {
    case 'next':
    case 'previous': {
      const step = action === 'next' ? 1 : -1;
      if (current) return items[current.order + step] ?? current;
      const inView = items.filter((i) => centre(i) >= start && centre(i) <= end);
      return (step === 1 ? inView[0] : inView.at(-1)) ?? items[0] ?? null;
    }
    case 'row-up':
    case 'row-down':
      if (!current) return moveTarget('next', items, byRow, current, [start, end]);
      return itemInNextRow(byRow, current, action === 'row-up' ? -1 : 1) ?? current;
    case 'first':
      return items[0] ?? null;
    case 'last':
      return items.at(-1) ?? null;
  }
}
