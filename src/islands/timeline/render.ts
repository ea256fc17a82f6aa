/**
 * Drawing on one canvas, in named layers (layers/), each drawn from the frame and the
 * geometry: bands, axis, ranges, arcs, marks, focus, then the labels over anything that
 * panned beneath them. Canvas rather than SVG because the picture is redrawn on every zoom
 * frame, and merely moving the same glyphs as SVG elements was measured at several times
 * the main-thread time of a whole canvas redraw (scripts/bench/README.md).
 */
import type { ScaleTime } from 'd3-scale';
import { HIT_RADIUS, type Geometry } from './geometry.ts';
import { paintArcs } from './layers/arcs.ts';
import { axisTicks, paintGrid, paintTickLabels } from './layers/axis.ts';
import { paintBandLabels, paintBands } from './layers/bands.ts';
import { focusRings, paintFocus } from './layers/focus.ts';
import { clusterRadius, paintMarks } from './layers/marks.ts';
import { paintRanges } from './layers/ranges.ts';
import type { Glyph, Item } from './layout.ts';
import type { Theme } from './theme.ts';

export interface Frame {
  glyphs: readonly Glyph[];
  scale: ScaleTime<number, number>;
  focused: Item | null;
  selected: Item | null;
  /** Draw the focus ring: the timeline has keyboard focus. */
  showFocus: boolean;
  /** The exchange of the focused or selected point, in time order: joined by a dashed line. */
  thread: readonly Item[];
  /** The most faint links worth drawing; beyond it, only those of the focused and selected points. */
  linkLimit: number;
}

export function draw(context: CanvasRenderingContext2D, g: Geometry, theme: Theme, frame: Frame): void {
  const { vertical, width, height } = g;
  context.fillStyle = theme.bg;
  context.fillRect(0, 0, width, height);
  paintBands(context, g, theme);
  const axis = axisTicks(frame.scale, g);

  // The picture proper, clipped to the stretch beside the bands of labels.
  context.save();
  context.beginPath();
  if (vertical) context.rect(g.axisBand, g.gutter, width - g.axisBand, height - g.gutter);
  else context.rect(g.gutter, g.axisBand, width - g.gutter, height - g.axisBand);
  context.clip();
  paintGrid(context, g, theme, axis);
  paintRanges(context, g, theme, frame.glyphs);
  const strong = paintArcs(context, g, theme, frame, frame.thread);
  paintMarks(context, g, theme, frame.glyphs);
  paintFocus(context, theme, focusRings(strong, frame, g));
  context.restore();

  // Labels last, over anything that panned beneath them.
  context.fillStyle = theme.bg;
  if (vertical) {
    context.fillRect(0, 0, width, g.gutter);
    context.fillRect(0, g.gutter, g.axisBand, height - g.gutter);
  } else {
    context.fillRect(0, 0, g.gutter, height);
    context.fillRect(g.gutter, 0, width - g.gutter, g.axisBand);
  }
  paintTickLabels(context, g, theme, axis);
  paintBandLabels(context, g, theme);
}

/** The glyph under a point of the canvas, if any. */
export function glyphAt(glyphs: readonly Glyph[], g: Geometry, x: number, y: number): Glyph | null {
  const [t, l] = g.vertical ? [y, x] : [x, y];
  let best: Glyph | null = null;
  let bestDistance = Infinity;
  for (const glyph of glyphs) {
    const r = glyph.cluster ? clusterRadius(glyph.items.length) + 2 : HIT_RADIUS;
    const d = Math.hypot(glyph.at - t, g.rowCentre[glyph.row]! - l);
    if (d <= r && d < bestDistance) {
      best = glyph;
      bestDistance = d;
    }
  }
  return best;
}
