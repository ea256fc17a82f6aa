/**
 * The data as the island holds it, without a browser: the points with their indexes
 * (`Story`), the parts fetched after the page merged back in, and the picture's
 * arrangement for a filter, an orientation and an open lane (`arrange`).
 */
import type { TimelineActor, TimelineData } from '../../shared/dataset.ts';
import { lookupIn, type Lookup } from './details.ts';
import { buildLanes, indexRows, itemsByRow, matchesFilter, placeItems, type Filter, type Item, type Lanes, type RowIndex } from './layout.ts';

export interface Story {
  data: TimelineData;
  actors: ReadonlyMap<string, TimelineActor>;
  lookup: Lookup;
  /** Each point's index in data.points, by its id. */
  indexOf: ReadonlyMap<string, number>;
}

export function storyOf(data: TimelineData): Story {
  return {
    data,
    actors: new Map(data.actors.map((a) => [a.id, a])),
    lookup: lookupIn(data),
    indexOf: new Map(data.points.map((p, i) => [p.id, i])),
  };
}

/** The other parts, oldest first, before the points the page came with: the dataset's order again. */
export function withParts(data: TimelineData, parts: readonly TimelineData[]): TimelineData {
  const known = new Set(data.actors.map((a) => a.id));
  const read = new Set(data.articles.map((a) => a.id));
  const { more: _more, ...first } = data;
  return {
    ...first,
    actors: [...data.actors, ...parts.flatMap((p) => p.actors).filter((a) => !known.has(a.id) && known.add(a.id))],
    articles: [...data.articles, ...parts.flatMap((p) => p.articles).filter((a) => !read.has(a.id) && read.add(a.id))],
    points: [...parts.flatMap((p) => p.points), ...data.points],
  };
}

/** What the filter, the orientation and the open lane make of the story: who is where, and what is listed beside. */
export interface Arrangement {
  lanes: Lanes;
  /** The dated points shown, placed, in time order. */
  items: Item[];
  /** The item of each drawn point, by its index in data.points. */
  itemOf: ReadonlyMap<number, Item>;
  rows: RowIndex[];
  byRow: Item[][];
  /** Indices in data.points of the points the filter lets through, dated or not. */
  shown: number[];
  /** Those of them that have no date, and so no mark. */
  undated: number[];
}

export interface ArrangeOptions {
  filter: Filter;
  /** A phone's layout: a lane per side, time running down. */
  vertical: boolean;
  /** The lane whose folded actors are shown. */
  openLane: string | null;
}

export function arrange({ data: { points }, actors }: Story, { filter, vertical, openLane }: ArrangeOptions): Arrangement {
  const shown = points.flatMap((point, i) => (matchesFilter(point, filter, actors) ? [i] : []));
  const dated = shown.filter((i) => points[i]!.date !== null);
  const lanes = buildLanes(
    dated.map((i) => points[i]!),
    actors,
    vertical ? 'side' : 'actor',
    { open: openLane, pinned: filter.actor },
  );
  const items = placeItems(points, dated, lanes);
  return {
    lanes,
    items,
    itemOf: new Map(items.map((item) => [item.point, item])),
    rows: indexRows(items, lanes.rows.length),
    byRow: itemsByRow(items, lanes.rows.length),
    shown,
    undated: shown.filter((i) => points[i]!.date === null),
  };
}
