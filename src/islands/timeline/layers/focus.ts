/** Rings round the marks that matter: the open point's in the accent colour, and the focused one's while the timeline has keyboard focus. */
import { xyOf, type Geometry } from '../geometry.ts';
import type { Glyph, Item } from '../layout.ts';
import type { Theme } from '../theme.ts';
import { clusterRadius } from './marks.ts';

/** A single mark's radius, as its sprite draws it. */
const MARK_RADIUS = 7;

export interface Ring {
  x: number;
  y: number;
  r: number;
  width: number;
  colour: 'accent' | 'focus';
}

export interface FocusInput {
  focused: Item | null;
  selected: Item | null;
  /** Draw the focus ring: the timeline has keyboard focus. */
  showFocus: boolean;
}

/** The rings for `glyphs` (those holding the focused or selected point), the focus ring outside the selection's. */
export function focusRings(glyphs: Iterable<Glyph>, { focused, selected, showFocus }: FocusInput, g: Geometry): Ring[] {
  const xy = xyOf(g.vertical);
  const rings: Ring[] = [];
  for (const glyph of glyphs) {
    const [x, y] = xy(glyph.at, g.rowCentre[glyph.row]!);
    const r = glyph.cluster ? clusterRadius(glyph.items.length) : MARK_RADIUS;
    if (selected && glyph.items.includes(selected)) rings.push({ x, y, r: r + 3, width: 2, colour: 'accent' });
    if (showFocus && focused && glyph.items.includes(focused)) rings.push({ x, y, r: r + 6, width: 3, colour: 'focus' });
  }
  return rings;
}

export function paintFocus(context: CanvasRenderingContext2D, theme: Theme, rings: readonly Ring[]): void {
  for (const { x, y, r, width, colour } of rings) {
    context.strokeStyle = theme[colour];
    context.lineWidth = width;
    context.beginPath();
    context.arc(x, y, r, 0, 2 * Math.PI);
    context.stroke();
  }
}
