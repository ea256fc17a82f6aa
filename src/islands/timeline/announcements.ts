/** What the live region says, in words: worked out from the data, so that it can be tested without a page. */
import type { TimelinePoint } from '../../shared/dataset.ts';
import { lineOf, whenOf, type Lookup } from './details.ts';
import type { Glyph, Item } from './layout.ts';

/** Longest line of words read out for a point. */
const MAX_WORDS = 200;

/** The focused point in one line: when, what kind, what was said, where it is in the order, and how to go on. */
export function focusAnnouncement(point: TimelinePoint, item: Item, count: number, glyphs: readonly Glyph[], lookup: Lookup): string {
  const line = lineOf(point, lookup);
  const short = line.length > MAX_WORDS ? `${line.slice(0, MAX_WORDS - 1)}…` : line;
  const group = glyphs.find((g) => g.items.includes(item));
  const grouped = group?.cluster ? ` In a group of ${group.items.length}: press + to zoom in.` : '';
  const thread = lookup.threads.threadOf(point);
  const exchange = thread.length > 0 ? ` ${thread.indexOf(point) + 1} of ${thread.length} in an exchange: Shift + arrows follow it.` : '';
  return `${whenOf(point)} · ${point.kind} · ${short} (${item.order + 1} of ${count}).${grouped}${exchange}`;
}

/** Why following the exchange one `step` further leads nowhere. */
export function threadEndAnnouncement(thread: readonly TimelinePoint[], step: -1 | 1): string {
  return thread.length === 0 ? 'This statement is not part of an exchange.' : `${step > 0 ? 'Last' : 'First'} in this exchange of ${thread.length}.`;
}

/** A point shown that has no mark: why, and where to read it instead. */
export function unplacedAnnouncement(point: TimelinePoint, lookup: Lookup): string {
  return `${whenOf(point)} · ${lineOf(point, lookup)} (${point.date === null ? 'undated' : 'hidden by the filters'}: in the details).`;
}

/** The status line when only the first part could be had. */
export function partsFailedAnnouncement(loaded: number, total: number, error: Error): string {
  return `Only the newest ${loaded} of ${total} statements could be loaded (${error.message}).`;
}
