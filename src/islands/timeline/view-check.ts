/**
 * The view a link asks for, held against what the timeline has. A shared link outlives the
 * data it was made on (a point merged, an actor renamed), and an address can be typed by hand:
 * what cannot be shown is dropped, and the reader told why, rather than left with an empty
 * picture and no word about it.
 */
import { DAY_MS, dayStart, laneOf, matchesFilter, type Filter } from './layout.ts';
import { fullSpan } from './scales.ts';
import { KINDS, type TimelineActor, type TimelinePoint } from '../../shared/dataset.ts';
import type { UrlState } from './url-state.ts';

export type Notice =
  | { kind: 'unknown-actor'; value: string }
  | { kind: 'unknown-side'; value: string }
  | { kind: 'unknown-kind'; value: string }
  | { kind: 'unknown-point'; value: string }
  /** The range lies wholly outside the statements' dates: the whole timeline is shown instead. */
  | { kind: 'range-outside'; from: string; to: string }
  /** The range is shown, but nothing (that the filters let through) is dated in it. */
  | { kind: 'range-empty'; from: string; to: string }
  | { kind: 'nothing-matches' };

export interface CheckedView {
  /** The view with everything the timeline cannot show taken out. */
  state: UrlState;
  notices: Notice[];
}

/** Drop what the timeline has no trace of, and say what was dropped; say too when what is left shows nothing. */
export function checkView(asked: UrlState, points: readonly TimelinePoint[], actors: ReadonlyMap<string, TimelineActor>): CheckedView {
  const notices: Notice[] = [];
  const involved = new Set(points.flatMap((p) => [p.speaker, ...p.addressees]));
  const sides = new Set(points.map((p) => laneOf(actors.get(p.speaker))));
  const kinds = new Set<string>([...KINDS, ...points.map((p) => p.kind)]);
  const keep = (values: readonly string[], known: ReadonlySet<string>, kind: 'unknown-side' | 'unknown-kind'): string[] =>
    values.filter((value) => known.has(value) || (notices.push({ kind, value }), false));

  const filter: Filter = {
    sides: keep(asked.filter.sides, sides, 'unknown-side'),
    kinds: keep(asked.filter.kinds, kinds, 'unknown-kind'),
    actor: asked.filter.actor,
  };
  if (filter.actor !== null && !involved.has(filter.actor)) {
    notices.push({ kind: 'unknown-actor', value: filter.actor });
    filter.actor = null;
  }
  let point = asked.point;
  if (point !== null && !points.some((p) => p.id === point)) {
    notices.push({ kind: 'unknown-point', value: point });
    point = null;
  }

  const shown = points.filter((p) => matchesFilter(p, filter, actors));
  let { from, to } = asked;
  if (from !== null && to !== null) {
    const [start, end] = fullSpan(points);
    const [a, b] = [dayStart(from), dayStart(to) + DAY_MS];
    if (b <= start || a >= end) {
      notices.push({ kind: 'range-outside', from, to });
      from = to = null;
    } else if (!shown.some((p) => p.date !== null && dayStart(p.date) < b && dayStart(p.dateEnd ?? p.date) + DAY_MS > a)) {
      notices.push({ kind: 'range-empty', from, to });
    }
  }
  if (shown.length === 0) notices.push({ kind: 'nothing-matches' });
  return { state: { ...asked, point, from, to, filter }, notices };
}

/** A piece of a notice: the site's words, or what the link said, to be echoed in isolation (src/islands/echo.ts). */
export type NoticePart = string | { echo: string };

/** What a notice says, in parts; `day` writes a day in words. */
export function noticeText(notice: Notice, day: (iso: string) => string): NoticePart[] {
  switch (notice.kind) {
    case 'unknown-actor':
      return ['The link asks for what was said by or to “', { echo: notice.value }, '”, who is not in this timeline: everyone’s statements are shown.'];
    case 'unknown-side':
      return ['The link asks for the side “', { echo: notice.value }, '”, which no speaker here is on: that filter is left out.'];
    case 'unknown-kind':
      return ['The link asks for statements of the kind “', { echo: notice.value }, '”, which this timeline does not have: that filter is left out.'];
    case 'unknown-point':
      return [
        'The link points to a statement, “',
        { echo: notice.value },
        '”, that is not in this timeline: it may have been corrected or merged into another.',
      ];
    case 'range-outside':
      return [`The link asks for ${day(notice.from)} to ${day(notice.to)}, but no statement here is dated then: the whole timeline is shown.`];
    case 'range-empty':
      return [`Nothing shown here is dated between ${day(notice.from)} and ${day(notice.to)}: zoom out (−) or Reset to see the rest.`];
    case 'nothing-matches':
      return ['No statement matches these filters. Clear filters shows them all.'];
  }
}
