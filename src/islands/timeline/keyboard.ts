/** The timeline's keys, as a table: one place to read them, and to test them. */

export type KeyAction = 'previous' | 'next' | 'row-up' | 'row-down' | 'first' | 'last' | 'open' | 'close' | 'zoom-in' | 'zoom-out' | 'reset';

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
  '_': 'zoom-out',
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

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export function keyAction(event: KeyInput, vertical: boolean): KeyAction | null {
  // Ctrl/⌘ with + and − is the browser's own page zoom: leave it alone.
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return (vertical ? VERTICAL[event.key] : undefined) ?? KEYS[event.key] ?? null;
}
