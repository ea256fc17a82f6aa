/** Time to pixels and back, and the zoom transform that shows a given time span. */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { DAY_MS, dayStart, isoDay } from './layout.ts';
import type { TimelinePoint } from '../../shared/dataset.ts';

/** The narrowest span one can zoom to: hours on the axis, never minutes. */
export const MIN_SPAN_MS = DAY_MS / 2;

/** Every dated point, with a margin so the first and last marks sit clear of the edges. */
export function fullSpan(points: readonly TimelinePoint[]): [number, number] {
  let start = Infinity;
  let end = -Infinity;
  for (const point of points) {
    if (point.date === null) continue;
    start = Math.min(start, dayStart(point.date));
    end = Math.max(end, dayStart(point.dateEnd ?? point.date) + DAY_MS);
  }
  if (start > end) {
    const today = dayStart(isoDay(Date.now()));
    return [today - 15 * DAY_MS, today + 15 * DAY_MS];
  }
  const margin = Math.max(DAY_MS, (end - start) * 0.04);
  return [start - margin, end + margin];
}

/** The scale at zoom 1: the whole story across `length` pixels. */
export function baseScale(span: [number, number], length: number): ScaleTime<number, number> {
  return scaleUtc().domain(span).range([0, length]);
}

/** The zoom transform that makes `base` show `[start, end]` (along x, or y when the time axis is vertical). */
export function transformShowing(base: ScaleTime<number, number>, [start, end]: [number, number], vertical: boolean): ZoomTransform {
  const [r0, r1] = base.range() as [number, number];
  const a = base(start);
  const b = base(end);
  const k = (r1 - r0) / (b - a);
  const shift = r0 - k * a;
  return zoomIdentity.translate(vertical ? 0 : shift, vertical ? shift : 0).scale(k);
}

/** The visible span under `transform`. */
export function spanUnder(base: ScaleTime<number, number>, transform: ZoomTransform, vertical: boolean): [number, number] {
  const scale = vertical ? transform.rescaleY(base) : transform.rescaleX(base);
  const [a, b] = scale.domain() as [Date, Date];
  return [a.getTime(), b.getTime()];
}

/** First and last visible day, both included, for the address bar. */
export function daysOf([start, end]: [number, number]): { from: string; to: string } {
  return { from: isoDay(start), to: isoDay(Math.max(start, end - 1)) };
}

/** The span from a `from`–`to` pair of days, the last included. */
export function spanOfDays(from: string, to: string): [number, number] {
  return [dayStart(from), dayStart(to) + DAY_MS];
}
