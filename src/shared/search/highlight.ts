/**
 * Which characters of a shown string to mark, as ranges, and the string cut into
 * plain and marked pieces. Ranges are inclusive `[start, end]` pairs, as Fuse's
 * match indices are, so Fuse's indices can be used as they come.
 */
import { isWordUnit } from './fold.ts';

export type Range = readonly [number, number];

export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * Sorted, with overlapping or touching ranges joined, and ranges separated only by
 * spaces joined too, so that a phrase is one mark rather than one per word.
 */
export function mergeRanges(text: string, ranges: readonly Range[]): Range[] {
  const sorted = ranges
    .map(([start, end]): Range => [Math.max(0, start), Math.min(text.length - 1, end)])
    .filter(([start, end]) => start <= end)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && (start <= last[1] + 1 || /^\s+$/.test(text.slice(last[1] + 1, start)))) {
      last[1] = Math.max(last[1], end);
    } else {
      merged.push([start, end]);
    }
  }
  return merged;
}

/** `text` as pieces to render: marked pieces go in `<mark>`, all of it as text, never as markup. */
export function segments(text: string, ranges: readonly Range[]): Segment[] {
  const pieces: Segment[] = [];
  let at = 0;
  for (const [start, end] of mergeRanges(text, ranges)) {
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end + 1), marked: true });
    at = end + 1;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

/** Where a match may be: anywhere (a fragment of a name), at a word's start (a term), or whole words (`=term`). */
export type Placement = 'anywhere' | 'word-start' | 'whole-word';

/**
 * Whether `needle`, found at `at` in `haystack`, is placed as asked. A needle that
 * starts (or ends) with punctuation ("'s") has no word edge there to respect.
 */
export function placedAt(haystack: string, at: number, needle: string, placement: Placement): boolean {
  if (placement === 'anywhere') return true;
  if (isWordUnit(needle, 0) && isWordUnit(haystack, at - 1)) return false;
  return placement === 'word-start' || !isWordUnit(needle, needle.length - 1) || !isWordUnit(haystack, at + needle.length);
}

/** Where `needle` occurs in `haystack` (both folded), placed as asked. */
export function occurrences(haystack: string, needle: string, placement: Placement = 'anywhere'): Range[] {
  const found: Range[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (placedAt(haystack, at, needle, placement)) found.push([at, at + needle.length - 1]);
  }
  return found;
}

export interface Snippet {
  text: string;
  ranges: Range[];
}

/**
 * A window of a long text around its first marked range (or its start, when
 * nothing is marked), cut at spaces and marked with an ellipsis where it was cut,
 * so that a match deep in an excerpt is visible.
 */
export function snippet(text: string, ranges: readonly Range[], context = 70): Snippet {
  const merged = mergeRanges(text, ranges);
  const first = merged[0] ?? [0, -1];
  const budget = context * 2 + (first[1] + 1 - first[0]);
  if (text.length <= budget) return { text, ranges: merged };
  // Centred on the match, unless that would run past an end: then the window slides, keeping its size.
  let end = Math.min(text.length, Math.max(0, first[0] - context) + budget);
  let start = Math.max(0, end - budget);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first[0]) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first[1]) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${text.slice(start, end)}${suffix}`,
    ranges: merged.filter(([s, e]) => s >= start && e < end).map(([s, e]): Range => [s + shift, e + shift]),
  };
}
