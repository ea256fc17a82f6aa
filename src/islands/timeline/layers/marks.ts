/**
 * Marks and groups: each a small bitmap drawn once and stamped, far cheaper than filling
 * paths on a software canvas.
 */
import { xyOf, type Geometry } from '../geometry.ts';
import type { Glyph } from '../layout.ts';
import { addShape } from '../shapes.ts';
import type { Theme } from '../theme.ts';

/** A group's disc grows with its count's digits. */
export function clusterRadius(count: number): number {
  return count < 10 ? 8 : count < 100 ? 9.5 : 11;
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

/** Where a sprite `size` px wide goes for `glyph`: its top left corner, on whole device pixels, so that it copies straight across with no resampling. */
export function stampAt(glyph: Glyph, g: Geometry, size: number, ratio: number): [number, number] {
  const [x, y] = xyOf(g.vertical)(glyph.at, g.rowCentre[glyph.row]!);
  return [Math.round((x - size / 2) * ratio) / ratio, Math.round((y - size / 2) * ratio) / ratio];
}

export function paintMarks(context: CanvasRenderingContext2D, g: Geometry, theme: Theme, glyphs: readonly Glyph[]): void {
  const ratio = context.getTransform().a;
  const sprites = spriteSheet(theme, ratio);
  context.imageSmoothingEnabled = false;
  for (const glyph of glyphs) {
    const sprite = glyph.cluster ? sprites.group(glyph.items.length) : sprites.mark(glyph.items[0]!.kind);
    const size = sprite.width / ratio;
    const [x, y] = stampAt(glyph, g, size, ratio);
    context.drawImage(sprite, x, y, size, size);
  }
}
