/** The label by the mouse pointer: the mark under it, or the group, which opens on a click. */
import { lineOf, whenOf } from './details.ts';
import type { Glyph } from './layout.ts';
import type { Story } from './story.ts';

export class Tooltip {
  /** `story`: the data as it stands (more of it arrives after the page). */
  constructor(
    private readonly element: HTMLElement,
    private readonly story: () => Story,
  ) {}

  /** At (x, y) in a chart `width` wide, to the pointer's left past 60% of the way across so that it stays on screen. */
  show(glyph: Glyph, x: number, y: number, width: number): void {
    const { data, lookup } = this.story();
    const first = data.points[glyph.items[0]!.point]!;
    this.element.textContent = glyph.cluster ? `${glyph.items.length} points close together: click to zoom in` : `${whenOf(first)} · ${lineOf(first, lookup)}`;
    this.element.hidden = false;
    const flip = x > width * 0.6;
    this.element.style.left = flip ? '' : `${x + 14}px`;
    this.element.style.right = flip ? `${width - x + 14}px` : '';
    this.element.style.top = `${y + 14}px`;
  }

  hide(): void {
    this.element.hidden = true;
  }
}
