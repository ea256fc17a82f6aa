/** Ranges: a point known to the week or month, or a group of them, is a bar with end caps, never a false exact day. */
import { xyOf, type Geometry } from '../geometry.ts';
import type { Glyph } from '../layout.ts';
import type { Theme } from '../theme.ts';
import type { RectPath } from './paths.ts';

/** Bars narrower than this (px) are left to the mark alone. */
const MIN_BAR = 3;

/**
 * Each ranged glyph's bar and caps, traced into one path per colour (made by `newPath`).
 * Rectangles on whole pixels fill without antialiasing: far cheaper to rasterise than stroked lines.
 */
export function traceRanges<P extends RectPath>(glyphs: readonly Glyph[], g: Geometry, theme: Theme, newPath: () => P): Map<string, P> {
  const xy = xyOf(g.vertical);
  const bars = new Map<string, P>();
  const box = (bar: P, t0: number, t1: number, l0: number, l1: number) => {
    const [x0, y0] = xy(Math.round(t0), Math.round(l0));
    const [x1, y1] = xy(Math.round(t1), Math.round(l1));
    bar.rect(x0, y0, x1 - x0, y1 - y0);
  };
  for (const glyph of glyphs) {
    if (!glyph.items[0]!.ranged || glyph.to - glyph.from < MIN_BAR) continue;
    const l = g.rowCentre[glyph.row]!;
    const colour = glyph.cluster ? theme.cluster : (theme.kinds[glyph.items[0]!.kind] ?? theme.otherKind);
    let bar = bars.get(colour);
    if (!bar) bars.set(colour, (bar = newPath()));
    box(bar, glyph.from + 1, glyph.to - 1, l - 1, l + 1);
    box(bar, glyph.from + 1, glyph.from + 3, l - 4, l + 4);
    box(bar, glyph.to - 3, glyph.to - 1, l - 4, l + 4);
  }
  return bars;
}

export function paintRanges(context: CanvasRenderingContext2D, g: Geometry, theme: Theme, glyphs: readonly Glyph[]): void {
  context.globalAlpha = 0.55;
  for (const [colour, bar] of traceRanges(glyphs, g, theme, () => new Path2D())) {
    context.fillStyle = colour;
    context.fill(bar);
  }
  context.globalAlpha = 1;
}
