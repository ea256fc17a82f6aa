/**
 * <wsw-timeline>: the zoomable picture that enhances the home page's list of points.
 * It wires the pure parts (layout, scales, url-state, keyboard) to the browser:
 * d3-zoom for wheel, drag and pinch (viewport.ts), a canvas for the picture (picture.ts),
 * and plain DOM for everything a person reads (status line, details, undated list, filters).
 */
import { formatDay } from '../../shared/format.ts';
import { echo } from '../echo.ts';
import { CopyLink } from './copy-link.ts';
import { fillDetails, lineOf, lookupIn, whenOf, type Lookup } from './details.ts';
import { must } from './dom.ts';
import { FilterForm } from './filters.ts';
import { FoldButtons } from './fold-buttons.ts';
import { keyAction, moveTarget, threadTarget, type KeyAction } from './keyboard.ts';
import {
  buildLanes,
  centre,
  DAY_MS,
  dayStart,
  indexRows,
  itemsByRow,
  matchesFilter,
  NO_FILTER,
  placeItems,
  spanRevealing,
  type Filter,
  type Item,
  type Lanes,
  type RowIndex,
} from './layout.ts';
import { ListView } from './list-view.ts';
import { Picture, type Scene } from './picture.ts';
import { GROUP_PITCH, MARK_PITCH } from './render.ts';
import { daysOf, fullSpan, MIN_SPAN_MS, spanOfDays } from './scales.ts';
import { afterFirstFrame, hasOwnState, loadParts } from './parts.ts';
import { Tooltip } from './tooltip.ts';
import type { TimelineActor, TimelineData, TimelinePoint } from '../../shared/dataset.ts';
import { fillUndated } from './undated.ts';
import { AddressBar, readUrlState, type UrlState } from './url-state.ts';
import { checkView, noticeText, type Notice } from './view-check.ts';
import { Viewport } from './viewport.ts';
import { WheelHint } from './wheel-hint.ts';

const NARROW = '(max-width: 639.98px)';
const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
const DARK = '(prefers-color-scheme: dark)';

/** A mark as the page draws it, for tests and tools: CSS px from the canvas's top left. */
export interface DrawnMark {
  ids: string[];
  x: number;
  y: number;
  cluster: boolean;
}

class TimelineElement extends HTMLElement {
  private data!: TimelineData;
  private lookup!: Lookup;
  private actors = new Map<string, TimelineActor>();

  private chart!: HTMLElement;
  private picture!: Picture;
  private details!: HTMLElement;
  private status!: HTMLElement;
  private undated!: HTMLElement;
  /** Why the picture shows less than the link asked for, or nothing. */
  private notices!: HTMLElement;
  private tooltip!: Tooltip;
  private wheelHint!: WheelHint;
  private copyLink!: CopyLink;
  private filters!: FilterForm;
  private folds!: FoldButtons;
  /** The lane whose folded actors are shown (one at a time, so that the chart stays about two screens tall). */
  private openLane: string | null = null;
  private listView!: ListView;
  private viewport!: Viewport;
  private readonly addressBar = new AddressBar(() => this.urlState());

  private lanes!: Lanes;
  private filter: Filter = NO_FILTER;
  private vertical = false;
  private items: Item[] = [];
  /** The item of each drawn point, by its index in data.points. */
  private itemOf = new Map<number, Item>();
  /** Each point's index in data.points. */
  private pointIndex = new Map<TimelinePoint, number>();
  private rows: RowIndex[] = [];
  private byRow: Item[][] = [];

  private focused: Item | null = null;
  /** Index in data.points of the point whose details are open. */
  private selected: number | null = null;

  private ready = false;
  /** Settled when every part of the data is in (at once when the page carried it all). */
  private complete: Promise<void> = Promise.resolve();
  /** The picture's height as the server laid it out for every point: kept until they are all in. */
  private reservedHeight = 0;
  private media = { narrow: matchMedia(NARROW), reducedMotion: matchMedia(REDUCED_MOTION), dark: matchMedia(DARK) };

  connectedCallback(): void {
    const source = document.getElementById(this.dataset.source ?? '');
    if (!source?.textContent) throw new Error('timeline: the page has no timeline data');
    this.data = JSON.parse(source.textContent) as TimelineData;
    this.indexData();

    this.chart = must(this, '[data-chart]');
    const canvas = must<HTMLCanvasElement>(this, 'canvas');
    // The server laid the picture out for every point: its height is kept while the other parts load.
    this.reservedHeight = canvas.height;
    this.picture = new Picture(canvas, this, () => this.scene());
    this.details = must(this, '[data-details]');
    this.status = must(this, '[data-status]');
    this.undated = must(this, '[data-undated]');
    this.notices = must(this, '[data-notices]');
    this.wheelHint = new WheelHint(must(this, '[data-wheel-hint]'));
    this.copyLink = new CopyLink(this.details);
    this.folds = new FoldButtons(must(this, '[data-folds]'), (side) => {
      this.openLane = this.openLane === side ? null : side;
      this.rebuild(this.viewport.visibleSpan());
    });
    this.listView = new ListView(this, document.getElementById(this.dataset.list ?? ''));
    this.vertical = this.media.narrow.matches;

    const more = this.data.more;
    if (!more) return this.start();
    // A link that asks for a view (a point, an actor, a range) may name what only the other parts hold: it waits for them.
    const waits = hasOwnState(location.search);
    // Otherwise the newest part is drawn first, and only then are the others asked for (afterFirstFrame).
    if (!waits) this.start();
    const rest = (waits ? Promise.resolve() : afterFirstFrame()).then(() => loadParts(more.chunks)).then(
      (parts) => this.addParts(parts),
      (error: Error) => {
        // The newest part is still worth showing: said in the status line.
        this.status.textContent = `Only the newest ${this.data.points.length} of ${more.points} statements could be loaded (${error.message}).`;
      },
    );
    this.complete = rest;
    void rest.then(() => {
      if (waits) return this.start();
      this.rebuild(this.viewport.visibleSpan());
      this.picture.requestFrame();
    });
  }

  /** The maps from ids to actors, articles and points, for the data as it stands. */
  private indexData(): void {
    this.actors = new Map(this.data.actors.map((a) => [a.id, a]));
    this.lookup = lookupIn(this.data);
    this.pointIndex = new Map(this.data.points.map((p, i) => [p, i]));
    this.tooltip = new Tooltip(must(this, '[data-tooltip]'), this.data.points, this.lookup);
  }

  /** The other parts, oldest first, before the points the page came with: the dataset's order again. */
  private addParts(parts: readonly TimelineData[]): void {
    const known = new Set(this.data.actors.map((a) => a.id));
    const read = new Set(this.data.articles.map((a) => a.id));
    const { more: _more, ...first } = this.data;
    this.data = {
      ...first,
      actors: [...this.data.actors, ...parts.flatMap((p) => p.actors).filter((a) => !known.has(a.id) && known.add(a.id))],
      articles: [...this.data.articles, ...parts.flatMap((p) => p.articles).filter((a) => !read.has(a.id) && read.add(a.id))],
      points: [...parts.flatMap((p) => p.points), ...this.data.points],
    };
    this.indexData();
    this.filters?.addActors(this.data.actors);
    // Indices into the points moved: the open point's is found again (items are placed again by the next rebuild).
    if (this.selected !== null) this.selected += this.data.points.length - first.points.length;
    this.dataset.complete = '';
  }

  /** Opens the point with `id` and shows its mark, zoomed in enough to tell it from its neighbours. */
  private selectPoint(id: string): void {
    const index = this.data.points.findIndex((p) => p.id === id);
    const item = this.items.find((i) => i.point === index) ?? null;
    if (item) this.reveal(item);
    this.openDetails(index);
    if (item) this.focusOn(item);
  }

  /** Everything from the address bar on: filters, range, the point to open. */
  private start(): void {
    const { state, notices } = checkView(readUrlState(location.search), this.data.points, this.actors);
    this.showNotices(notices);
    this.filter = state.filter;
    const span = this.data.more?.span;
    // The whole story, not the filtered part: filtering must not move the picture under the reader's eyes.
    this.viewport = new Viewport(this.chart, span ? [dayStart(span[0]), dayStart(span[1]) + DAY_MS] : fullSpan(this.data.points), this.media.reducedMotion, {
      moved: () => {
        this.tooltip.hide();
        this.picture.requestFrame();
      },
      settled: () => {
        this.rangeSettled();
        this.picture.requestFrame();
      },
    });
    this.filters = new FilterForm(this, (filter) => {
      this.filter = filter;
      this.rebuild(this.viewport.visibleSpan());
      // What the link asked for is behind us: only whether these filters leave anything is news.
      this.showNotices(checkView({ ...this.urlState(), point: null, from: null, to: null }, this.data.points, this.actors).notices);
      this.scheduleUrl();
    });
    this.listen();
    // The search box announces a chosen result; the timeline on this page shows it instead of leaving the page.
    window.addEventListener('wsw:select-point', (event) => {
      const { id, path } = (event as CustomEvent<{ id: string; path: string }>).detail;
      if (this.data.more) {
        // Perhaps in a part still on its way: shown when it is in, else its page opens after all.
        event.preventDefault();
        void this.complete.then(() => (this.data.points.some((p) => p.id === id) ? this.selectPoint(id) : location.assign(path)));
        return;
      }
      if (!this.data.points.some((p) => p.id === id)) return;
      event.preventDefault();
      this.selectPoint(id);
    });
    this.filters.addActors(this.data.actors);
    this.filters.show(this.filter);
    this.rebuild(this.viewport.whole);
    // Only now, with the picture laid out at its real size, may the list take its place.
    this.setListView(state.listView);

    const selected = state.point === null ? -1 : this.data.points.findIndex((p) => p.id === state.point);
    if (state.from && state.to) this.viewport.show(spanOfDays(state.from, state.to));
    if (selected >= 0) {
      const item = this.items.find((i) => i.point === selected) ?? null;
      if (item && !state.from) this.reveal(item);
      this.openDetails(selected, !state.from);
      if (item) this.focusOn(item);
    }
    this.picture.requestFrame();
    this.ready = true;
    this.viewport.glides = true;
    this.dataset.ready = '';
  }

  private showNotices(notices: readonly Notice[]): void {
    this.notices.replaceChildren(
      ...notices.map((notice) => {
        const item = document.createElement('li');
        item.append(...noticeText(notice, formatDay).map((part) => (typeof part === 'string' ? part : echo(part.echo))));
        return item;
      }),
    );
    this.notices.hidden = notices.length === 0;
  }

  /** What is drawn now; tests compare it with the dataset and click on it. */
  visibleMarks(): DrawnMark[] {
    return this.picture.glyphs.map((glyph) => {
      const lane = this.picture.geometry.rowCentre[glyph.row]!;
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
    const points = this.data.points;
    const indices = points.flatMap((point, i) => (matchesFilter(point, this.filter, this.actors) ? [i] : []));
    const dated = indices.filter((i) => points[i]!.date !== null);
    const lanes = buildLanes(
      dated.map((i) => points[i]!),
      this.actors,
      this.vertical ? 'side' : 'actor',
      { open: this.openLane, pinned: this.filter.actor },
    );
    this.items = placeItems(points, dated, lanes);
    this.itemOf = new Map(this.items.map((item) => [item.point, item]));
    this.rows = indexRows(this.items, lanes.rows.length);
    this.byRow = itemsByRow(this.items, lanes.rows.length);
    if (this.focused) this.focused = this.items.find((item) => item.id === this.focused!.id) ?? null;
    if (!this.focused) delete this.dataset.focused;

    this.dataset.orientation = this.vertical ? 'vertical' : 'horizontal';
    this.layOut(lanes);
    this.viewport.show(span);
    const undated = indices.filter((i) => points[i]!.date === null);
    fillUndated(this.undated, undated, points, this.lookup, (index) => this.openDetails(index));
    this.listView.filter(new Set(indices.map((i) => points[i]!.id)));
  }

  /** Sizes from the chart's width (and, on a phone, its height), then scale and zoom limits to match. */
  private layOut(lanes = this.lanes): void {
    this.lanes = lanes;
    const width = this.chart.clientWidth;
    const height = this.vertical ? this.chart.clientHeight : 0;
    const g = this.picture.size(lanes, width, this.vertical, height);
    if (!this.vertical) this.chart.style.height = `${this.data.more ? Math.max(g.height, this.reservedHeight) : g.height}px`;
    // The chart's border is inside its offset.
    this.folds.show(lanes, g, this.chart.offsetTop + this.chart.clientTop);
    this.viewport.fit(g, this.vertical);
  }

  /** Width changes (a window resized, a phone turned) keep the time span in view. */
  private layOutAgain(): void {
    if (this.listView.shown) return;
    const vertical = this.media.narrow.matches;
    const kept = this.viewport.visibleSpan();
    if (vertical !== this.vertical) {
      this.vertical = vertical;
      this.rebuild(kept);
    } else {
      this.layOut();
      this.viewport.show(kept);
    }
  }

  private setListView(on: boolean): void {
    this.listView.show(on);
    if (!on) this.layOutAgain();
  }

  // -------------------------------------------------------------------------
  // Moving the view
  // -------------------------------------------------------------------------

  /** Zooms by `factor` around the focused point when it is in view, else around the middle. */
  private zoomBy(factor: number): void {
    this.viewport.zoomBy(factor, this.focused ? centre(this.focused) : NaN);
  }

  /** Zooms in until `item` is a mark of its own, centred. */
  private reveal(item: Item): void {
    const [start, end] = this.viewport.visibleSpan();
    const { timeStart, timeEnd } = this.picture.geometry;
    const length = timeEnd - timeStart;
    const span = spanRevealing(this.rows[item.row]!, item, end - start, MIN_SPAN_MS, length, MARK_PITCH, GROUP_PITCH);
    const t = centre(item);
    this.viewport.show([t - span / 2, t + span / 2]);
  }

  /** Pans `item` to the middle of the uncovered picture, unless it is in view already. */
  private bringIntoView(item: Item): void {
    const g = this.picture.geometry;
    // On a wide screen the detail panel lies over the right of the picture.
    const panel = this.vertical || this.details.hidden ? g.timeEnd : Math.min(g.timeEnd, this.details.offsetLeft - this.chart.offsetLeft - 16);
    this.viewport.keepWithin(centre(item), [g.timeStart, panel]);
  }

  private rangeSettled(): void {
    const { from, to } = daysOf(this.viewport.visibleSpan());
    this.dataset.from = from;
    this.dataset.to = to;
    this.scheduleUrl();
  }

  // -------------------------------------------------------------------------
  // Drawing
  // -------------------------------------------------------------------------

  /** Read by the picture as it draws a frame. */
  private scene(): Scene {
    const anchor = this.focused?.point ?? this.selected;
    const thread = anchor === null ? [] : this.lookup.threads.threadOf(this.data.points[anchor]!);
    return {
      rows: this.rows,
      scale: this.viewport.scale(),
      focused: this.focused,
      selected: this.selected === null ? null : (this.itemOf.get(this.selected) ?? null),
      showFocus: this.chart.matches(':focus-visible'),
      thread: thread.flatMap((p) => this.itemOf.get(this.pointIndex.get(p)!) ?? []),
      moving: this.viewport.moving,
    };
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
    switch (action) {
      case 'open':
        if (this.focused) this.openDetails(this.focused.point);
        return;
      case 'close':
        return this.closeDetails();
      case 'zoom-in':
        return this.zoomBy(2);
      case 'zoom-out':
        return this.zoomBy(0.5);
      case 'reset':
        return this.viewport.reset();
      case 'thread-previous':
      case 'thread-next':
        return this.followThread(action === 'thread-next' ? 1 : -1);
      default:
        return this.moveTo(moveTarget(action, this.items, this.byRow, this.focused, this.viewport.visibleSpan()));
    }
  }

  /**
   * Along the exchange of the focused (or else the open) point, in time order: the next point
   * takes the focus, and the details when they are open; an undated one, with no mark, opens them.
   */
  private followThread(step: -1 | 1): void {
    const from = this.focused?.point ?? this.selected;
    if (from === null) return;
    const point = this.data.points[from]!;
    const thread = this.lookup.threads.threadOf(point);
    const target = threadTarget(thread, point, step);
    if (!target) {
      this.status.textContent =
        thread.length === 0 ? 'This statement is not part of an exchange.' : `${step > 0 ? 'Last' : 'First'} in this exchange of ${thread.length}.`;
      return;
    }
    this.showPoint(target, this.selected !== null);
  }

  /** Shows `point`: its mark focused (and revealed), its details opened when asked or when it has no mark to focus. */
  private showPoint(point: TimelinePoint, details: boolean): void {
    const index = this.pointIndex.get(point)!;
    const item = this.itemOf.get(index) ?? null;
    if (item) {
      this.reveal(item);
      this.focusOn(item);
    }
    // Opened after the zoom, so that the mark is panned out from under the panel.
    if (details || !item) this.openDetails(index);
    if (!item) this.status.textContent = `${whenOf(point)} · ${lineOf(point, this.lookup)} (${point.date === null ? 'undated' : 'hidden by the filters'}: in the details).`;
    this.picture.requestFrame();
  }

  private moveTo(item: Item | null): void {
    if (!item) return;
    this.focusOn(item);
    this.bringIntoView(item);
    this.picture.requestFrame();
  }

  /** The point the arrow keys move from, told to the live region in one line: where it is, and what was said. */
  private focusOn(item: Item): void {
    this.focused = item;
    this.dataset.focused = item.id;
    const point = this.data.points[item.point]!;
    const line = lineOf(point, this.lookup);
    const short = line.length > 200 ? `${line.slice(0, 199)}…` : line;
    const group = this.picture.glyphs.find((g) => g.items.includes(item));
    const grouped = group?.cluster ? ` In a group of ${group.items.length}: press + to zoom in.` : '';
    const thread = this.lookup.threads.threadOf(point);
    const exchange = thread.length > 0 ? ` ${thread.indexOf(point) + 1} of ${thread.length} in an exchange: Shift + arrows follow it.` : '';
    this.status.textContent = `${whenOf(point)} · ${point.kind} · ${short} (${item.order + 1} of ${this.items.length}).${grouped}${exchange}`;
  }

  // -------------------------------------------------------------------------
  // Details
  // -------------------------------------------------------------------------

  /** `reveal`: pan the point out from under the panel (not when the address bar gave the range to show). */
  private openDetails(pointIndex: number, reveal = true): void {
    this.selected = pointIndex;
    fillDetails(this.details, this.data.points[pointIndex]!, this.lookup);
    this.copyLink.clear();
    this.details.hidden = false;
    this.details.scrollTop = 0;
    const item = this.items.find((i) => i.point === pointIndex);
    if (item && reveal) this.bringIntoView(item);
    this.picture.requestFrame();
    this.scheduleUrl();
  }

  private closeDetails(): void {
    if (this.selected === null) return;
    const hadFocus = this.details.contains(document.activeElement);
    this.selected = null;
    this.details.hidden = true;
    if (hadFocus) this.chart.focus();
    this.picture.requestFrame();
    this.scheduleUrl();
  }

  // -------------------------------------------------------------------------
  // Pointer
  // -------------------------------------------------------------------------

  private onClick(event: MouseEvent): void {
    const { glyph } = this.picture.markAt(event);
    if (!glyph) return;
    if (glyph.cluster) {
      // A group opens up: zoom to its members' days, with room on either side.
      const t0 = Math.min(...glyph.items.map((i) => i.t0));
      const t1 = Math.max(...glyph.items.map((i) => i.t1));
      const pad = Math.max((t1 - t0) * 0.25, MIN_SPAN_MS / 4);
      return this.viewport.glideTo([t0 - pad, t1 + pad]);
    }
    const item = glyph.items[0]!;
    this.focusOn(item);
    this.openDetails(item.point);
  }

  private onPointerMove(event: PointerEvent): void {
    if (event.pointerType !== 'mouse' || event.buttons) return;
    const { glyph, x, y } = this.picture.markAt(event);
    this.chart.classList.toggle('tl-over-mark', glyph !== null);
    if (glyph) this.tooltip.show(glyph, x, y, this.picture.geometry.width);
    else this.tooltip.hide();
  }

  /** A plain wheel scrolls the page; a sideways swipe pans; the hint says how to zoom. */
  private onWheel(event: WheelEvent): void {
    if (event.ctrlKey || event.metaKey) return;
    if (!this.vertical && Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
      event.preventDefault();
      return this.viewport.panBy(-event.deltaX);
    }
    this.wheelHint.flash();
  }

  // -------------------------------------------------------------------------
  // Address bar
  // -------------------------------------------------------------------------

  private scheduleUrl(): void {
    if (this.ready) this.addressBar.schedule();
  }

  /** The whole story, the view one starts from, needs no range. */
  private urlState(): UrlState {
    const whole = this.viewport.zoomedOut;
    const { from, to } = daysOf(this.viewport.visibleSpan());
    return {
      point: this.selected === null ? null : this.data.points[this.selected]!.id,
      from: whole ? null : from,
      to: whole ? null : to,
      filter: this.filter,
      listView: this.listView.shown,
    };
  }

  // -------------------------------------------------------------------------
  // Events
  // -------------------------------------------------------------------------

  private listen(): void {
    this.chart.addEventListener('keydown', (e) => this.onKey(e));
    this.chart.addEventListener('click', (e) => this.onClick(e));
    this.chart.addEventListener('pointermove', (e) => this.onPointerMove(e));
    this.chart.addEventListener('pointerleave', () => this.tooltip.hide());
    this.chart.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    this.chart.addEventListener('focus', () => this.picture.requestFrame());
    this.chart.addEventListener('blur', () => this.picture.requestFrame());

    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLElement>('[data-action]');
      switch (button?.dataset.action) {
        case 'zoom-in':
        case 'zoom-out':
        case 'reset':
        case 'close':
          return this.act(button!.dataset.action);
        case 'copy':
          if (this.selected !== null) void this.copyLink.copy(this.data.points[this.selected]!.path, button!);
          return;
        case 'list':
          this.setListView(!this.listView.shown);
          return this.scheduleUrl();
      }
    });
    this.details.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.closeDetails();
    });
    // A point of the exchange, chosen in the details: it is shown, and the timeline takes the focus to go on from it.
    this.details.addEventListener('click', (event) => {
      const id = (event.target as Element).closest<HTMLElement>('[data-thread-point]')?.dataset.threadPoint;
      const point = id === undefined ? undefined : this.data.points.find((p) => p.id === id);
      if (!point) return;
      this.showPoint(point, true);
      if (this.focused?.id === point.id) this.chart.focus();
      else this.details.querySelector<HTMLElement>('[data-details-heading]')?.focus();
    });

    let width = this.chart.clientWidth;
    let height = this.chart.clientHeight;
    new ResizeObserver(() => {
      const sized = this.chart.clientWidth !== width || (this.vertical && this.chart.clientHeight !== height);
      width = this.chart.clientWidth;
      height = this.chart.clientHeight;
      if (sized && width > 0) this.layOutAgain();
    }).observe(this.chart);
    this.media.narrow.addEventListener('change', () => this.layOutAgain());
    this.media.dark.addEventListener('change', () => this.picture.retheme());
  }
}

customElements.define('wsw-timeline', TimelineElement);
