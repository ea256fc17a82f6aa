/**
 * Where things go, without a browser: lanes and rows, points placed in time,
 * and which marks are drawn one by one or grouped at a given zoom. Pure, so
 * that the rules can be tested on plain data (test/timeline/layout.test.ts).
 */
import type { TimelineActor, TimelinePoint } from '../../shared/dataset.ts';

export const DAY_MS = 86_400_000;
/** The lane of actors the dataset gives no side. */
export const OTHER_LANE = 'Other';

export interface Filter {
  /** Lanes whose speakers to show; empty shows them all. */
  sides: string[];
  /** Kinds of point to show; empty shows them all. */
  kinds: string[];
  /** Only what this actor said or was told. */
  actor: string | null;
}

export const NO_FILTER: Filter = { sides: [], kinds: [], actor: null };

export const laneOf = (actor: TimelineActor | undefined): string => actor?.side ?? OTHER_LANE;

export function matchesFilter(point: TimelinePoint, filter: Filter, actors: ReadonlyMap<string, TimelineActor>): boolean {
  if (filter.kinds.length > 0 && !filter.kinds.includes(point.kind)) return false;
  if (filter.sides.length > 0 && !filter.sides.includes(laneOf(actors.get(point.speaker)))) return false;
  if (filter.actor !== null && point.speaker !== filter.actor && !point.addressees.includes(filter.actor)) return false;
  return true;
}

/** Actors get a row each inside their side's lane; on a phone a lane is one row, so that it fits the width. */
export type RowMode = 'actor' | 'side';

/** How many actors get a row of their own: the chart stays about two screens tall whatever the corpus. */
export interface Folding {
  /** Rows for the whole chart, fold rows included: about one screen. A story that fits folds nothing. */
  rows: number;
  /** Lanes at most: the actors of sides past the busiest are drawn in the last, "Other" (the side filter still tells them apart). */
  lanes: number;
  /** Extra rows an opened lane shows (only one lane is open at a time): about another screen. */
  opened: number;
}

export const FOLDING: Folding = { rows: 32, lanes: 10, opened: 30 };

/** What the reader asked for: the lane opened (by side), and the actor the filter names, who always has a row. */
export interface FoldState {
  open: string | null;
  pinned: string | null;
}

export const NO_FOLDS: FoldState = { open: null, pinned: null };

export interface Row {
  key: string;
  label: string;
  lane: number;
  /** A lane's row of the actors it folds away: their marks, and the button that opens it. */
  fold?: { side: string; actors: number; open: boolean };
}

export interface Lane {
  side: string;
  first: number;
  count: number;
}

export interface Lanes {
  lanes: Lane[];
  rows: Row[];
  rowOfActor: Map<string, number>;
}

/** "12 others", or once opened, what is still folded ("3 more"), or nothing left to show. */
function foldLabel(fold: NonNullable<Row['fold']>): string {
  if (!fold.open) return `${fold.actors} ${fold.actors === 1 ? 'other' : 'others'}`;
  return fold.actors === 0 ? 'fold' : `${fold.actors} more`;
}

/**
 * How many actors each lane shows before folding the rest into one row: as many as keep the
 * chart within `budget` rows, the same for every lane (a lane that fits shows all its actors);
 * Infinity when every actor fits.
 */
export function shownPerLane(sizes: readonly number[], budget: number): number {
  const rowsAt = (k: number) => sizes.reduce((sum, m) => sum + (m <= k + 1 ? m : k + 1), 0);
  if (rowsAt(Infinity) <= budget) return Infinity;
  let k = 1;
  while (rowsAt(k + 1) <= budget) k++;
  return k;
}

/**
 * Lanes ordered by how much their actors say (busiest first, "Other" last), rows
 * the same way inside a lane, ties by name: the order depends on the data only.
 * Actors that are only spoken to get a row too, so that every link has an end.
 * When they do not all fit, a lane shows its most active actors and folds the rest into one
 * row (their marks stay, in that row), unless it is the open one; the pinned actor is never
 * folded. Past `folding.lanes` sides, the quietest share the "Other" lane.
 */
export function buildLanes(
  points: readonly TimelinePoint[],
  actors: ReadonlyMap<string, TimelineActor>,
  mode: RowMode,
  folds: FoldState = NO_FOLDS,
  folding: Folding = FOLDING,
): Lanes {
  const laneWeight = new Map<string, number>();
  const actorWeight = new Map<string, number>();
  const count = (id: string, weight: number) => {
    actorWeight.set(id, (actorWeight.get(id) ?? 0) + weight);
    const lane = laneOf(actors.get(id));
    laneWeight.set(lane, (laneWeight.get(lane) ?? 0) + weight);
  };
  for (const point of points) {
    count(point.speaker, 1);
    for (const addressee of point.addressees) count(addressee, 0);
  }
  const byWeight = (weights: Map<string, number>, name: (key: string) => string) => (a: string, b: string) =>
    weights.get(b)! - weights.get(a)! || name(a).localeCompare(name(b));
  const bySide = [...laneWeight.keys()].sort((a, b) => Number(a === OTHER_LANE) - Number(b === OTHER_LANE) || byWeight(laneWeight, (s) => s)(a, b));
  const kept = new Set(bySide.length <= folding.lanes ? bySide : bySide.filter((side) => side !== OTHER_LANE).slice(0, folding.lanes - 1));
  const laneFor = (id: string): string => {
    const side = laneOf(actors.get(id));
    return kept.has(side) ? side : OTHER_LANE;
  };
  const sides = [...kept, ...(kept.size < bySide.length && !kept.has(OTHER_LANE) ? [OTHER_LANE] : [])];

  const nameOf = (id: string) => actors.get(id)?.name ?? id;
  const membersOf = new Map(sides.map((side) => [side, [] as string[]]));
  for (const id of actorWeight.keys()) membersOf.get(laneFor(id))!.push(id);
  for (const members of membersOf.values()) members.sort(byWeight(actorWeight, nameOf));
  const perLane = shownPerLane(
    [...membersOf.values()].map((m) => m.length),
    folding.rows,
  );

  const lanes: Lane[] = [];
  const rows: Row[] = [];
  const rowOfActor = new Map<string, number>();
  for (const side of sides) {
    const members = membersOf.get(side)!;
    const lane = lanes.length;
    if (mode === 'side') {
      for (const id of members) rowOfActor.set(id, rows.length);
      lanes.push({ side, first: rows.length, count: 1 });
      rows.push({ key: side, label: side, lane });
      continue;
    }
    const open = folds.open === side;
    const room = perLane + (open ? folding.opened : 0);
    // Folding one actor away saves no room: a lane of perLane + 1 shows them all.
    const shown = members.length <= perLane + 1 ? members : members.filter((id, i) => i < room || id === folds.pinned);
    const first = rows.length;
    for (const id of shown) {
      rowOfActor.set(id, rows.length);
      rows.push({ key: id, label: nameOf(id), lane });
    }
    if (shown.length < members.length || (open && members.length > perLane + 1)) {
      const folded = members.filter((id) => !rowOfActor.has(id));
      const fold = { side, actors: folded.length, open };
      for (const id of folded) rowOfActor.set(id, rows.length);
      rows.push({ key: `fold:${side}`, label: foldLabel(fold), lane, fold });
    }
    lanes.push({ side, first, count: rows.length - first });
  }
  return { lanes, rows, rowOfActor };
}

/** A dated point, placed: its row, the rows it points to, and its time span. */
export interface Item {
  /** Index in TimelineData.points. */
  point: number;
  id: string;
  kind: string;
  row: number;
  /** Rows of its addressees, without its own row, each once. */
  targets: number[];
  /** Start of its earliest day, in ms (UTC). */
  t0: number;
  /** End of its latest day (exclusive), in ms. */
  t1: number;
  /** Known less precisely than a day: drawn as a range. */
  ranged: boolean;
  /** Position in time order. */
  order: number;
}

export const dayStart = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const centre = (item: Item): number => (item.t0 + item.t1) / 2;

/** The dated points among `indices`, in time order (the dataset's order: by date, then id). */
export function placeItems(points: readonly TimelinePoint[], indices: readonly number[], lanes: Lanes): Item[] {
  const items: Item[] = [];
  for (const index of indices) {
    const point = points[index]!;
    if (point.date === null) continue;
    const row = lanes.rowOfActor.get(point.speaker);
    if (row === undefined) continue;
    const t0 = dayStart(point.date);
    const t1 = dayStart(point.dateEnd ?? point.date) + DAY_MS;
    const targets = [...new Set(point.addressees.map((a) => lanes.rowOfActor.get(a)))].filter((r): r is number => r !== undefined && r !== row);
    items.push({ point: index, id: point.id, kind: point.kind, row, targets, t0, t1, ranged: point.precision !== 'day', order: 0 });
  }
  // Stable: points of the same day keep the dataset's id order.
  items.sort((a, b) => a.t0 - b.t0);
  items.forEach((item, i) => (item.order = i));
  return items;
}

/** Points of one row with the same span: drawn side by side when there is room, as one group otherwise. */
export interface Bucket {
  t0: number;
  t1: number;
  centre: number;
  /** Where its items start in its run's `items`. */
  first: number;
  count: number;
}

/**
 * The buckets of one row that are swept together: those known to the day, or the ranged ones
 * (a bucket is ranged when its first item is). Split, so that finding the day buckets in view
 * does not also walk past every day within half a year-long range's reach.
 */
export interface BucketRun {
  /** Sorted by their centre in time. */
  buckets: Bucket[];
  /** The widest bucket's half-span, to find every bucket that reaches into view. */
  maxHalfSpan: number;
  /** The buckets' items, bucket after bucket: a group's members are mostly one stretch of it, copied at once. */
  items: Item[];
}

export interface RowIndex {
  days: BucketRun;
  ranges: BucketRun;
}

function bucketRun(buckets: Array<{ t0: number; t1: number; items: Item[] }>): BucketRun {
  const sorted = buckets.sort((a, b) => a.t0 + a.t1 - (b.t0 + b.t1) || a.t0 - b.t0);
  const items: Item[] = [];
  const run = sorted.map(({ t0, t1, items: members }) => {
    const bucket = { t0, t1, centre: (t0 + t1) / 2, first: items.length, count: members.length };
    for (const item of members) items.push(item);
    return bucket;
  });
  return { buckets: run, maxHalfSpan: Math.max(0, ...run.map((b) => (b.t1 - b.t0) / 2)), items };
}

export function indexRows(items: readonly Item[], rowCount: number): RowIndex[] {
  const maps = Array.from({ length: rowCount }, () => new Map<string, { t0: number; t1: number; items: Item[] }>());
  for (const item of items) {
    const key = `${item.t0}/${item.t1}`;
    const bucket = maps[item.row]!.get(key);
    if (bucket) bucket.items.push(item);
    else maps[item.row]!.set(key, { t0: item.t0, t1: item.t1, items: [item] });
  }
  return maps.map((map) => {
    const buckets = [...map.values()];
    return { days: bucketRun(buckets.filter((b) => !b.items[0]!.ranged)), ranges: bucketRun(buckets.filter((b) => b.items[0]!.ranged)) };
  });
}

/** One thing drawn: a point's mark, or a group of points with its count. */
export interface Glyph {
  row: number;
  /** Position along the time axis, in px. */
  at: number;
  items: Item[];
  cluster: boolean;
  /** Pixel extent of its members' dates along the time axis. */
  from: number;
  to: number;
}

export interface View {
  /** Visible time span, in ms; anything reaching into it is laid out. */
  start: number;
  end: number;
  /** Time (ms) to pixels along the time axis. */
  px: (t: number) => number;
  /** Distance between neighbouring marks' centres, in px. */
  pitch: number;
  /** The least distance from a group to its neighbours, in px. */
  groupPitch: number;
}

/** First index whose value is >= target, in an array sorted by `value`. */
function lowerBound<T>(array: readonly T[], target: number, value: (x: T) => number): number {
  let lo = 0;
  let hi = array.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (value(array[mid]!) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const NO_ITEMS: Item[] = [];

/**
 * Glyphs in order along the time axis: anything closer than `pitch` to the start
 * of a glyph joins it as a group (`groupPitch` when a group is involved: a group's
 * disc with its count is wider than a mark). Members are added as stretches of
 * `run.items`, in its order.
 */
function sweep(row: number, run: BucketRun, pitch: number, groupPitch: number) {
  const glyphs: Glyph[] = [];
  let open: Glyph | null = null;
  // The open glyph's members: run.items[first, end) while they are one stretch; `open.items` once they are not.
  let first = 0;
  let end = 0;
  let anchor = 0;
  let weighted = 0;
  let count = 0;
  // A group sits at its members' mean, but no further from its start than half a group's room, so that the next glyph clears it.
  const close = () => {
    if (!open) return;
    if (open.items === NO_ITEMS) open.items = run.items.slice(first, end);
    if (open.cluster) open.at = Math.min(weighted / count, anchor + groupPitch / 2);
  };
  return {
    /** The `n` items of `run.items` from `start`, at `at`. */
    add(at: number, start: number, n: number, from: number, to: number): void {
      // Half a pixel of slack: the marks of a spread bucket are exactly `pitch` apart, give or take rounding.
      const reach = open?.cluster || n > 1 ? groupPitch : pitch;
      if (open && at - anchor < reach - 0.5) {
        open.cluster = true;
        if (open.items === NO_ITEMS && start === end) end += n;
        else {
          // A bucket out of view lies between: the members are copied one by one from here on.
          if (open.items === NO_ITEMS) open.items = run.items.slice(first, end);
          for (let i = start; i < start + n; i++) open.items.push(run.items[i]!);
        }
        count += n;
        weighted += at * n;
        open.from = Math.min(open.from, from);
        open.to = Math.max(open.to, to);
        return;
      }
      close();
      open = { row, at, items: NO_ITEMS, cluster: n > 1, from, to };
      first = start;
      end = start + n;
      count = n;
      anchor = at;
      weighted = at * n;
      glyphs.push(open);
    },
    finish(): Glyph[] {
      close();
      return glyphs;
    },
  };
}

/** The glyphs of `run`'s buckets that reach into the view. */
function sweepRun(run: BucketRun, row: number, view: View): Glyph[] {
  const { buckets, maxHalfSpan } = run;
  const { px, pitch, groupPitch } = view;
  const into = sweep(row, run, pitch, groupPitch);
  for (let i = lowerBound(buckets, view.start - maxHalfSpan, (b) => b.centre); i < buckets.length; i++) {
    const bucket = buckets[i]!;
    if (bucket.centre > view.end + maxHalfSpan) break;
    if (bucket.t1 < view.start || bucket.t0 > view.end) continue;
    const x0 = px(bucket.t0);
    const x1 = px(bucket.t1);
    const mid = (x0 + x1) / 2;
    const n = bucket.count;
    if (n > 1 && Math.abs(x1 - x0) >= n * pitch) {
      for (let k = 0; k < n; k++) into.add(mid + (k - (n - 1) / 2) * pitch, bucket.first + k, 1, x0, x1);
    } else {
      into.add(mid, bucket.first, n, x0, x1);
    }
  }
  return into.finish();
}

/**
 * Where in its range a ranged glyph sits says nothing (the range does), so it moves
 * along it to the free spot nearest its middle rather than hide a day's mark.
 */
function nudge(ranged: Glyph[], taken: readonly Glyph[], pitch: number, groupPitch: number): void {
  // Every glyph placed so far, by position: a ranged glyph joins once it has found its spot, where it stays.
  const occupied = taken.slice().sort((a, b) => a.at - b.at);
  const free = (x: number, cluster: boolean) => {
    for (let i = lowerBound(occupied, x - groupPitch, (o) => o.at); i < occupied.length && occupied[i]!.at < x + groupPitch; i++) {
      const other = occupied[i]!;
      if (Math.abs(other.at - x) < (cluster || other.cluster ? groupPitch : pitch) - 0.5) return false;
    }
    return true;
  };
  for (const glyph of ranged) {
    // Its own spot first, then a mark's width further each way, right before left.
    search: for (let k = 0; k <= 12; k++) {
      for (let side = 0; side < (k === 0 ? 1 : 2); side++) {
        const x = glyph.at + (side === 0 ? k : -k) * pitch;
        if (x < glyph.from + pitch / 2 || x > glyph.to - pitch / 2 || !free(x, glyph.cluster)) continue;
        glyph.at = x;
        break search;
      }
    }
    occupied.splice(
      lowerBound(occupied, glyph.at, (o) => o.at),
      0,
      glyph,
    );
  }
}

/**
 * The glyphs of one row in view. Marks keep their size at every zoom, so a
 * bucket is spread out only when its span is wide enough for all its marks.
 * Points known to the day and ranged points group separately: a month-long
 * range must not swallow the day it happens to be centred on.
 */
export function rowGlyphs(index: RowIndex, row: number, view: View): Glyph[] {
  const dayGlyphs = sweepRun(index.days, row, view);
  const rangeGlyphs = sweepRun(index.ranges, row, view);
  if (rangeGlyphs.length > 0) nudge(rangeGlyphs, dayGlyphs, view.pitch, view.groupPitch);
  return dayGlyphs.concat(rangeGlyphs);
}

/**
 * Layouts are made at discrete zoom levels, a quarter of a doubling apart, as map
 * clustering does per zoom level: between two levels the glyphs of the lower one
 * are only stretched, so a zoom gesture lays out anew every few frames, not on
 * every one, and a layout made once serves again when the reader zooms back.
 * Rounding down means the picture is never more crowded than its layout: marks
 * `pitch` apart at the level are at least that far apart on screen.
 */
const LEVELS_PER_DOUBLING = 4;

/** The pixels per ms that the layout for a view of `slope` pixels per ms is made at (at most `slope`). */
export function levelSlope(slope: number): number {
  return 2 ** (Math.floor(Math.log2(slope) * LEVELS_PER_DOUBLING) / LEVELS_PER_DOUBLING);
}

export function glyphsInView(rows: readonly RowIndex[], view: View): Glyph[] {
  return rows.flatMap((index, row) => rowGlyphs(index, row, view));
}

/** Items of each row in time order, for moving between rows. */
export function itemsByRow(items: readonly Item[], rowCount: number): Item[][] {
  const byRow = Array.from({ length: rowCount }, (): Item[] => []);
  for (const item of items) byRow[item.row]!.push(item);
  return byRow;
}

/** The item closest in time in the nearest row above (-1) or below (+1) that has any. */
export function itemInNextRow(byRow: readonly Item[][], from: Item, step: -1 | 1): Item | null {
  const t = centre(from);
  for (let row = from.row + step; row >= 0 && row < byRow.length; row += step) {
    const items = byRow[row]!;
    if (items.length === 0) continue;
    // A row is in order of start, which for mixed spans is not order of centre: look at them all (one key press).
    let best = items[0]!;
    for (const candidate of items) {
      if (Math.abs(centre(candidate) - t) < Math.abs(centre(best) - t)) best = candidate;
    }
    return best;
  }
  return null;
}

/**
 * How narrow a time span, centred on `item`, shows it as a mark of its own rather
 * than inside a group: halving from `span` down to `minSpan`.
 */
export function spanRevealing(index: RowIndex, item: Item, span: number, minSpan: number, width: number, pitch: number, groupPitch: number): number {
  const t = centre(item);
  for (let s = span; ; s /= 2) {
    const start = t - s / 2;
    // Grouped as drawn: at the level of the zoom.
    const slope = levelSlope(width / s);
    const px = (time: number) => (time - start) * slope;
    const glyph = rowGlyphs(index, item.row, { start, end: start + s, px, pitch, groupPitch }).find((g) => g.items.includes(item));
    if ((glyph && !glyph.cluster) || s / 2 < minSpan) return s;
  }
}
