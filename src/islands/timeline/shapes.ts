/**
 * One shape per kind of point, centred on 0,0, different enough to tell kinds
 * apart without colour. The same numbers draw the canvas marks and the legend's
 * SVG, so the two cannot drift apart.
 */
type Shape = { circle: number } | { polygon: [number, number][] };

const SHAPES: Record<string, Shape> = {
  statement: { circle: 5.5 },
  document: {
    polygon: [
      [-5, -5],
      [5, -5],
      [5, 5],
      [-5, 5],
    ],
  },
  call: {
    polygon: [
      [0, -6],
      [6, 5],
      [-6, 5],
    ],
  },
  meeting: {
    polygon: [
      [0, -6.5],
      [6.5, 0],
      [0, 6.5],
      [-6.5, 0],
    ],
  },
  denial: {
    polygon: [
      [-6, -3.5],
      [-3.5, -6],
      [0, -2.5],
      [3.5, -6],
      [6, -3.5],
      [2.5, 0],
      [6, 3.5],
      [3.5, 6],
      [0, 2.5],
      [-3.5, 6],
      [-6, 3.5],
      [-2.5, 0],
    ],
  },
};

/** For a kind added to the dataset after this was written: a hexagon. */
const OTHER: Shape = {
  polygon: [
    [0, -6],
    [5.2, -3],
    [5.2, 3],
    [0, 6],
    [-5.2, 3],
    [-5.2, -3],
  ],
};

export const hasOwnShape = (kind: string): boolean => kind in SHAPES;

const shapeOf = (kind: string): Shape => SHAPES[kind] ?? OTHER;

/** SVG path data, for the legend. */
export function svgPath(kind: string): string {
  const shape = shapeOf(kind);
  if ('circle' in shape) {
    const r = shape.circle;
    return `M${r} 0A${r} ${r} 0 1 1 ${-r} 0A${r} ${r} 0 1 1 ${r} 0Z`;
  }
  return `M${shape.polygon.map(([x, y]) => `${x} ${y}`).join('L')}Z`;
}

/**
 * Adds the shape, centred on x,y, to a path that collects every mark of a kind:
 * one fill per kind and frame, rather than a fill (and a transform) per mark.
 */
export function addShape(path: Path2D, kind: string, x: number, y: number): void {
  const shape = shapeOf(kind);
  if ('circle' in shape) {
    path.moveTo(x + shape.circle, y);
    path.arc(x, y, shape.circle, 0, 2 * Math.PI);
    return;
  }
  shape.polygon.forEach(([dx, dy], i) => (i === 0 ? path.moveTo(x + dx, y + dy) : path.lineTo(x + dx, y + dy)));
  path.closePath();
}
