/**
 * Where the picture's parts go: lanes and rows across the time axis, the bands of labels,
 * and (time, lane) to (x, y). Time runs along x, or down y on a phone; "lane axis" is the other one.
 */
import type { Lanes } from './layout.ts';
import type { Theme } from './theme.ts';

export interface Geometry {
  vertical: boolean;
  width: number;
  height: number;
  /** The stretch of the time axis the marks use, in px along it. */
  timeStart: number;
  timeEnd: number;
  /** Size, along the time axis, of the band of lane and row labels (left; on a phone, top). */
  gutter: number;
  /** Size, across the time axis, of the band of tick labels (top; on a phone, left). */
  axisBand: number;
  /** Centre of each row along the lane axis. */
  rowCentre: number[];
  lanes: { start: number; end: number; label: string }[];
  /** Actor names, cut to fit the gutter (horizontal layout only: a phone shows lanes, not actors). */
  rowLabels: string[];
}

const ROW = 19;
export const LANE_HEADER = 17;
const LANE_GAP = 6;
const AXIS_BAND = 24;
export const LABEL_FONT = '12px';
export const MARK_PITCH = 15;
/** Room for the largest group disc (radius 11) and a gap. */
export const GROUP_PITCH = 25;
/** Within this distance of a mark's centre, a pointer is on it. */
export const HIT_RADIUS = 10;

/** Lanes stacked down the horizontal picture, and the height they take: the page reserves it before the script runs. */
export function stackLanes(lanes: Lanes): { rowCentre: number[]; bands: Geometry['lanes']; height: number } {
  const rowCentre: number[] = [];
  const bands: Geometry['lanes'] = [];
  let y = AXIS_BAND + 4;
  for (const lane of lanes.lanes) {
    const start = y;
    y += LANE_HEADER;
    for (let i = 0; i < lane.count; i++) {
      rowCentre.push(y + ROW / 2);
      y += ROW;
    }
    bands.push({ start, end: y + 3, label: lane.side });
    y += LANE_GAP;
  }
  return { rowCentre, bands, height: Math.max(y, 120) };
}

/** Horizontal: lanes stacked, an actor per row, labels on the left. Vertical: a lane per column, sides on top. */
export function geometryFor(lanes: Lanes, width: number, vertical: boolean, height: number, context: CanvasRenderingContext2D, theme: Theme): Geometry {
  if (vertical) {
    const gutter = 40;
    const axisBand = 62;
    const column = (width - axisBand) / Math.max(1, lanes.rows.length);
    return {
      vertical,
      width,
      height,
      timeStart: gutter + 10,
      timeEnd: height - 10,
      gutter,
      axisBand,
      rowCentre: lanes.rows.map((_, i) => axisBand + column * (i + 0.5)),
      lanes: lanes.lanes.map((lane) => ({ start: axisBand + column * lane.first, end: axisBand + column * (lane.first + lane.count), label: lane.side })),
      rowLabels: [],
    };
  }
  context.font = `${LABEL_FONT} ${theme.font}`;
  const widest = Math.max(0, ...lanes.rows.map((r) => context.measureText(r.label).width));
  const gutter = Math.round(Math.min(200, Math.max(90, widest + 20)));
  // Cut to fit once here, not on every frame.
  const rowLabels = lanes.rows.map((r) => fit(context, r.label, gutter - 16));
  const stacked = stackLanes(lanes);
  return {
    vertical,
    width,
    height: stacked.height,
    timeStart: gutter + 12,
    timeEnd: width - 12,
    gutter,
    axisBand: AXIS_BAND,
    rowCentre: stacked.rowCentre,
    lanes: stacked.bands,
    rowLabels,
  };
}

/** (time, lane) to (x, y): swapped when time runs down. */
export type XY = (t: number, l: number) => [number, number];
const across: XY = (t, l) => [t, l];
const down: XY = (t, l) => [l, t];
export const xyOf = (vertical: boolean): XY => (vertical ? down : across);

/** Text cut to fit `max` px, with an ellipsis. */
export function fit(context: CanvasRenderingContext2D, text: string, max: number): string {
  if (context.measureText(text).width <= max) return text;
  let cut = text;
  while (cut.length > 1 && context.measureText(`${cut}…`).width > max) cut = cut.slice(0, -1);
  return `${cut}…`;
}
