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

/**
 * The neighbours of each of `points`, found in one pass: `points` in the dataset's order
 * (by date, then id; undated last), as DATASET.md guarantees.
 */
export function neighbourIndex(points: readonly Point[]): (point: Point) => Neighbours {
  const dated = points.filter((p) => p.date !== null);
  const place = new Map(dated.map((p, i) => [p.id, i]));
  const bySpeaker = new Map<string, Point[]>();
  for (const p of points) {
    const list = bySpeaker.get(p.speaker);
    if (list) list.push(p);
    else bySpeaker.set(p.speaker, [p]);
  }
  const turn = new Map<string, number>();
  for (const list of bySpeaker.values()) list.forEach((p, i) => turn.set(p.id, i));
  return (point) => {
    const i = point.date === null ? undefined : place.get(point.id);
    const own = bySpeaker.get(point.speaker) ?? [];
    const j = turn.get(point.id);
    return {
      earlier: i === undefined ? null : (dated[i - 1] ?? null),
      later: i === undefined ? null : (dated[i + 1] ?? null),
      previousBySpeaker: j === undefined ? null : (own[j - 1] ?? null),
      nextBySpeaker: j === undefined ? null : (own[j + 1] ?? null),
    };
  };
}
