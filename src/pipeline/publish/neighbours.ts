/** Where a point sits among the others: what was said just before and after it, and by the same speaker. */
import type { Point } from '../types.ts';

export interface Neighbours {
  /** The dated points next to it in time; none for an undated point, which has no place in time. */
  earlier: Point | null;
  later: Point | null;
  /** The same speaker's points next to it, in the dataset's order (undated last). */
  previousBySpeaker: Point | null;
  nextBySpeaker: Point | null;
}

function around(list: readonly Point[], id: string): [Point | null, Point | null] {
  const i = list.findIndex((p) => p.id === id);
  return i < 0 ? [null, null] : [list[i - 1] ?? null, list[i + 1] ?? null];
}

/** `points` in the dataset's order (by date, then id; undated last), as DATASET.md guarantees. */
export function neighboursOf(point: Point, points: readonly Point[]): Neighbours {
  const [earlier, later] = point.date === null ? [null, null] : around(points.filter((p) => p.date !== null), point.id);
  const [previousBySpeaker, nextBySpeaker] = around(points.filter((p) => p.speaker === point.speaker), point.id);
  return { earlier, later, previousBySpeaker, nextBySpeaker };
}
