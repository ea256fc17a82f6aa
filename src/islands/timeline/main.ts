/**
 * <wsw-timeline>: the zoomable picture that enhances the home page's list of points.
 * It wires the pure parts (layout, scales, url-state, keyboard) to the browser:
 * d3-zoom for wheel, drag and pinch, a canvas for the picture, and plain DOM for
 * everything a person reads (status line, details, undated list, filters).
 */
import { select, type Selection } from 'd3-selection';
import { zoom as d3Zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { ScaleTime } from 'd3-scale';
import { fillDetails, lineOf, whenOf, type Lookup } from './details.ts';
import { keyAction, type KeyAction } from './keyboard.ts';
import {
  buildLanes,
  centre,
  glyphsInView,
  indexRows,
  itemInNextRow,
  itemsByRow,
  levelSlope,
  matchesFilter,
  NO_FILTER,
  placeItems,
  spanRevealing,
  type Filter,
  type Glyph,
  type Item,
  type Lanes,
  type RowIndex,
} from './layout.ts';
import { draw, geometryFor, glyphAt, GROUP_PITCH, MARK_PITCH, readTheme, type Geometry, type Theme } from './render.ts';
import { baseScale, daysOf, fullSpan, MIN_SPAN_MS, spanOfDays, spanUnder, transformShowing } from './scales.ts';
import type { TimelineActor, TimelineArticle, TimelineData } from './types.ts';
import { readUrlState, writeUrlState } from './url-state.ts';

const NARROW = '(max-width: 639.98px)';
const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
const DARK = '(prefers-color-scheme: dark)';
/** How long after the last zoom step the address bar catches up: often enough to share, rarely enough not to churn. */
const URL_DELAY_MS = 250;
const ANIMATION_MS = 250;
/** Faint links drawn while zooming or panning, and at rest: past these, only the focused and selected points' links. */
const LINKS_WHILE_MOVING = 150;
const LINKS_AT_REST = 1500;
/** Layouts kept, one per zoom level (`levelSlope`): four levels per doubling, over the whole range of zoom. */
const MAX_LAYOUTS = 64;

/** A mark as the page draws it, for tests and tools: CSS px from the canvas's top left. */
export interface DrawnMark {
  ids: string[];
  x: number;
  y: number;
  cluster: boolean;
}

function must<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`timeline: the page has no ${selector}`);
  return found;
}

class TimelineElement extends HTMLElement {
  private data!: TimelineData;
  private lookup!: Lookup;
  private actors = new Map<string, TimelineActor>();

  private chart!: HTMLElement;
  private canvas!: HTMLCanvasElement;
  private context!: CanvasRenderingContext2D;
  private details!: HTMLElement;
  private status!: HTMLElement;
  private tooltip!: HTMLElement;
  private wheelHint!: HTMLElement;
  private list: HTMLElement | null = null;

  private lanes!: Lanes;
  private filter: Filter = NO_FILTER;
  private listView = false;
  private vertical = false;
  private items: Item[] = [];
  private rows: RowIndex[] = [];
  private byRow: Item[][] = [];
  private span: [number, number] = [0, 1];
  private geometry!: Geometry;
  private theme!: Theme;
  private base!: ScaleTime<number, number>;
  private transform: ZoomTransform = zoomIdentity;
  private zoom!: ZoomBehavior<HTMLElement, unknown>;
  private chartSelection!: Selection<HTMLElement, unknown, null, undefined>;
  private glyphs: Glyph[] = [];
  /** Layouts by zoom level, for the rows they were made from. */
  private layouts: { rows: RowIndex[]; byLevel: Map<number, { start: number; end: number; glyphs: Glyph[] }> } = { rows: [], byLevel: new Map() };

  private focused: Item | null = null;
  /** Index in data.points of the point whose details are open. */
  private selected: number | null = null;

  private frameRequest = 0;
  /** Counts glides, so that a new one (or the reader's own zoom) stops the one before. */
  private glide = 0;
  /** A wheel, drag or pinch under way. */
  private gesture = false;
  /** Where the glide under way is going. */
  private heading: [number, number] | null = null;
  private urlTimer = 0;
  private hintTimer = 0;
  private ready = false;
  private media = { narrow: matchMedia(NARROW), reducedMotion: matchMedia(REDUCED_MOTION), dark: matchMedia(DARK) };

  connectedCallback(): void {
    const source = document.getElementById(this.dataset.source ?? '');
    if (!source?.textContent) throw new Error('timeline: the page has no timeline data');
    this.data = JSON.parse(source.textContent) as TimelineData;
    this.actors = new Map(this.data.actors.map((a) => [a.id, a]));
    const articles = new Map<string, TimelineArticle>(this.data.articles.map((a) => [a.id, a]));
    this.lookup = {
      actor: (id) => this.actors.get(id) ?? { id, name: id, side: null, role: null },
      article: (id) => articles.get(id),
    };
    this.list = document.getElementById(this.dataset.list ?? '');

    this.chart = must(this, '[data-chart]');
    this.canvas = must(this, 'canvas');
    this.context = this.canvas.getContext('2d', { alpha: false })!;
    this.details = must(this, '[data-details]');
    this.status = must(this, '[data-status]');
    this.tooltip = must(this, '[data-tooltip]');
    this.wheelHint = must(this, '[data-wheel-hint]');
    this.theme = readTheme(this);
    this.vertical = this.media.narrow.matches;

    const state = readUrlState(location.search);
    this.filter = state.filter;
    this.listView = state.listView;
    // The whole story, not the filtered part: filtering must not move the picture under the reader's eyes.
    this.span = fullSpan(this.data.points);
    this.setUpZoom();
    this.listen();
    // The search box announces a chosen result; the timeline on this page shows it instead of leaving the page.
    window.addEventListener('wsw:select-point', (event) => {
      const index = this.data.points.findIndex((p) => p.id === (event as CustomEvent<{ id: string }>).detail.id);
      if (index < 0) return;
      event.preventDefault();
      const item = this.items.find((i) => i.point === index) ?? null;
      if (item) this.reveal(item);
      this.openDetails(index);
      if (item) this.focusOn(item);
    });
    this.syncFilterForm();
    this.rebuild(this.span);
    // Only now, with the picture laid out at its real size, may the list take its place.
    this.setListView(this.listView);

    const selected = state.point === null ? -1 : this.data.points.findIndex((p) => p.id === state.point);
    if (state.from && state.to) this.show(spanOfDays(state.from, state.to));
    if (selected >= 0) {
      const item = this.items.find((i) => i.point === selected) ?? null;
      if (item && !state.from) this.reveal(item);
      this.openDetails(selected, !state.from);
      if (item) this.focusOn(item);
    }
    this.requestFrame();
    this.ready = true;
    this.dataset.ready = '';
  }

  /** What is drawn now; tests compare it with the dataset and click on it. */
  visibleMarks(): DrawnMark[] {
    return this.glyphs.map((glyph) => {
      const lane = this.geometry.rowCentre[glyph.row]!;
      return {
        ids: glyph.items.map((item) => item.id),
        x: this.vertical ? lane : glyph.at,
        y: this.vertical ? glyph.at : lane,
        cluster: glyph.cluster,
      };
    });
  }

  // -------------------------------------------------------------------------
  // Data and layout
  // -------------------------------------------------------------------------

  /** Lanes, rows and undated list for the filter and orientation in force, showing `span`. */
  private rebuild(span: [number, number]): void {
    const indices = this.data.points.flatMap((point, i) => (matchesFilter(point, this.filter, this.actors) ? [i] : []));
    const dated = indices.filter((i) => this.data.points[i]!.date !== null);
    const lanes = buildLanes(
      dated.map((i) => this.data.points[i]!),
      this.actors,
      this.vertical ? 'side' : 'actor',
    );
    this.items = placeItems(this.data.points, dated, lanes);
    this.rows = indexRows(this.items, lanes.rows.length);
    this.byRow = itemsByRow(this.items, lanes.rows.length);
    if (this.focused) this.focused = this.items.find((item) => item.id === this.focused!.id) ?? null;
    if (!this.focused) delete this.dataset.focused;

    this.dataset.orientation = this.vertical ? 'vertical' : 'horizontal';
    this.layOut(lanes);
    this.show(span);
    this.fillUndated(indices.filter((i) => this.data.points[i]!.date === null));
    this.filterList(new Set(indices));
  }

  /** Sizes from the chart's width (and, on a phone, its height), then scale and zoom limits to match. */
  private layOut(lanes = this.lanes): void {
    this.lanes = lanes;
    const width = this.chart.clientWidth;
    const height = this.vertical ? this.chart.clientHeight : 0;
    this.geometry = geometryFor(lanes, width, this.vertical, height, this.context, this.theme);
    const g = this.geometry;
    if (!this.vertical) this.chart.style.height = `${g.height}px`;
    const ratio = devicePixelRatio || 1;
    this.canvas.width = Math.round(g.width * ratio);
    this.canvas.height = Math.round(g.height * ratio);
    this.canvas.style.width = `${g.width}px`;
    this.canvas.style.height = `${g.height}px`;

    this.base = baseScale(this.span, 1).range([g.timeStart, g.timeEnd]);
    const [a, b] = [g.timeStart, g.timeEnd];
    this.zoom
      .scaleExtent([1, Math.max(1, (this.span[1] - this.span[0]) / MIN_SPAN_MS)])
      .extent(this.vertical ? [[0, a], [g.width, b]] : [[a, 0], [b, g.height]])
      .translateExtent(this.vertical ? [[-Infinity, a], [Infinity, b]] : [[a, -Infinity], [b, Infinity]]);
  }

  private visibleSpan(): [number, number] {
    return spanUnder(this.base, this.transform, this.vertical);
  }

  private scale(): ScaleTime<number, number> {
    return this.vertical ? this.transform.rescaleY(this.base) : this.transform.rescaleX(this.base);
  }

  // -------------------------------------------------------------------------
  // Zoom
  // -------------------------------------------------------------------------

  private setUpZoom(): void {
    this.zoom = d3Zoom<HTMLElement, unknown>()
      // The wheel zooms only with Ctrl/⌘ (a trackpad pinch arrives as Ctrl+wheel): a plain wheel scrolls the page.
      .filter((event: MouseEvent) => (event.type === 'wheel' ? event.ctrlKey || event.metaKey : !event.ctrlKey && !event.button))
      .duration(this.media.reducedMotion.matches ? 0 : ANIMATION_MS)
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
        // A drag across lanes, or against the end of the story, moves nothing in time: nothing to redraw.
        if (unchanged) return;
        this.hideTooltip();
        this.requestFrame();
      })
      .on('end', () => {
        this.gesture = false;
        this.rangeSettled();
        this.requestFrame();
      });
    this.chartSelection = select<HTMLElement, unknown>(this.chart);
    this.chartSelection.call(this.zoom);
  }

  /** Shows `[start, end]` at once. */
  private show(span: [number, number]): void {
    this.zoom.transform(this.chartSelection, transformShowing(this.base, span, this.vertical));
  }

  /** Moves to `[start, end]`, gliding unless the reader asked for less motion (or the page is still setting up). */
  private glideTo(span: [number, number]): void {
    const glide = ++this.glide;
    this.heading = null;
    if (this.media.reducedMotion.matches || !this.ready) return this.show(span);
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

  /** Zooms by `factor` around the focused point when it is in view, else around the middle. */
  private zoomBy(factor: number): void {
    // A second press while gliding zooms on from where the first was going.
    const [start, end] = this.heading ?? this.visibleSpan();
    const focus = this.focused ? centre(this.focused) : NaN;
    const at = focus >= start && focus <= end ? focus : (start + end) / 2;
    const [min, max] = this.zoom.scaleExtent();
    const k0 = (this.span[1] - this.span[0]) / (end - start);
    const k = Math.min(max, Math.max(min, k0 * factor)) / k0;
    this.glideTo([at - (at - start) / k, at + (end - at) / k]);
  }

  private reset(): void {
    this.glideTo(this.span);
  }

  /** Zooms in until `item` is a mark of its own, centred. */
  private reveal(item: Item): void {
    const [start, end] = this.visibleSpan();
    const length = this.geometry.timeEnd - this.geometry.timeStart;
    const span = spanRevealing(this.rows[item.row]!, item, end - start, MIN_SPAN_MS, length, MARK_PITCH, GROUP_PITCH);
    const t = centre(item);
    this.show([t - span / 2, t + span / 2]);
  }

  /** Pans `item` to the middle of the uncovered picture, unless it is in view already. */
  private bringIntoView(item: Item): void {
    const g = this.geometry;
    // On a wide screen the detail panel lies over the right of the picture.
    const panel = this.vertical || this.details.hidden ? g.timeEnd : Math.min(g.timeEnd, this.details.offsetLeft - this.chart.offsetLeft - 16);
    const scale = this.scale();
    const at = scale(centre(item));
    if (at >= g.timeStart + 8 && at <= panel - 8) return;
    const shift = centre(item) - scale.invert((g.timeStart + panel) / 2).getTime();
    const [start, end] = this.visibleSpan();
    this.glideTo([start + shift, end + shift]);
  }

  private rangeSettled(): void {
    const { from, to } = daysOf(this.visibleSpan());
    this.dataset.from = from;
    this.dataset.to = to;
    this.scheduleUrl();
  }

  // -------------------------------------------------------------------------
  // Drawing
  // -------------------------------------------------------------------------

  private requestFrame(): void {
    if (!this.frameRequest) this.frameRequest = requestAnimationFrame(() => this.drawFrame());
  }

  /**
   * The glyphs in view. Groups depend on the zoom level only, not on where one has
   * panned to (`levelSlope`), so a layout made for three screens' worth of time at a
   * level serves every frame until the view leaves it: a pan costs a shift, and a
   * zoom a stretch, not a layout.
   */
  private glyphsBetween(start: number, end: number, scale: ScaleTime<number, number>): Glyph[] {
    const span = end - start;
    // The scale is linear in time: a plain function of milliseconds is far cheaper per point than calling it.
    const slope = (scale(end) - scale(start)) / span;
    const level = levelSlope(slope);
    if (this.layouts.rows !== this.rows) this.layouts = { rows: this.rows, byLevel: new Map() };
    let layout = this.layouts.byLevel.get(level);
    if (!layout || start < layout.start || end > layout.end) {
      const view = { start: start - span, end: end + span, px: (t: number) => level * t, pitch: MARK_PITCH, groupPitch: GROUP_PITCH };
      layout = { start: view.start, end: view.end, glyphs: glyphsInView(this.rows, view) };
      const levels = this.layouts.byLevel;
      levels.delete(level);
      // Most recently used last; a zoom from end to end passes a few dozen levels.
      if (levels.size >= MAX_LAYOUTS) levels.delete(levels.keys().next().value!);
      levels.set(level, layout);
    }
    const stretch = slope / level;
    const shift = scale(start) - slope * start;
    const [low, high] = [this.geometry.timeStart - MARK_PITCH, this.geometry.timeEnd + MARK_PITCH];
    const shown: Glyph[] = [];
    for (const glyph of layout.glyphs) {
      const at = glyph.at * stretch + shift;
      const from = glyph.from * stretch + shift;
      const to = glyph.to * stretch + shift;
      if ((at >= low && at <= high) || (glyph.items[0]!.ranged && from <= high && to >= low)) shown.push({ ...glyph, at, from, to });
    }
    return shown;
  }

  private drawFrame(): void {
    this.frameRequest = 0;
    const scale = this.scale();
    const g = this.geometry;
    // A mark's width beyond each edge, so that marks slide out of view instead of vanishing at the edge.
    const start = scale.invert(g.timeStart - MARK_PITCH).getTime();
    const end = scale.invert(g.timeEnd + MARK_PITCH).getTime();
    this.glyphs = this.glyphsBetween(start, end, scale);
    const ratio = this.canvas.width / g.width;
    this.context.setTransform(ratio, 0, 0, ratio, 0, 0);
    const selected = this.selected === null ? null : (this.items.find((i) => i.point === this.selected) ?? null);
    draw(this.context, g, this.theme, {
      glyphs: this.glyphs,
      scale,
      focused: this.focused,
      selected,
      showFocus: this.chart.matches(':focus-visible'),
      // While the picture moves, a frame must stay within 16 ms: faint links wait until it stops (scripts/bench/README.md).
      linkLimit: this.gesture || this.heading ? LINKS_WHILE_MOVING : LINKS_AT_REST,
    });
  }

  // -------------------------------------------------------------------------
  // Moving between points
  // -------------------------------------------------------------------------

  private onKey(event: KeyboardEvent): void {
    const action = keyAction(event, this.vertical);
    if (!action) return;
    event.preventDefault();
    this.act(action);
  }

  private act(action: KeyAction): void {
    const items = this.items;
    const current = this.focused;
    switch (action) {
      case 'next':
      case 'previous': {
        const step = action === 'next' ? 1 : -1;
        if (current) return this.moveTo(items[current.order + step] ?? current);
        // Nothing focused yet: start from what is in view.
        const [start, end] = this.visibleSpan();
        const inView = items.filter((i) => centre(i) >= start && centre(i) <= end);
        return this.moveTo((step === 1 ? inView[0] : inView.at(-1)) ?? items[0] ?? null);
      }
      case 'row-up':
      case 'row-down':
        if (!current) return this.act('next');
        return this.moveTo(itemInNextRow(this.byRow, current, action === 'row-up' ? -1 : 1) ?? current);
      case 'first':
        return this.moveTo(items[0] ?? null);
      case 'last':
        return this.moveTo(items.at(-1) ?? null);
      case 'open':
        if (current) this.openDetails(current.point);
        return;
      case 'close':
        return this.closeDetails();
      case 'zoom-in':
        return this.zoomBy(2);
      case 'zoom-out':
        return this.zoomBy(0.5);
      case 'reset':
        return this.reset();
    }
  }

  private moveTo(item: Item | null): void {
    if (!item) return;
    this.focusOn(item);
    this.bringIntoView(item);
    this.requestFrame();
  }

  /** The point the arrow keys move from, told to the live region in one line: where it is, and what was said. */
  private focusOn(item: Item): void {
    this.focused = item;
    this.dataset.focused = item.id;
    const point = this.data.points[item.point]!;
    const line = lineOf(point, this.lookup);
    const short = line.length > 200 ? `${line.slice(0, 199)}…` : line;
    const group = this.glyphs.find((g) => g.items.includes(item));
    const grouped = group?.cluster ? ` In a group of ${group.items.length}: press + to zoom in.` : '';
    this.status.textContent = `${whenOf(point)} · ${point.kind} · ${short} (${item.order + 1} of ${this.items.length}).${grouped}`;
  }

  // -------------------------------------------------------------------------
  // Details
  // -------------------------------------------------------------------------

  /** `reveal`: pan the point out from under the panel (not when the address bar gave the range to show). */
  private openDetails(pointIndex: number, reveal = true): void {
    this.selected = pointIndex;
    fillDetails(this.details, this.data.points[pointIndex]!, this.lookup);
    must<HTMLElement>(this.details, '[data-copy-status]').textContent = '';
    this.details.hidden = false;
    this.details.scrollTop = 0;
    const item = this.items.find((i) => i.point === pointIndex);
    if (item && reveal) this.bringIntoView(item);
    this.requestFrame();
    this.scheduleUrl();
  }

  private closeDetails(): void {
    if (this.selected === null) return;
    const hadFocus = this.details.contains(document.activeElement);
    this.selected = null;
    this.details.hidden = true;
    if (hadFocus) this.chart.focus();
    this.requestFrame();
    this.scheduleUrl();
  }

  private async copyLink(): Promise<void> {
    if (this.selected === null) return;
    const url = new URL(this.data.points[this.selected]!.path, location.origin).href;
    const status = must<HTMLElement>(this.details, '[data-copy-status]');
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = 'Link copied.';
    } catch {
      // No clipboard (permissions, an old browser): the link itself, to copy by hand.
      status.textContent = `Copy this link: ${url}`;
    }
  }

  // -------------------------------------------------------------------------
  // Pointer
  // -------------------------------------------------------------------------

  private pointerPosition(event: MouseEvent): [number, number] {
    const box = this.canvas.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top];
  }

  private onClick(event: MouseEvent): void {
    const glyph = glyphAt(this.glyphs, this.geometry, ...this.pointerPosition(event));
    if (!glyph) return;
    if (glyph.cluster) {
      // A group opens up: zoom to its members' days, with room on either side.
      const t0 = Math.min(...glyph.items.map((i) => i.t0));
      const t1 = Math.max(...glyph.items.map((i) => i.t1));
      const pad = Math.max((t1 - t0) * 0.25, MIN_SPAN_MS / 4);
      return this.glideTo([t0 - pad, t1 + pad]);
    }
    const item = glyph.items[0]!;
    this.focusOn(item);
    this.openDetails(item.point);
  }

  private onPointerMove(event: PointerEvent): void {
    if (event.pointerType !== 'mouse' || event.buttons) return;
    const [x, y] = this.pointerPosition(event);
    const glyph = glyphAt(this.glyphs, this.geometry, x, y);
    this.chart.classList.toggle('tl-over-mark', glyph !== null);
    if (!glyph) return this.hideTooltip();
    const first = this.data.points[glyph.items[0]!.point]!;
    this.tooltip.textContent = glyph.cluster
      ? `${glyph.items.length} points close together: click to zoom in`
      : `${whenOf(first)} · ${lineOf(first, this.lookup)}`;
    this.tooltip.hidden = false;
    const flip = x > this.geometry.width * 0.6;
    this.tooltip.style.left = flip ? '' : `${x + 14}px`;
    this.tooltip.style.right = flip ? `${this.geometry.width - x + 14}px` : '';
    this.tooltip.style.top = `${y + 14}px`;
  }

  private hideTooltip(): void {
    this.tooltip.hidden = true;
  }

  /** A plain wheel scrolls the page; a sideways swipe pans; the hint says how to zoom. */
  private onWheel(event: WheelEvent): void {
    if (event.ctrlKey || event.metaKey) return;
    if (!this.vertical && Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
      event.preventDefault();
      this.zoom.translateBy(this.chartSelection, -event.deltaX / this.transform.k, 0);
      return;
    }
    this.wheelHint.hidden = false;
    clearTimeout(this.hintTimer);
    this.hintTimer = window.setTimeout(() => (this.wheelHint.hidden = true), 1500);
  }

  // -------------------------------------------------------------------------
  // Filters, list view, undated points
  // -------------------------------------------------------------------------

  private filterForm(): HTMLFormElement {
    return must<HTMLFormElement>(this, 'form[data-filters]');
  }

  private syncFilterForm(): void {
    const form = this.filterForm();
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      const chosen = box.name === 'side' ? this.filter.sides : this.filter.kinds;
      box.checked = chosen.length === 0 || chosen.includes(box.value);
    }
    must<HTMLSelectElement>(form, 'select[name=actor]').value = this.filter.actor ?? '';
    this.countFilters();
  }

  private readFilterForm(): void {
    const form = this.filterForm();
    const chosen = (name: string) => {
      const boxes = [...form.querySelectorAll<HTMLInputElement>(`input[name=${name}]`)];
      const checked = boxes.filter((b) => b.checked).map((b) => b.value);
      // All or none ticked both mean "no filter": an empty timeline is never what anyone asked for.
      return checked.length === boxes.length ? [] : checked;
    };
    this.filter = {
      sides: chosen('side'),
      kinds: chosen('kind'),
      actor: must<HTMLSelectElement>(form, 'select[name=actor]').value || null,
    };
    this.countFilters();
    this.rebuild(this.visibleSpan());
    this.scheduleUrl();
  }

  private countFilters(): void {
    const n = Number(this.filter.sides.length > 0) + Number(this.filter.kinds.length > 0) + Number(this.filter.actor !== null);
    must<HTMLElement>(this, '[data-filter-count]').textContent = n > 0 ? ` (${n} on)` : '';
  }

  private filterList(shown: Set<number>): void {
    if (!this.list) return;
    const position = new Map(this.data.points.map((p, i) => [p.id, i]));
    for (const li of this.list.querySelectorAll<HTMLElement>('li[data-point]')) {
      li.hidden = !shown.has(position.get(li.dataset.point ?? '') ?? -1);
    }
  }

  private setListView(on: boolean): void {
    this.listView = on;
    must<HTMLElement>(this, '[data-action=list]').setAttribute('aria-pressed', String(on));
    for (const part of this.querySelectorAll<HTMLElement>('[data-picture]')) part.hidden = on;
    this.list?.classList.toggle('tl-list-shown', on);
    if (!on) this.layOutAgain();
  }

  private fillUndated(indices: number[]): void {
    const section = must<HTMLElement>(this, '[data-undated]');
    section.hidden = indices.length === 0;
    const list = must<HTMLElement>(section, 'ul');
    list.replaceChildren(
      ...indices.map((index) => {
        const point = this.data.points[index]!;
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'tl-undated-point';
        button.dataset.point = point.id;
        button.textContent = lineOf(point, this.lookup);
        button.addEventListener('click', () => this.openDetails(index));
        const li = document.createElement('li');
        li.append(button);
        return li;
      }),
    );
  }

  // -------------------------------------------------------------------------
  // Address bar
  // -------------------------------------------------------------------------

  private scheduleUrl(): void {
    if (!this.ready) return;
    clearTimeout(this.urlTimer);
    this.urlTimer = window.setTimeout(() => this.writeUrl(), URL_DELAY_MS);
  }

  private writeUrl(): void {
    const whole = this.transform.k === 1;
    const { from, to } = daysOf(this.visibleSpan());
    const query = writeUrlState(location.search, {
      point: this.selected === null ? null : this.data.points[this.selected]!.id,
      from: whole ? null : from,
      to: whole ? null : to,
      filter: this.filter,
      listView: this.listView,
    });
    if (query !== location.search) history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  }

  // -------------------------------------------------------------------------
  // Events
  // -------------------------------------------------------------------------

  /** Width changes (a window resized, a phone turned) keep the time span in view. */
  private layOutAgain(): void {
    if (this.listView) return;
    const vertical = this.media.narrow.matches;
    const kept = this.visibleSpan();
    if (vertical !== this.vertical) {
      this.vertical = vertical;
      this.rebuild(kept);
    } else {
      this.layOut();
      this.show(kept);
    }
  }

  private listen(): void {
    this.chart.addEventListener('keydown', (e) => this.onKey(e));
    this.chart.addEventListener('click', (e) => this.onClick(e));
    this.chart.addEventListener('pointermove', (e) => this.onPointerMove(e));
    this.chart.addEventListener('pointerleave', () => this.hideTooltip());
    this.chart.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    this.chart.addEventListener('focus', () => this.requestFrame());
    this.chart.addEventListener('blur', () => this.requestFrame());

    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLElement>('[data-action]');
      switch (button?.dataset.action) {
        case 'zoom-in':
        case 'zoom-out':
        case 'reset':
        case 'close':
          return this.act(button!.dataset.action);
        case 'copy':
          return void this.copyLink();
        case 'list':
          this.setListView(!this.listView);
          return this.scheduleUrl();
      }
    });
    this.details.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.closeDetails();
    });
    this.filterForm().addEventListener('change', () => this.readFilterForm());
    this.filterForm().addEventListener('reset', () => setTimeout(() => this.readFilterForm()));

    let width = this.chart.clientWidth;
    let height = this.chart.clientHeight;
    new ResizeObserver(() => {
      const sized = this.chart.clientWidth !== width || (this.vertical && this.chart.clientHeight !== height);
      width = this.chart.clientWidth;
      height = this.chart.clientHeight;
      if (sized && width > 0) this.layOutAgain();
    }).observe(this.chart);
    this.media.narrow.addEventListener('change', () => this.layOutAgain());
    this.media.dark.addEventListener('change', () => {
      this.theme = readTheme(this);
      this.requestFrame();
    });
    this.media.reducedMotion.addEventListener('change', () => this.zoom.duration(this.media.reducedMotion.matches ? 0 : ANIMATION_MS));
  }
}

customElements.define('wsw-timeline', TimelineElement);
