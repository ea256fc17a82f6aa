/**
 * <wsw-timeline>: the zoomable picture that enhances the home page's list of points.
 * It wires the pure parts (story, layout, scales, url-state, keyboard) to the browser:
 * d3-zoom for wheel, drag and pinch (viewport.ts), a canvas for the picture (picture.ts),
 * and plain DOM for everything a person reads (status line, details, undated list, filters).
 *
 * What the reader has made of the timeline is one state object in a store (state.ts,
 * store.ts): every change goes through `set`, which arranges the picture anew when the
 * filter, the orientation or the open lane changed, and the store then draws, writes the
 * address bar and tells the live region, once, in the next frame.
 */
import type { TimelineData, TimelinePoint } from '../../shared/dataset.ts';
import { formatDay } from '../../shared/format.ts';
import { echo } from '../echo.ts';
import { focusAnnouncement, partsFailedAnnouncement, threadEndAnnouncement, unplacedAnnouncement } from './announcements.ts';
import { CopyLink } from './copy-link.ts';
import { fillDetails } from './details.ts';
import { must } from './dom.ts';
import { FilterForm } from './filters.ts';
import { FoldButtons } from './fold-buttons.ts';
import { keyAction, moveTarget, threadTarget, type KeyAction } from './keyboard.ts';
import { centre, DAY_MS, dayStart, spanRevealing, type Item, type Lanes } from './layout.ts';
import { ListView } from './list-view.ts';
import { afterFirstFrame, hasOwnState, loadParts } from './parts.ts';
import { Picture } from './picture.ts';
import { GROUP_PITCH, MARK_PITCH } from './geometry.ts';
import { daysOf, fullSpan, MIN_SPAN_MS, spanOfDays } from './scales.ts';
import { anchorOf, IN_URL, initialState, urlStateOf, type TimelineState } from './state.ts';
import { Store } from './store.ts';
import { arrange, storyOf, withParts, type Arrangement, type Story } from './story.ts';
import { Tooltip } from './tooltip.ts';
import { fillUndated } from './undated.ts';
import { AddressBar, readUrlState } from './url-state.ts';
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

/** The server-rendered pieces the island fills in. */
interface Shell {
  chart: HTMLElement;
  details: HTMLElement;
  status: HTMLElement;
  undated: HTMLElement;
  /** Why the picture shows less than the link asked for, or nothing. */
  notices: HTMLElement;
  tooltip: Tooltip;
  wheelHint: WheelHint;
  copyLink: CopyLink;
  folds: FoldButtons;
  listView: ListView;
}

class TimelineElement extends HTMLElement {
  private story!: Story;
  /** Lanes, rows and placed points for the state's filter, orientation and open lane; none until the view starts. */
  private arrangement: Arrangement | null = null;
  private store!: Store<TimelineState>;
  private shell!: Shell;
  private picture!: Picture;
  private viewport!: Viewport;
  private filters: FilterForm | null = null;
  private readonly addressBar = new AddressBar(() => urlStateOf(this.store.state));
  /** Settled when every part of the data is in (at once when the page carried it all). */
  private complete: Promise<void> = Promise.resolve();
  /** The picture's height as the server laid it out for every point: kept until they are all in. */
  private reservedHeight = 0;
  private readonly media = { narrow: matchMedia(NARROW), reducedMotion: matchMedia(REDUCED_MOTION), dark: matchMedia(DARK) };

  connectedCallback(): void {
    const source = document.getElementById(this.dataset.source ?? '');
    if (!source?.textContent) throw new Error('timeline: the page has no timeline data');
    this.story = storyOf(JSON.parse(source.textContent) as TimelineData);

    const canvas = must<HTMLCanvasElement>(this, 'canvas');
    // The server laid the picture out for every point: its height is kept while the other parts load.
    this.reservedHeight = canvas.height;
    this.picture = new Picture(canvas, this);
    const details = must<HTMLElement>(this, '[data-details]');
    this.shell = {
      chart: must(this, '[data-chart]'),
      details,
      status: must(this, '[data-status]'),
      undated: must(this, '[data-undated]'),
      notices: must(this, '[data-notices]'),
      tooltip: new Tooltip(must(this, '[data-tooltip]'), () => this.story),
      wheelHint: new WheelHint(must(this, '[data-wheel-hint]')),
      copyLink: new CopyLink(details),
      folds: new FoldButtons(must(this, '[data-folds]'), (side) => this.set({ openLane: this.store.state.openLane === side ? null : side })),
      listView: new ListView(this, document.getElementById(this.dataset.list ?? '')),
    };
    this.store = new Store(
      initialState(this.media.narrow.matches),
      IN_URL,
      {
        draw: (state) => this.draw(state),
        writeUrl: () => this.addressBar.schedule(),
        announce: (text) => (this.shell.status.textContent = text),
      },
      (frame) => requestAnimationFrame(frame),
    );

    const more = this.story.data.more;
    if (!more) return this.start();
    // A link that asks for a view (a point, an actor, a range) may name what only the other parts hold: it waits for them.
    const waits = hasOwnState(location.search);
    // Otherwise the newest part is drawn first, and only then are the others asked for (afterFirstFrame).
    if (!waits) this.start();
    const rest = (waits ? Promise.resolve() : afterFirstFrame())
      .then(() => loadParts(more.chunks))
      .then(
        (parts) => this.addParts(parts),
        (error: Error) => {
          // The newest part is still worth showing: said in the status line.
          this.store.update({ announcement: partsFailedAnnouncement(this.story.data.points.length, more.points, error) });
        },
      );
    this.complete = rest;
    void rest.then(() => (waits ? this.start() : this.rearrange(this.viewport.visibleSpan())));
  }

  private addParts(parts: readonly TimelineData[]): void {
    // The open point is kept by its id; the focused one is placed again by the next arrangement.
    this.story = storyOf(withParts(this.story.data, parts));
    this.filters?.addActors(this.story.data.actors);
    this.dataset.complete = '';
  }

  private point(id: string): TimelinePoint | undefined {
    const index = this.story.indexOf.get(id);
    return index === undefined ? undefined : this.story.data.points[index];
  }

  /** Everything from the address bar on: filters, range, the point to open. */
  private start(): void {
    const { data, actors, indexOf } = this.story;
    const { state: asked, notices } = checkView(readUrlState(location.search), data.points, actors);
    this.showNotices(notices);
    this.store.update({ filter: asked.filter });
    const span = data.more?.span;
    // The whole story, not the filtered part: filtering must not move the picture under the reader's eyes.
    this.viewport = new Viewport(this.shell.chart, span ? [dayStart(span[0]), dayStart(span[1]) + DAY_MS] : fullSpan(data.points), this.media.reducedMotion, {
      moved: () => {
        this.shell.tooltip.hide();
        this.store.redraw();
      },
      settled: () => this.rangeSettled(),
    });
    const filters = new FilterForm(this, (filter) => {
      this.set({ filter });
      // What the link asked for is behind us: only whether these filters leave anything is news.
      const asked = { ...urlStateOf(this.store.state), point: null, from: null, to: null };
      this.showNotices(checkView(asked, this.story.data.points, this.story.actors).notices);
    });
    this.filters = filters;
    this.listen();
    // The search box announces a chosen result; the timeline on this page shows it instead of leaving the page.
    window.addEventListener('wsw:select-point', (event) => {
      const { id, path } = (event as CustomEvent<{ id: string; path: string }>).detail;
      if (this.story.data.more) {
        // Perhaps in a part still on its way: shown when it is in, else its page opens after all.
        event.preventDefault();
        void this.complete.then(() => (this.story.indexOf.has(id) ? this.selectPoint(id) : location.assign(path)));
        return;
      }
      if (!this.story.indexOf.has(id)) return;
      event.preventDefault();
      this.selectPoint(id);
    });
    filters.addActors(data.actors);
    filters.show(asked.filter);
    const arrangement = this.rearrange(this.viewport.whole);
    // Only now, with the picture laid out at its real size, may the list take its place.
    this.setListView(asked.listView);

    const selected = asked.point === null ? undefined : indexOf.get(asked.point);
    if (asked.from && asked.to) this.viewport.show(spanOfDays(asked.from, asked.to));
    if (selected !== undefined) {
      const item = arrangement.itemOf.get(selected) ?? null;
      if (item && !asked.from) this.reveal(item);
      this.openDetails(selected, !asked.from);
      if (item) this.focusOn(item);
    }
    this.store.redraw();
    this.store.goLive();
    this.viewport.glides = true;
    this.dataset.ready = '';
  }

  /** Opens the point with `id` and shows its mark, zoomed in enough to tell it from its neighbours. */
  private selectPoint(id: string): void {
    const index = this.story.indexOf.get(id)!;
    const item = this.layout().itemOf.get(index) ?? null;
    if (item) this.reveal(item);
    this.openDetails(index);
    if (item) this.focusOn(item);
  }

  private showNotices(notices: readonly Notice[]): void {
    this.shell.notices.replaceChildren(
      ...notices.map((notice) => {
        const item = document.createElement('li');
        item.append(...noticeText(notice, formatDay).map((part) => (typeof part === 'string' ? part : echo(part.echo))));
        return item;
      }),
    );
    this.shell.notices.hidden = notices.length === 0;
  }

  /** What is drawn now; tests compare it with the dataset and click on it. */
  visibleMarks(): DrawnMark[] {
    const { vertical } = this.store.state;
    return this.picture.glyphs.map((glyph) => {
      const lane = this.picture.geometry.rowCentre[glyph.row]!;
      return {
        ids: glyph.items.map((item) => item.id),
        x: vertical ? lane : glyph.at,
        y: vertical ? glyph.at : lane,
        cluster: glyph.cluster,
      };
    });
  }

  // -------------------------------------------------------------------------
  // State, and what follows from it
  // -------------------------------------------------------------------------

  /** The one way the state changes: a new filter, orientation or open lane arranges the picture anew, keeping the time in view. */
  private set(patch: Partial<TimelineState>): void {
    const before = this.store.state;
    this.store.update(patch);
    const after = this.store.state;
    if (after.filter !== before.filter || after.vertical !== before.vertical || after.openLane !== before.openLane) {
      this.rearrange(this.viewport.visibleSpan());
    }
  }

  /** The arrangement in force: there is one from start() on, which is when the reader can act. */
  private layout(): Arrangement {
    if (!this.arrangement) throw new Error('timeline: not laid out yet');
    return this.arrangement;
  }

  /** Lanes, rows and undated list for the state's filter, orientation and open lane, showing `span`. */
  private rearrange(span: [number, number]): Arrangement {
    const state = this.store.state;
    const arrangement = arrange(this.story, state);
    this.arrangement = arrangement;
    const { focused } = state;
    this.store.update({ focused: focused && (arrangement.items.find((item) => item.id === focused.id) ?? null) });

    this.dataset.orientation = state.vertical ? 'vertical' : 'horizontal';
    this.layOut(arrangement.lanes);
    this.viewport.show(span);
    const { points } = this.story.data;
    fillUndated(this.shell.undated, arrangement.undated, points, this.story.lookup, (index) => this.openDetails(index));
    this.shell.listView.filter(new Set(arrangement.shown.map((i) => points[i]!.id)));
    return arrangement;
  }

  /** Sizes from the chart's width (and, on a phone, its height), then scale and zoom limits to match. */
  private layOut(lanes: Lanes = this.layout().lanes): void {
    const { chart, folds } = this.shell;
    const { vertical } = this.store.state;
    const g = this.picture.size(lanes, chart.clientWidth, vertical, vertical ? chart.clientHeight : 0);
    if (!vertical) chart.style.height = `${this.story.data.more ? Math.max(g.height, this.reservedHeight) : g.height}px`;
    // The chart's border is inside its offset.
    folds.show(lanes, g, chart.offsetTop + chart.clientTop);
    this.viewport.fit(g, vertical);
  }

  /** Width changes (a window resized, a phone turned) keep the time span in view. */
  private layOutAgain(): void {
    if (this.store.state.listView) return;
    const vertical = this.media.narrow.matches;
    if (vertical !== this.store.state.vertical) return this.set({ vertical });
    const kept = this.viewport.visibleSpan();
    this.layOut();
    this.viewport.show(kept);
  }

  private setListView(on: boolean): void {
    this.shell.listView.show(on);
    this.store.update({ listView: on });
    if (!on) this.layOutAgain();
  }

  /** The store's frame: the picture for the state and the view, and the focused point named on the element for tests and tools. */
  private draw(state: TimelineState): void {
    const arrangement = this.arrangement;
    if (!arrangement) return;
    const { data, indexOf, lookup } = this.story;
    const itemOf = (id: string) => arrangement.itemOf.get(indexOf.get(id) ?? -1) ?? null;
    const anchor = anchorOf(state, data.points, indexOf);
    this.picture.draw({
      rows: arrangement.rows,
      scale: this.viewport.scale(),
      focused: state.focused,
      selected: state.selected === null ? null : itemOf(state.selected),
      showFocus: this.shell.chart.matches(':focus-visible'),
      thread: anchor ? lookup.threads.threadOf(anchor).flatMap((p) => itemOf(p.id) ?? []) : [],
      moving: this.viewport.moving,
    });
    if (state.focused) this.dataset.focused = state.focused.id;
    else delete this.dataset.focused;
  }

  // -------------------------------------------------------------------------
  // Moving the view
  // -------------------------------------------------------------------------

  /** Zooms by `factor` around the focused point when it is in view, else around the middle. */
  private zoomBy(factor: number): void {
    const { focused } = this.store.state;
    this.viewport.zoomBy(factor, focused ? centre(focused) : NaN);
  }

  /** Zooms in until `item` is a mark of its own, centred. */
  private reveal(item: Item): void {
    const [start, end] = this.viewport.visibleSpan();
    const { timeStart, timeEnd } = this.picture.geometry;
    const span = spanRevealing(this.layout().rows[item.row]!, item, end - start, MIN_SPAN_MS, timeEnd - timeStart, MARK_PITCH, GROUP_PITCH);
    const t = centre(item);
    this.viewport.show([t - span / 2, t + span / 2]);
  }

  /** Pans `item` to the middle of the uncovered picture, unless it is in view already. */
  private bringIntoView(item: Item): void {
    const g = this.picture.geometry;
    const { chart, details } = this.shell;
    // On a wide screen the detail panel lies over the right of the picture.
    const panel = this.store.state.vertical || details.hidden ? g.timeEnd : Math.min(g.timeEnd, details.offsetLeft - chart.offsetLeft - 16);
    this.viewport.keepWithin(centre(item), [g.timeStart, panel]);
  }

  /** Every stop of a zoom or pan: the days in view go to the element (for tests) and the state (for the address bar). */
  private rangeSettled(): void {
    const days = daysOf(this.viewport.visibleSpan());
    this.dataset.from = days.from;
    this.dataset.to = days.to;
    this.store.update({ range: this.viewport.zoomedOut ? null : days });
  }

  // -------------------------------------------------------------------------
  // Moving between points
  // -------------------------------------------------------------------------

  private onKey(event: KeyboardEvent): void {
    const action = keyAction(event, this.store.state.vertical);
    if (!action) return;
    event.preventDefault();
    this.act(action);
  }

  private act(action: KeyAction): void {
    const { focused } = this.store.state;
    switch (action) {
      case 'open':
        if (focused) this.openDetails(focused.point);
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
      default: {
        const { items, byRow } = this.layout();
        return this.moveTo(moveTarget(action, items, byRow, focused, this.viewport.visibleSpan()));
      }
    }
  }

  /**
   * Along the exchange of the focused (or else the open) point, in time order: the next point
   * takes the focus, and the details when they are open; an undated one, with no mark, opens them.
   */
  private followThread(step: -1 | 1): void {
    const state = this.store.state;
    const point = anchorOf(state, this.story.data.points, this.story.indexOf);
    if (!point) return;
    const thread = this.story.lookup.threads.threadOf(point);
    const target = threadTarget(thread, point, step);
    if (!target) return this.store.update({ announcement: threadEndAnnouncement(thread, step) });
    this.showPoint(target, state.selected !== null);
  }

  /** Shows `point`: its mark focused (and revealed), its details opened when asked or when it has no mark to focus. */
  private showPoint(point: TimelinePoint, details: boolean): void {
    const index = this.story.indexOf.get(point.id)!;
    const item = this.layout().itemOf.get(index) ?? null;
    if (item) {
      this.reveal(item);
      this.focusOn(item);
    }
    // Opened after the zoom, so that the mark is panned out from under the panel.
    if (details || !item) this.openDetails(index);
    if (!item) this.store.update({ announcement: unplacedAnnouncement(point, this.story.lookup) });
  }

  private moveTo(item: Item | null): void {
    if (!item) return;
    this.focusOn(item);
    this.bringIntoView(item);
  }

  /** The point the arrow keys move from, told to the live region in one line: where it is, and what was said. */
  private focusOn(item: Item): void {
    const point = this.story.data.points[item.point]!;
    const count = this.layout().items.length;
    this.store.update({ focused: item, announcement: focusAnnouncement(point, item, count, this.picture.glyphs, this.story.lookup) });
  }

  // -------------------------------------------------------------------------
  // Details
  // -------------------------------------------------------------------------

  /** `reveal`: pan the point out from under the panel (not when the address bar gave the range to show). */
  private openDetails(pointIndex: number, reveal = true): void {
    const point = this.story.data.points[pointIndex]!;
    const { details, copyLink } = this.shell;
    fillDetails(details, point, this.story.lookup);
    copyLink.clear();
    details.hidden = false;
    details.scrollTop = 0;
    this.store.update({ selected: point.id });
    const item = this.layout().itemOf.get(pointIndex);
    if (item && reveal) this.bringIntoView(item);
  }

  private closeDetails(): void {
    if (this.store.state.selected === null) return;
    const { chart, details } = this.shell;
    const hadFocus = details.contains(document.activeElement);
    details.hidden = true;
    this.store.update({ selected: null });
    if (hadFocus) chart.focus();
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
    const { chart, tooltip } = this.shell;
    chart.classList.toggle('tl-over-mark', glyph !== null);
    if (glyph) tooltip.show(glyph, x, y, this.picture.geometry.width);
    else tooltip.hide();
  }

  /** A plain wheel scrolls the page; a sideways swipe pans; the hint says how to zoom. */
  private onWheel(event: WheelEvent): void {
    if (event.ctrlKey || event.metaKey) return;
    if (!this.store.state.vertical && Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
      event.preventDefault();
      return this.viewport.panBy(-event.deltaX);
    }
    this.shell.wheelHint.flash();
  }

  // -------------------------------------------------------------------------
  // Events
  // -------------------------------------------------------------------------

  private listen(): void {
    const { chart, details, tooltip, copyLink } = this.shell;
    chart.addEventListener('keydown', (e) => this.onKey(e));
    chart.addEventListener('click', (e) => this.onClick(e));
    chart.addEventListener('pointermove', (e) => this.onPointerMove(e));
    chart.addEventListener('pointerleave', () => tooltip.hide());
    chart.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    // The focus ring comes and goes with the focus.
    chart.addEventListener('focus', () => this.store.redraw());
    chart.addEventListener('blur', () => this.store.redraw());

    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLElement>('[data-action]');
      const action = button?.dataset.action;
      if (!button || !action) return;
      switch (action) {
        case 'zoom-in':
        case 'zoom-out':
        case 'reset':
        case 'close':
          return this.act(action);
        case 'copy': {
          const selected = this.store.state.selected;
          const point = selected === null ? undefined : this.point(selected);
          if (point) void copyLink.copy(point.path, button);
          return;
        }
        case 'list':
          return this.setListView(!this.store.state.listView);
      }
    });
    details.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.closeDetails();
    });
    // A point of the exchange, chosen in the details: it is shown, and the timeline takes the focus to go on from it.
    details.addEventListener('click', (event) => {
      const id = (event.target as Element).closest<HTMLElement>('[data-thread-point]')?.dataset.threadPoint;
      const point = id === undefined ? undefined : this.point(id);
      if (!point) return;
      this.showPoint(point, true);
      if (this.store.state.focused?.id === point.id) chart.focus();
      else details.querySelector<HTMLElement>('[data-details-heading]')?.focus();
    });

    let width = chart.clientWidth;
    let height = chart.clientHeight;
    new ResizeObserver(() => {
      const sized = chart.clientWidth !== width || (this.store.state.vertical && chart.clientHeight !== height);
      width = chart.clientWidth;
      height = chart.clientHeight;
      if (sized && width > 0) this.layOutAgain();
    }).observe(chart);
    this.media.narrow.addEventListener('change', () => this.layOutAgain());
    this.media.dark.addEventListener('change', () => {
      this.picture.retheme();
      this.store.redraw();
    });
  }
}

customElements.define('wsw-timeline', TimelineElement);
