/**
 * The view in the address bar: `?p=<point>&from=YYYY-MM-DD&to=YYYY-MM-DD&side=…&kind=…&actor=…&view=list`.
 * Side and kind repeat (`side=Russia&side=NATO`) because side names may hold any character.
 * Written with history.replaceState only, so zooming never floods the back button.
 */
import type { Filter } from './layout.ts';

export interface UrlState {
  point: string | null;
  /** First and last visible day, both included. */
  from: string | null;
  to: string | null;
  filter: Filter;
  listView: boolean;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
export const OWN_KEYS = ['p', 'from', 'to', 'side', 'kind', 'actor', 'view'];

/** Days in each month of a common year; February gains one in a leap year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A day of the calendar, or null: `2022-02-30` is refused, not rolled into March as `Date.parse` would. */
function day(value: string | null): string | null {
  const m = value === null ? null : ISO_DAY.exec(value);
  if (!m) return null;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last = (MONTH_DAYS[month - 1] ?? 0) + Number(month === 2 && leap);
  return year >= 1 && date >= 1 && date <= last ? value : null;
}

export function readUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  let from = day(params.get('from'));
  let to = day(params.get('to'));
  // A range is only worth restoring whole and the right way round.
  if (from === null || to === null || to < from) from = to = null;
  return {
    point: params.get('p') || null,
    from,
    to,
    filter: {
      sides: params.getAll('side').filter(Boolean),
      kinds: params.getAll('kind').filter(Boolean),
      actor: params.get('actor') || null,
    },
    listView: params.get('view') === 'list',
  };
}

/** The query string for `state`, keeping any parameter that is not the timeline's. */
export function writeUrlState(search: string, state: UrlState): string {
  const params = new URLSearchParams(search);
  for (const key of OWN_KEYS) params.delete(key);
  if (state.point) params.set('p', state.point);
  if (state.from && state.to) {
    params.set('from', state.from);
    params.set('to', state.to);
  }
  for (const side of state.filter.sides) params.append('side', side);
  for (const kind of state.filter.kinds) params.append('kind', kind);
  if (state.filter.actor) params.set('actor', state.filter.actor);
  if (state.listView) params.set('view', 'list');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** How long after the last change the address bar catches up: often enough to share, rarely enough not to churn. */
const WRITE_DELAY_MS = 250;

/** The address bar, kept up with the view that `state` reads. */
export class AddressBar {
  private timer = 0;

  constructor(private readonly state: () => UrlState) {}

  /** Writes once the view has been still for a moment. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.write(), WRITE_DELAY_MS);
  }

  private write(): void {
    const query = writeUrlState(location.search, this.state());
    if (query !== location.search) history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  }
}
