/** Lane bands: every other lane tinted, so that a row can be followed across; and the lanes' and rows' names. */
import { fit, LABEL_FONT, LANE_HEADER, type Geometry } from '../geometry.ts';
import type { Theme } from '../theme.ts';
import type { Rect } from './paths.ts';

/** The tinted lanes: the first, the third… across the whole picture. */
export function tintedBands(g: Geometry): Rect[] {
  return g.lanes.flatMap((lane, i): Rect[] => {
    if (i % 2) return [];
    return [g.vertical ? [lane.start, 0, lane.end - lane.start, g.height] : [0, lane.start, g.width, lane.end - lane.start]];
  });
}

/** A side's name over its column on a phone: two lines at most, since a side's name is rarely more than two words and a column is narrow. */
export function columnLines(label: string): string[] {
  const words = label.split(' ');
  return words.length > 1 ? [words[0]!, words.slice(1).join(' ')] : words;
}

export function paintBands(context: CanvasRenderingContext2D, g: Geometry, theme: Theme): void {
  context.fillStyle = theme.band;
  for (const [x, y, w, h] of tintedBands(g)) context.fillRect(x, y, w, h);
}

/** Lanes' names (and, across, rows'), in the band beside the time axis. */
export function paintBandLabels(context: CanvasRenderingContext2D, g: Geometry, theme: Theme): void {
  context.fillStyle = theme.fg;
  if (g.vertical) {
    context.textAlign = 'center';
    context.font = `bold 11px ${theme.font}`;
    for (const lane of g.lanes) {
      const size = lane.end - lane.start - 4;
      columnLines(lane.label).forEach((line, i) => context.fillText(fit(context, line, size), (lane.start + lane.end) / 2, 12 + i * 13));
    }
    return;
  }
  context.textAlign = 'left';
  context.font = `bold ${LABEL_FONT} ${theme.font}`;
  for (const lane of g.lanes) context.fillText(lane.label.toUpperCase(), 8, lane.start + LANE_HEADER / 2 + 1);
  context.font = `${LABEL_FONT} ${theme.font}`;
  context.fillStyle = theme.muted;
  context.textAlign = 'right';
  g.rowLabels.forEach((label, i) => context.fillText(label, g.gutter - 8, g.rowCentre[i]!));
}
