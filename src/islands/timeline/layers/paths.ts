/**
 * What the layers trace into: a Path2D in the page, a recorder in the tests. Tracing into
 * an interface rather than building lists of shapes first keeps a frame free of the
 * allocations a list would cost for every glyph.
 */
export type RectPath = Pick<Path2D, 'rect'>;
export type LinePath = Pick<Path2D, 'moveTo' | 'lineTo'>;
export type CurvePath = Pick<Path2D, 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'closePath'>;

/** A rectangle: x, y, width, height, in CSS px. */
export type Rect = [number, number, number, number];
