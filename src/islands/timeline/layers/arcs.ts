/**
 * Lines between marks: a link from the speaker's mark to each addressee's row (all faint,
 * those of the focused and selected points strong), and the dashed line along an exchange.
 */
import { xyOf, type Geometry, type XY } from '../geometry.ts';
import type { Glyph, Item } from '../layout.ts';
import type { Theme } from '../theme.ts';
import type { CurvePath, LinePath } from './paths.ts';

export interface ArcInput {
  glyphs: readonly Glyph[];
  focused: Item | null;
  selected: Item | null;
  /** The most faint links worth drawing; beyond it, only those of the focused and selected points. */
  linkLimit: number;
}

/** Where links are traced: curves and arrowheads, faint and strong. */
export interface LinkPaths<P extends CurvePath> {
  links: P;
  heads: P;
  strongLinks: P;
  strongHeads: P;
}

export interface TracedLinks {
  /** The glyphs of the focused and selected points. */
  strong: Set<Glyph>;
  /** Faint links there were to draw; past the limit, none of them is. */
  faint: number;
}

/**
 * Traces every link into `paths`. Long antialiased curves are what costs most to rasterise,
 * so past `linkLimit` only the strong ones are traced.
 */
export function traceLinks<P extends CurvePath>({ glyphs, focused, selected, linkLimit }: ArcInput, g: Geometry, paths: LinkPaths<P>): TracedLinks {
  const xy = xyOf(g.vertical);
  const strong = new Set<Glyph>();
  let faint = 0;
  // Nothing focused or selected (as while one pans): no glyph's items need reading, which at 100,000 points
  // was every point in view, every frame (scripts/bench/run.ts).
  const anyEmphasis = focused !== null || selected !== null;
  for (const glyph of glyphs) {
    const emphasised = anyEmphasis && glyph.items.some((item) => item === focused || item === selected);
    if (emphasised) strong.add(glyph);
    else if (faint > linkLimit) continue;
    const targets = glyph.cluster ? new Set(glyph.items.flatMap((item) => item.targets)) : glyph.items[0]!.targets;
    for (const target of targets) {
      if (!emphasised && ++faint > linkLimit) continue;
      link(
        emphasised ? paths.strongLinks : paths.links,
        emphasised ? paths.strongHeads : paths.heads,
        glyph.at,
        g.rowCentre[glyph.row]!,
        g.rowCentre[target]!,
        xy,
      );
    }
  }
  return { strong, faint };
}

/** An arc from (t, from) to (t, to), bowing forward in time so that links on one day do not lie on top of each other. */
function link(path: CurvePath, heads: CurvePath, t: number, from: number, to: number, xy: XY): void {
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

/** The marks of an exchange in view, joined in time order, so that the eye can follow it. */
export function traceThread(glyphs: readonly Glyph[], thread: readonly Item[], g: Geometry, path: LinePath): void {
  const xy = xyOf(g.vertical);
  const members = new Set(thread);
  const glyphOf = new Map<Item, Glyph>();
  for (const glyph of glyphs) for (const item of glyph.items) if (members.has(item)) glyphOf.set(item, glyph);
  let last: Glyph | null = null;
  for (const item of thread) {
    const glyph = glyphOf.get(item);
    if (!glyph || glyph === last) continue;
    const [x, y] = xy(glyph.at, g.rowCentre[glyph.row]!);
    if (last) path.lineTo(x, y);
    else path.moveTo(x, y);
    last = glyph;
  }
}

/** Links, then the exchange's line; gives back the glyphs whose links were strong, for the focus layer. */
export function paintArcs(context: CanvasRenderingContext2D, g: Geometry, theme: Theme, input: ArcInput, thread: readonly Item[]): Set<Glyph> {
  const paths = { links: new Path2D(), heads: new Path2D(), strongLinks: new Path2D(), strongHeads: new Path2D() };
  const { strong, faint } = traceLinks(input, g, paths);
  if (faint <= input.linkLimit) {
    context.lineWidth = 1.25;
    context.strokeStyle = theme.link;
    context.fillStyle = theme.link;
    context.stroke(paths.links);
    context.fill(paths.heads);
  }
  context.lineWidth = 2.25;
  context.strokeStyle = theme.accent;
  context.fillStyle = theme.accent;
  context.stroke(paths.strongLinks);
  context.fill(paths.strongHeads);

  if (thread.length < 2) return strong;
  const line = new Path2D();
  traceThread(input.glyphs, thread, g, line);
  context.setLineDash([6, 4]);
  context.lineWidth = 2;
  context.strokeStyle = theme.focus;
  context.stroke(line);
  context.setLineDash([]);
  return strong;
}
