/**
 * Which stretch of time the picture shows, and how it gets there: d3-zoom for the
 * reader's wheel, drag and pinch, glides for the buttons, keys and clicks.
 */
import type { ScaleTime } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { zoom as d3Zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { Geometry } from './geometry.ts';
import { baseScale, MIN_SPAN_MS, spanUnder, transformShowing } from './scales.ts';

const ANIMATION_MS = 250;

export interface ViewportEvents {
  /** The span shown changed. */
  moved(): void;
  /** A zoom or pan came to rest: a gesture ended, or one step of a glide was taken. */
  settled(): void;
}

export class Viewport {
  /** Off while the page sets up: it opens on what was asked for, without gliding there. */
  glides = false;
  private transform: ZoomTransform = zoomIdentity;
  private base!: ScaleTime<number, number>;
  private vertical = false;
  private readonly zoom: ZoomBehavior<HTMLElement, unknown>;
  private readonly selection: Selection<HTMLElement, unknown, null, undefined>;
  /** Counts glides, so that a new one (or the reader's own zoom) stops the one before. */
  private glide = 0;
  /** A wheel, drag or pinch under way. */
  private gesture = false;
  /** Where the glide under way is going. */
  private heading: [number, number] | null = null;

  /** `whole`: the span at zoom 1, the least one can zoom out to. */
  constructor(
    chart: HTMLElement,
    readonly whole: [number, number],
    private readonly reducedMotion: MediaQueryList,
    events: ViewportEvents,
  ) {
    this.zoom = d3Zoom<HTMLElement, unknown>()
      // The wheel zooms only with Ctrl/⌘ (a trackpad pinch arrives as Ctrl+wheel): a plain wheel scrolls the page.
      .filter((event: MouseEvent) => (event.type === 'wheel' ? event.ctrlKey || event.metaKey : !event.ctrlKey && !event.button))
      .duration(this.animationMs())
      .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (!event.sourceEvent) return;
        this.gesture = true;
        this.glide++;
        this.heading = null;
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        const { k, x, y } = event.transform;
        const unchanged = k === this.transform.k && (this.vertical ? y === this.transform.y : x === this.transform.x);
        this.transform = event.transform;
        // A drag across lanes, or against the end of the story, moves nothing in time.
        if (!unchanged) events.moved();
      })
      .on('end', () => {
        this.gesture = false;
        events.settled();
      });
    this.selection = select<HTMLElement, unknown>(chart);
    this.selection.call(this.zoom);
    reducedMotion.addEventListener('change', () => this.zoom.duration(this.animationMs()));
  }

  /** For a picture laid out anew: time runs over `g.timeStart`–`g.timeEnd`, across or (`vertical`) down. */
  fit(g: Geometry, vertical: boolean): void {
    this.vertical = vertical;
    this.base = baseScale(this.whole, 1).range([g.timeStart, g.timeEnd]);
    const [a, b] = [g.timeStart, g.timeEnd];
    this.zoom
      .scaleExtent([1, Math.max(1, (this.whole[1] - this.whole[0]) / MIN_SPAN_MS)])
      .extent(
        vertical
          ? [
              [0, a],
              [g.width, b],
            ]
          : [
              [a, 0],
              [b, g.height],
            ],
      )
      .translateExtent(
        vertical
          ? [
              [-Infinity, a],
              [Infinity, b],
            ]
          : [
              [a, -Infinity],
              [b, Infinity],
            ],
      );
  }

  visibleSpan(): [number, number] {
    return spanUnder(this.base, this.transform, this.vertical);
  }

  scale(): ScaleTime<number, number> {
    return this.vertical ? this.transform.rescaleY(this.base) : this.transform.rescaleX(this.base);
  }

  get zoomedOut(): boolean {
    return this.transform.k === 1;
  }

  /** A gesture or a glide under way: frames must be cheap. */
  get moving(): boolean {
    return this.gesture || this.heading !== null;
  }

  /** Shows `[start, end]` at once. */
  show(span: [number, number]): void {
    this.zoom.transform(this.selection, transformShowing(this.base, span, this.vertical));
  }

  /** Moves to `[start, end]`, gliding unless the reader asked for less motion (or the page is still setting up). */
  glideTo(span: [number, number]): void {
    const glide = ++this.glide;
    this.heading = null;
    if (this.reducedMotion.matches || !this.glides) return this.show(span);
    const from = this.visibleSpan();
    const started = performance.now();
    this.heading = span;
    const step = (now: number) => {
      // A newer glide, or the reader's own zoom, takes over.
      if (glide !== this.glide) return;
      const t = Math.min(1, (now - started) / ANIMATION_MS);
      const ease = t * (2 - t);
      this.show([from[0] + (span[0] - from[0]) * ease, from[1] + (span[1] - from[1]) * ease]);
      if (t < 1) requestAnimationFrame(step);
      else this.heading = null;
    };
    requestAnimationFrame(step);
  }

  /** Zooms by `factor` around the time `focus` when it is in view, else (or when NaN) around the middle. */
  zoomBy(factor: number, focus: number): void {
    // A second press while gliding zooms on from where the first was going.
    const [start, end] = this.heading ?? this.visibleSpan();
    const at = focus >= start && focus <= end ? focus : (start + end) / 2;
    const [min, max] = this.zoom.scaleExtent();
    const k0 = (this.whole[1] - this.whole[0]) / (end - start);
    const k = Math.min(max, Math.max(min, k0 * factor)) / k0;
    this.glideTo([at - (at - start) / k, at + (end - at) / k]);
  }

  reset(): void {
    this.glideTo(this.whole);
  }

  /** Pans time `t` to the middle of `[from, to]` (px along the time axis), unless it is in there already. */
  keepWithin(t: number, [from, to]: [number, number]): void {
    const scale = this.scale();
    const at = scale(t);
    if (at >= from + 8 && at <= to - 8) return;
    const shift = t - scale.invert((from + to) / 2).getTime();
    const [start, end] = this.visibleSpan();
    this.glideTo([start + shift, end + shift]);
  }

  /** Pans the horizontal picture by `px`. */
  panBy(px: number): void {
    this.zoom.translateBy(this.selection, px / this.transform.k, 0);
  }

  private animationMs(): number {
    return this.reducedMotion.matches ? 0 : ANIMATION_MS;
  }
}
