/** encodePng: the preview images' PNG files hold exactly the pixels drawn, as any decoder reads them. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Resvg } from '@resvg/resvg-js';
import { encodePng } from '../../src/pipeline/publish/png.ts';

/** The pixels of a PNG as resvg decodes it: a decoder that is not ours. */
function decode(png: Uint8Array, width: number, height: number): Uint8Array {
  const href = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image href="${href}" width="${width}" height="${height}"/></svg>`;
  return new Uint8Array(new Resvg(svg).render().pixels);
}

/** An opaque image whose pixel at (x, y) has the colour `colour(x, y)` (0xRRGGBB). */
function image(width: number, height: number, colour: (x: number, y: number) => number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const c = colour(x, y);
      rgba.set([c >> 16, (c >> 8) & 0xff, c & 0xff, 0xff], (y * width + x) * 4);
    }
  }
  return rgba;
}

/** The colour type in the IHDR chunk: 3 indexed, 2 truecolour. */
const colourType = (png: Uint8Array): number => png[25]!;

describe('encodePng', () => {
  it('writes a few colours as an indexed PNG that decodes to exactly the same pixels', () => {
    const palette = [0xffffff, 0x1a1a1a, 0x0b57d0, 0xfff3b0, 0x555555];
    const rgba = image(61, 23, (x, y) => palette[(x * 7 + y * 3) % palette.length]!);
    const png = encodePng(rgba, 61, 23);
    assert.equal(colourType(png), 3);
    assert.deepEqual(decode(png, 61, 23), rgba);
  });

  it('writes more than 256 colours as RGB, still exactly', () => {
    const rgba = image(40, 30, (x, y) => ((x * 6) << 16) | ((y * 8) << 8) | ((x + y) * 3));
    const png = encodePng(rgba, 40, 30);
    assert.equal(colourType(png), 2);
    assert.deepEqual(decode(png, 40, 30), rgba);
  });

  it('reads pixels that do not start on a 4-byte boundary', () => {
    const rgba = image(9, 5, (x) => (x % 2 ? 0xff0000 : 0x00ff00));
    const shifted = new Uint8Array(rgba.length + 1).subarray(1);
    shifted.set(rgba);
    assert.deepEqual(decode(encodePng(shifted, 9, 5), 9, 5), rgba);
  });
});
