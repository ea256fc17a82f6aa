/**
 * The canvas: sized to the lanes, drawn when the store's frame comes (store.ts), and asked
 * what lies under the pointer (its marks are pixels: the answer is in what was last drawn).
 */
import type { ScaleTime } from 'd3-scale';
import type { Glyph, Item, Lanes, RowIndex } from './layout.ts';
import { LevelLayouts } from './level-layouts.ts';
import { geometryFor, MARK_PITCH, type Geometry } from './geometry.ts';
import { draw, glyphAt } from './render.ts';
import { readTheme, type Theme } from './theme.ts';

/** Faint links drawn while zooming or panning, and at rest: past these, only the focused and selected points' links. */
const LINKS_WHILE_MOVING = 150;
const LINKS_AT_REST = 1500;

/** What a frame shows. */
export interface Scene {
  rows: RowIndex[];
  scale: ScaleTime<number, number>;
  focused: Item | null;
  selected: Item | null;
  showFocus: boolean;
  /** The exchange of the focused or selected point, in time order. */
  thread: readonly Item[];
  /** A gesture or a glide under way. */
  moving: boolean;
}

export class Picture {
  geometry!: Geometry;
  /** What the last frame drew. */
  glyphs: Glyph[] = [];
  private readonly context: CanvasRenderingContext2D;
  private theme: Theme;
  private readonly layouts = new LevelLayouts();

  /** `themed`: the element whose CSS variables give the colours. */
  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly themed: Element,
  ) {
    this.context = canvas.getContext('2d', { alpha: false })!;
    this.theme = readTheme(themed);
  }

  /** Sizes the canvas for `lanes` across `width` (and, `vertical`, down `height`), sharp at the screen's pixel ratio. */
  size(lanes: Lanes, width: number, vertical: boolean, height: number): Geometry {
    const g = geometryFor(lanes, width, vertical, height, this.context, this.theme);
    this.geometry = g;
    const ratio = devicePixelRatio || 1;
    this.canvas.width = Math.round(g.width * ratio);
    this.canvas.height = Math.round(g.height * ratio);
    this.canvas.style.width = `${g.width}px`;
    this.canvas.style.height = `${g.height}px`;
    return g;
  }

  /** For a change of colour scheme: the next frame is drawn in the new colours. */
  retheme(): void {
    this.theme = readTheme(this.themed);
  }

  /** Where `event` is, in CSS px from the canvas's top left, and the mark there if any. */
  markAt(event: MouseEvent): { glyph: Glyph | null; x: number; y: number } {
    const box = this.canvas.getBoundingClientRect();
    const [x, y] = [event.clientX - box.left, event.clientY - box.top];
    return { glyph: glyphAt(this.glyphs, this.geometry, x, y), x, y };
  }

  draw(scene: Scene): void {
    const { scale } = scene;
    const g = this.geometry;
    // A mark's width beyond each edge, so that marks slide out of view instead of vanishing at the edge.
    const start = scale.invert(g.timeStart - MARK_PITCH).getTime();
    const end = scale.invert(g.timeEnd + MARK_PITCH).getTime();
    this.glyphs = this.layouts.glyphsBetween(scene.rows, start, end, scale, g);
    const ratio = this.canvas.width / g.width;
    this.context.setTransform(ratio, 0, 0, ratio, 0, 0);
    draw(this.context, g, this.theme, {
      glyphs: this.glyphs,
      scale,
      focused: scene.focused,
      selected: scene.selected,
      showFocus: scene.showFocus,
      thread: scene.thread,
      // While the picture moves, a frame must stay within 16 ms: faint links wait until it stops (scripts/bench/README.md).
      linkLimit: scene.moving ? LINKS_WHILE_MOVING : LINKS_AT_REST,
    });
  }
}
