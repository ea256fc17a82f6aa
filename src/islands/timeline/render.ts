/**
 * Drawing on one canvas: lanes, axis, links, marks and groups. Canvas rather than
 * SVG because the picture is redrawn on every zoom frame, and merely moving the same
 * glyphs as SVG elements was measured at several times the main-thread time of a
 * whole canvas redraw (scripts/bench/README.md). Time runs along x, or down y on a
 * phone; "lane axis" is the other one.
 */
import type { ScaleTime } from 'd3-scale';
import { utcDay, utcHour, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import type { Glyph, Item, Lanes } from './layout.ts';
import { addShape } from './shapes.ts';

export interface Theme {
  bg: string;
  fg: string;
  muted: string;
  band: string;
  grid: string;
  link: string;
  focus: string;
  accent: string;
  cluster: string;
  clusterText: string;
  kinds: Record<string, string>;
  otherKind: string;
  font: string;
}

const css = (style: CSSStyleDeclaration, name: string) => style.getPropertyValue(name).trim();

/** The colours in force (light or dark), from the CSS variables of global.css and timeline.css. */
export function readTheme(element: Element): Theme {
  const style = getComputedStyle(element);
  return {
    bg: css(style, '--bg'),
    fg: css(style, '--fg'),
    muted: css(style, '--muted'),
    band: css(style, '--tl-band'),
    grid: css(style, '--tl-grid'),
    link: css(style, '--tl-link'),
    focus: css(style, '--focus'),
    accent: css(style, '--accent'),
    cluster: css(style, '--tl-cluster'),
    clusterText: css(style, '--tl-cluster-text'),
    kinds: {
      statement: css(style, '--tl-statement'),
      document: css(style, '--tl-document'),
      call: css(style, '--tl-call'),
      meeting: css(style, '--tl-meeting'),
      denial: css(style, '--tl-denial'),
    },
    otherKind: css(style, '--tl-other'),
    font: style.fontFamily,
  };
}

export interface Geometry {
  vertical: boolean;
  width: number;
  height: number;
  /** The stretch of the time axis the marks use, in px along it. */
  timeStart: number;
  timeEnd: number;
  /** Size, along the time axis, of the band of lane and row labels (left; on a phone, top). */
  gutter: number;
  /** Size, across the time axis, of the band of tick labels (top; on a phone, left). */
  axisBand: number;
  /** Centre of each row along the lane axis. */
  rowCentre: number[];
  lanes: { start: number; end: number; label: string }[];
  /** Actor names, cut to fit the gutter (horizontal layout only: a phone shows lanes, not actors). */
  rowLabels: string[];
}

const ROW = 19;
const LANE_HEADER = 17;
const LANE_GAP = 6;
const AXIS_BAND = 24;
const LABEL_FONT = '12px';
export const MARK_PITCH = 15;
/** Room for the largest group disc (radius 11) and a gap. */
export const GROUP_PITCH = 25;
/** Within this distance of a mark's centre, a pointer is on it. */
export const HIT_RADIUS = 10;

/** Lanes stacked down the horizontal picture, and the height they take: the page reserves it before the script runs. */
export function stackLanes(lanes: Lanes): { rowCentre: number[]; bands: Geometry['lanes']; height: number } {
  const rowCentre: number[] = [];
  const bands: Geometry['lanes'] = [];
  let y = AXIS_BAND + 4;
  for (const lane of lanes.lanes) {
    const start = y;
    y += LANE_HEADER;
    for (let i = 0; i < lane.count; i++) {
      rowCentre.push(y + ROW / 2);
      y += ROW;
    }
    bands.push({ start, end: y + 3, label: lane.side });
    y += LANE_GAP;
  }
  return { rowCentre, bands, height: Math.max(y, 120) };
}

/** Horizontal: lanes stacked, an actor per row, labels on the left. Vertical: a lane per column, sides on top. */
export function geometryFor(lanes: Lanes, width: number, vertical: boolean, height: number, context: CanvasRenderingContext2D, theme: Theme): Geometry {
  if (vertical) {
    const gutter = 40;
    const axisBand = 62;
    const column = (width - axisBand) / Math.max(1, lanes.rows.length);
    return {
      vertical,
      width,
      height,
      timeStart: gutter + 10,
      timeEnd: height - 10,
      gutter,
      axisBand,
      rowCentre: lanes.rows.map((_, i) => axisBand + column * (i + 0.5)),
      lanes: lanes.lanes.map((lane) => ({ start: axisBand + column * lane.first, end: axisBand + column * (lane.first + lane.count), label: lane.side })),
      rowLabels: [],
    };
  }
  context.font = `${LABEL_FONT} ${theme.font}`;
  const widest = Math.max(0, ...lanes.rows.map((r) => context.measureText(r.label).width));
  const gutter = Math.round(Math.min(200, Math.max(90, widest + 20)));
  // Cut to fit once here, not on every frame.
  const rowLabels = lanes.rows.map((r) => fit(context, r.label, gutter - 16));
  const stacked = stackLanes(lanes);
  return {
    vertical,
    width,
    height: stacked.height,
    timeStart: gutter + 12,
    timeEnd: width - 12,
    gutter,
    axisBand: AXIS_BAND,
    rowCentre: stacked.rowCentre,
    lanes: stacked.bands,
    rowLabels,
  };
}

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

/**
 * Marks and groups drawn once into small bitmaps, then stamped. ImageBitmaps rather
 * than canvases: drawing a canvas onto another snapshots it on every call, which at
 * 10,000 points cost more than the stamping itself. One sheet per theme and pixel
 * ratio, looked up by kind or count: a lookup runs for every glyph of every frame.
 */
class SpriteSheet {
  private readonly marks = new Map<string, ImageBitmap>();
  private readonly groups = new Map<number, ImageBitmap>();

  constructor(
    readonly theme: Theme,
    readonly ratio: number,
  ) {}

  mark(kind: string): ImageBitmap {
    let bitmap = this.marks.get(kind);
    if (!bitmap) this.marks.set(kind, (bitmap = this.paint(17, (context) => paintMark(context, kind, this.theme))));
    return bitmap;
  }

  group(count: number): ImageBitmap {
    let bitmap = this.groups.get(count);
    if (!bitmap) {
      // Distinct counts are few, but not bounded.
      if (this.groups.size >= MAX_GROUP_SPRITES) this.dispose(this.groups);
      this.groups.set(count, (bitmap = this.paint(2 * clusterRadius(count) + 3, (context) => paintGroup(context, count, this.theme))));
    }
    return bitmap;
  }

  close(): void {
    this.dispose(this.marks);
    this.dispose(this.groups);
  }

  private dispose(bitmaps: Map<unknown, ImageBitmap>): void {
    for (const bitmap of bitmaps.values()) bitmap.close();
    bitmaps.clear();
  }

  private paint(size: number, paint: (context: OffscreenCanvasRenderingContext2D) => void): ImageBitmap {
    const side = Math.ceil(size * this.ratio);
    const canvas = new OffscreenCanvas(side, side);
    const context = canvas.getContext('2d')!;
    context.setTransform(this.ratio, 0, 0, this.ratio, side / 2, side / 2);
    paint(context);
    return canvas.transferToImageBitmap();
  }
}

const MAX_GROUP_SPRITES = 1000;
let sheet: SpriteSheet | null = null;

function spriteSheet(theme: Theme, ratio: number): SpriteSheet {
  if (sheet?.theme !== theme || sheet.ratio !== ratio) {
    sheet?.close();
    sheet = new SpriteSheet(theme, ratio);
  }
  return sheet;
}

function paintMark(context: OffscreenCanvasRenderingContext2D, kind: string, theme: Theme): void {
  const path = new Path2D();
  addShape(path, kind, 0, 0);
  context.lineWidth = 1.5;
  context.strokeStyle = theme.bg;
  context.fillStyle = theme.kinds[kind] ?? theme.otherKind;
  context.stroke(path);
  context.fill(path);
}

function paintGroup(context: OffscreenCanvasRenderingContext2D, count: number, theme: Theme): void {
  context.beginPath();
  context.arc(0, 0, clusterRadius(count), 0, 2 * Math.PI);
  context.lineWidth = 1.5;
  context.strokeStyle = theme.bg;
  context.fillStyle = theme.cluster;
  context.stroke();
  context.fill();
  context.fillStyle = theme.clusterText;
  context.font = `bold 10px ${theme.font}`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText(String(count), 0, 0.5);
}

/** Text cut to fit `max` px, with an ellipsis. */
function fit(context: CanvasRenderingContext2D, text: string, max: number): string {
  if (context.measureText(text).width <= max) return text;
  let cut = text;
  while (cut.length > 1 && context.measureText(`${cut}…`).width > max) cut = cut.slice(0, -1);
  return `${cut}…`;
}

const formatHour = utcFormat('%H:%M');
const formatDay = utcFormat('%-d %b');
const formatMonth = utcFormat('%B');
const formatYear = utcFormat('%Y');

/** Tick labels in the site's day-month order, each as coarse as its tick: a year, a month, a day or an hour (UTC). */
export function tickLabel(date: Date): string {
  if (utcHour.floor(date) < date || utcDay.floor(date) < date) return formatHour(date);
  if (utcMonth.floor(date) < date) return formatDay(date);
  if (utcYear.floor(date) < date) return formatMonth(date);
  return formatYear(date);
}

export function clusterRadius(count: number): number {
  return count < 10 ? 8 : count < 100 ? 9.5 : 11;
}

export function draw(context: CanvasRenderingContext2D, g: Geometry, theme: Theme, frame: Frame): void {
  const { vertical, width, height } = g;
  // (time, lane) to (x, y).
  const xy = vertical ? (t: number, l: number): [number, number] => [l, t] : (t: number, l: number): [number, number] => [t, l];
  const { scale, glyphs } = frame;

  context.fillStyle = theme.bg;
  context.fillRect(0, 0, width, height);

  // Lane bands, every other one tinted, so a row can be followed across.
  context.fillStyle = theme.band;
  g.lanes.forEach((lane, i) => {
    if (i % 2) return;
    if (vertical) context.fillRect(lane.start, 0, lane.end - lane.start, height);
    else context.fillRect(0, lane.start, width, lane.end - lane.start);
  });

  const tickCount = Math.max(2, Math.floor((g.timeEnd - g.timeStart) / (vertical ? 70 : 110)));
  const ticks = scale.ticks(tickCount);

  context.save();
  context.beginPath();
  if (vertical) context.rect(g.axisBand, g.gutter, width - g.axisBand, height - g.gutter);
  else context.rect(g.gutter, g.axisBand, width - g.gutter, height - g.axisBand);
  context.clip();

  context.strokeStyle = theme.grid;
  context.lineWidth = 1;
  context.beginPath();
  for (const tick of ticks) {
    const t = Math.round(scale(tick)) + 0.5;
    const [x0, y0] = xy(t, 0);
    const [x1, y1] = xy(t, vertical ? width : height);
    context.moveTo(x0, y0);
    context.lineTo(x1, y1);
  }
  context.stroke();

  // Ranges (a point known to the week or month, or a group of them): a bar with end caps, never a false exact day.
  const bars = new Map<string, Path2D>();
  // Rectangles on whole pixels fill without antialiasing: far cheaper to rasterise than stroked lines.
  const box = (bar: Path2D, t0: number, t1: number, l0: number, l1: number) => {
    const [x0, y0] = xy(Math.round(t0), Math.round(l0));
    const [x1, y1] = xy(Math.round(t1), Math.round(l1));
    bar.rect(x0, y0, x1 - x0, y1 - y0);
  };
  for (const glyph of glyphs) {
    if (!glyph.items[0]!.ranged || glyph.to - glyph.from < 3) continue;
    const l = g.rowCentre[glyph.row]!;
    const colour = glyph.cluster ? theme.cluster : (theme.kinds[glyph.items[0]!.kind] ?? theme.otherKind);
    let bar = bars.get(colour);
    if (!bar) bars.set(colour, (bar = new Path2D()));
    box(bar, glyph.from + 1, glyph.to - 1, l - 1, l + 1);
    box(bar, glyph.from + 1, glyph.from + 3, l - 4, l + 4);
    box(bar, glyph.to - 3, glyph.to - 1, l - 4, l + 4);
  }
  context.globalAlpha = 0.55;
  for (const [colour, bar] of bars) {
    context.fillStyle = colour;
    context.fill(bar);
  }
  context.globalAlpha = 1;

  // Links, from the speaker's mark to each addressee's row: all faint, those of the focused and selected points strong.
  // Long antialiased curves are what costs most to rasterise, so past `linkLimit` only the strong ones are drawn.
  const strong = new Set<Glyph>();
  const links = new Path2D();
  const heads = new Path2D();
  const strongLinks = new Path2D();
  const strongHeads = new Path2D();
  let faint = 0;
  // Nothing focused or selected (as while one pans): no glyph's items need reading, which at 100,000 points
  // was every point in view, every frame (scripts/bench/run.ts).
  const anyEmphasis = frame.focused !== null || frame.selected !== null;
  for (const glyph of glyphs) {
    const emphasised = anyEmphasis && glyph.items.some((item) => item === frame.focused || item === frame.selected);
    if (emphasised) strong.add(glyph);
    else if (faint > frame.linkLimit) continue;
    const targets = glyph.cluster ? new Set(glyph.items.flatMap((item) => item.targets)) : glyph.items[0]!.targets;
    for (const target of targets) {
      if (!emphasised && ++faint > frame.linkLimit) continue;
      link(emphasised ? strongLinks : links, emphasised ? strongHeads : heads, glyph.at, g.rowCentre[glyph.row]!, g.rowCentre[target]!, xy);
    }
  }
  if (faint <= frame.linkLimit) {
    context.lineWidth = 1.25;
    context.strokeStyle = theme.link;
    context.fillStyle = theme.link;
    context.stroke(links);
    context.fill(heads);
  }
  context.lineWidth = 2.25;
  context.strokeStyle = theme.accent;
  context.fillStyle = theme.accent;
  context.stroke(strongLinks);
  context.fill(strongHeads);

  drawThread(context, glyphs, frame.thread, g, xy, theme);

  // Marks and groups as small bitmaps drawn once and stamped: far cheaper than filling paths on a software canvas.
  // Whole device pixels: a sprite then copies straight across, with no resampling.
  const ratio = context.getTransform().a;
  const snap = (v: number) => Math.round(v * ratio) / ratio;
  const sprites = spriteSheet(theme, ratio);
  context.imageSmoothingEnabled = false;
  for (const glyph of glyphs) {
    const [x, y] = xy(glyph.at, g.rowCentre[glyph.row]!);
    const sprite = glyph.cluster ? sprites.group(glyph.items.length) : sprites.mark(glyph.items[0]!.kind);
    const size = sprite.width / ratio;
    context.drawImage(sprite, snap(x - size / 2), snap(y - size / 2), size, size);
  }

  for (const glyph of strong) {
    const [x, y] = xy(glyph.at, g.rowCentre[glyph.row]!);
    const r = glyph.cluster ? clusterRadius(glyph.items.length) : 7;
    if (frame.selected && glyph.items.includes(frame.selected)) ring(context, x, y, r + 3, theme.accent, 2);
    if (frame.showFocus && frame.focused && glyph.items.includes(frame.focused)) ring(context, x, y, r + 6, theme.focus, 3);
  }
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
  context.fillStyle = theme.muted;
  context.font = `${LABEL_FONT} ${theme.font}`;
  context.textBaseline = 'middle';
  for (const tick of ticks) {
    const t = scale(tick);
    if (t < g.timeStart - 40 || t > g.timeEnd + 40) continue;
    if (vertical) {
      context.textAlign = 'right';
      context.fillText(tickLabel(tick), g.axisBand - 6, t);
    } else {
      context.textAlign = 'center';
      context.fillText(tickLabel(tick), t, g.axisBand / 2);
    }
  }
  context.fillStyle = theme.fg;
  if (vertical) {
    context.textAlign = 'center';
    context.font = `bold 11px ${theme.font}`;
    for (const lane of g.lanes) {
      const size = lane.end - lane.start - 4;
      const words = lane.label.split(' ');
      // Two lines at most: a side's name is rarely more than two words, and a column is narrow.
      const lines = words.length > 1 ? [words[0]!, words.slice(1).join(' ')] : words;
      lines.forEach((line, i) => context.fillText(fit(context, line, size), (lane.start + lane.end) / 2, 12 + i * 13));
    }
  } else {
    context.textAlign = 'left';
    context.font = `bold ${LABEL_FONT} ${theme.font}`;
    for (const lane of g.lanes) context.fillText(lane.label.toUpperCase(), 8, lane.start + LANE_HEADER / 2 + 1);
    context.font = `${LABEL_FONT} ${theme.font}`;
    context.fillStyle = theme.muted;
    context.textAlign = 'right';
    g.rowLabels.forEach((label, i) => context.fillText(label, g.gutter - 8, g.rowCentre[i]!));
  }
}

/** The marks of an exchange in view, joined in time order by a dashed line, so that the eye can follow it. */
function drawThread(
  context: CanvasRenderingContext2D,
  glyphs: readonly Glyph[],
  thread: readonly Item[],
  g: Geometry,
  xy: (t: number, l: number) => [number, number],
  theme: Theme,
): void {
  if (thread.length < 2) return;
  const members = new Set(thread);
  const glyphOf = new Map<Item, Glyph>();
  for (const glyph of glyphs) for (const item of glyph.items) if (members.has(item)) glyphOf.set(item, glyph);
  const path = new Path2D();
  let last: Glyph | null = null;
  for (const item of thread) {
    const glyph = glyphOf.get(item);
    if (!glyph || glyph === last) continue;
    const [x, y] = xy(glyph.at, g.rowCentre[glyph.row]!);
    if (last) path.lineTo(x, y);
    else path.moveTo(x, y);
    last = glyph;
  }
  context.setLineDash([6, 4]);
  context.lineWidth = 2;
  context.strokeStyle = theme.focus;
  context.stroke(path);
  context.setLineDash([]);
}

function ring(context: CanvasRenderingContext2D, x: number, y: number, r: number, colour: string, width: number): void {
  context.strokeStyle = colour;
  context.lineWidth = width;
  context.beginPath();
  context.arc(x, y, r, 0, 2 * Math.PI);
  context.stroke();
}

/** An arc from (t, from) to (t, to), bowing forward in time so that links on one day do not lie on top of each other. */
function link(
  path: Path2D,
  heads: Path2D,
  t: number,
  from: number,
  to: number,
  xy: (t: number, l: number) => [number, number],
): void {
  const direction = Math.sign(to - from);
  const bow = Math.min(60, Math.abs(to - from) * 0.35) + 6;
  const start = from + direction * 8;
  const end = to - direction * 4;
  const [sx, sy] = xy(t, start);
  const [cx, cy] = xy(t + bow, (start + end) / 2);
  const [ex, ey] = xy(t, end);
  path.moveTo(sx, sy);
  path.quadraticCurveTo(cx, cy, ex, ey);
  // An arrowhead along the curve's last tangent (from the control point to the end).
  const angle = Math.atan2(ey - cy, ex - cx);
  const size = 6;
  heads.moveTo(ex, ey);
  heads.lineTo(ex - size * Math.cos(angle - 0.45), ey - size * Math.sin(angle - 0.45));
  heads.lineTo(ex - size * Math.cos(angle + 0.45), ey - size * Math.sin(angle + 0.45));
  heads.closePath();
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
