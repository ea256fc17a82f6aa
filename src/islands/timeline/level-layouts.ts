/**
 * The glyphs in view. Groups depend on the zoom level only, not on where one has
 * panned to (`levelSlope`), so a layout made for three screens' worth of time at a
 * level serves every frame until the view leaves it: a pan costs a shift, and a
 * zoom a stretch, not a layout.
 */
import type { ScaleTime } from 'd3-scale';
import { glyphsInView, levelSlope, type Glyph, type RowIndex } from './layout.ts';
import { GROUP_PITCH, MARK_PITCH, type Geometry } from './geometry.ts';

/** Layouts kept, one per zoom level (`levelSlope`): four levels per doubling, over the whole range of zoom. */
const MAX_LAYOUTS = 64;

interface Layout {
  start: number;
  end: number;
  glyphs: Glyph[];
}

export class LevelLayouts {
  /** The rows the layouts were made from: others (a filter, a turned phone) start afresh. */
  private rows: RowIndex[] = [];
  private byLevel = new Map<number, Layout>();

  /** The glyphs of `rows` between `start` and `end` as `scale` places them, within a mark of `g`'s time axis. */
  glyphsBetween(rows: RowIndex[], start: number, end: number, scale: ScaleTime<number, number>, g: Geometry): Glyph[] {
    const span = end - start;
    // The scale is linear in time: a plain function of milliseconds is far cheaper per point than calling it.
    const slope = (scale(end) - scale(start)) / span;
    const level = levelSlope(slope);
    if (this.rows !== rows) {
      this.rows = rows;
      this.byLevel = new Map();
    }
    let layout = this.byLevel.get(level);
    if (!layout || start < layout.start || end > layout.end) {
      const view = { start: start - span, end: end + span, px: (t: number) => level * t, pitch: MARK_PITCH, groupPitch: GROUP_PITCH };
      layout = { start: view.start, end: view.end, glyphs: glyphsInView(rows, view) };
      const levels = this.byLevel;
      levels.delete(level);
      // Most recently used last; a zoom from end to end passes a few dozen levels.
      if (levels.size >= MAX_LAYOUTS) levels.delete(levels.keys().next().value!);
      levels.set(level, layout);
    }
    const stretch = slope / level;
    const shift = scale(start) - slope * start;
    const [low, high] = [g.timeStart - MARK_PITCH, g.timeEnd + MARK_PITCH];
    const shown: Glyph[] = [];
    for (const glyph of layout.glyphs) {
      const at = glyph.at * stretch + shift;
      const from = glyph.from * stretch + shift;
      const to = glyph.to * stretch + shift;
      if ((at >= low && at <= high) || (glyph.items[0]!.ranged && from <= high && to >= low)) shown.push({ ...glyph, at, from, to });
    }
    return shown;
  }
}
