/**
 * What the reader has made of the timeline, in one object: the store (store.ts) holds it,
 * and the picture, the address bar and the live region are drawn from it. The stretch of
 * time in view is d3-zoom's to keep (viewport.ts); the state holds the days it settled on.
 */
import type { TimelinePoint } from '../../shared/dataset.ts';
import { NO_FILTER, type Filter, type Item } from './layout.ts';
import type { Announcing } from './store.ts';
import type { UrlState } from './url-state.ts';

export interface TimelineState extends Announcing {
  filter: Filter;
  /** A phone's layout: time runs down, a lane per side. */
  vertical: boolean;
  /** The lane whose folded actors are shown (one at a time, so that the chart stays about two screens tall). */
  openLane: string | null;
  /** The page's list in place of the picture. */
  listView: boolean;
  /** First and last day in view when the view last came to rest; null when that was the whole story. */
  range: { from: string; to: string } | null;
  /** The point the arrow keys move from. */
  focused: Item | null;
  /** The id of the point whose details are open. */
  selected: string | null;
}

export const initialState = (vertical: boolean): TimelineState => ({
  filter: NO_FILTER,
  vertical,
  openLane: null,
  listView: false,
  range: null,
  focused: null,
  selected: null,
  announcement: '',
});

/** The parts of the state that the address bar says (urlStateOf): a change to any other is not written there. */
export const IN_URL = ['selected', 'range', 'filter', 'listView'] as const satisfies readonly (keyof TimelineState)[];

/** What the address bar says of `state`. The whole story, the view one starts from, needs no range. */
export const urlStateOf = (state: TimelineState): UrlState => ({
  point: state.selected,
  from: state.range?.from ?? null,
  to: state.range?.to ?? null,
  filter: state.filter,
  listView: state.listView,
});

/** The point an exchange is followed from: the focused one, or else the open one. */
export function anchorOf(state: TimelineState, points: readonly TimelinePoint[], indexOf: ReadonlyMap<string, number>): TimelinePoint | null {
  if (state.focused) return points[state.focused.point]!;
  const index = state.selected === null ? undefined : indexOf.get(state.selected);
  return index === undefined ? null : points[index]!;
}
