/** The time axis: a grid line at every tick across the lanes, and the ticks' labels in the band beside them. */
import type { ScaleTime } from 'd3-scale';
import { utcDay, utcHour, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { LABEL_FONT, xyOf, type Geometry } from '../geometry.ts';
import type { Theme } from '../theme.ts';

const formatHour = utcFormat('%H:%M');
const formatDay = utcFormat('%-d %b');
const formatMonth = utcFormat('%B');
const formatYear = utcFormat('%Y');

/** Tick labels in the site's day-month order, each as coarse as its tick: a year, a month, a day or an hour (UTC). */
export function tickLabel(date: Date): string {
  if (utcHour.floor(date) < date || utcDay.floor(date) < date) return formatHour(date);
  if (utcMonth.floor(date) < date) return formatDay(date);
  if (utcYear.floor(date) < date) return formatMonth(date);
  return formatYear(date);
}

export interface Axis {
  /** Grid lines, in px along the time axis: on the middle of a whole pixel, so that a 1 px line is sharp. */
  grid: number[];
  /** Labels near enough to the picture to be seen, in px along the time axis. */
  labels: { at: number; text: string }[];
}

/** Ticks about 110 px apart (70 down a phone), from `scale`, the zoom in force. */
export function axisTicks(scale: ScaleTime<number, number>, g: Geometry): Axis {
  const ticks = scale.ticks(Math.max(2, Math.floor((g.timeEnd - g.timeStart) / (g.vertical ? 70 : 110))));
  const grid: number[] = [];
  const labels: Axis['labels'] = [];
  for (const tick of ticks) {
    const at = scale(tick);
    grid.push(Math.round(at) + 0.5);
    if (at >= g.timeStart - 40 && at <= g.timeEnd + 40) labels.push({ at, text: tickLabel(tick) });
  }
  return { grid, labels };
}

export function paintGrid(context: CanvasRenderingContext2D, g: Geometry, theme: Theme, axis: Axis): void {
  const xy = xyOf(g.vertical);
  context.strokeStyle = theme.grid;
  context.lineWidth = 1;
  context.beginPath();
  for (const t of axis.grid) {
    const [x0, y0] = xy(t, 0);
    const [x1, y1] = xy(t, g.vertical ? g.width : g.height);
    context.moveTo(x0, y0);
    context.lineTo(x1, y1);
  }
  context.stroke();
}

export function paintTickLabels(context: CanvasRenderingContext2D, g: Geometry, theme: Theme, axis: Axis): void {
  context.fillStyle = theme.muted;
  context.font = `${LABEL_FONT} ${theme.font}`;
  context.textBaseline = 'middle';
  context.textAlign = g.vertical ? 'right' : 'center';
  for (const { at, text } of axis.labels) {
    if (g.vertical) context.fillText(text, g.axisBand - 6, at);
    else context.fillText(text, at, g.axisBand / 2);
  }
}
