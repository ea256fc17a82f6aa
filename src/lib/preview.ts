/**
 * The response of a link-preview image endpoint (a point's or an actor's `og.png`), drawn at
 * build time. The routes hand their cards through the page cache under `drawingKey`, so that
 * an image is drawn again only when its card or the drawing changes: most images of a site
 * that grew by one article, or whose other code changed, are the same files.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Font } from 'satori';
import { formatDateRange } from '../shared/format.ts';
import { loadPreviewFonts, PREVIEW_HEIGHT, PREVIEW_WIDTH, renderPreview, type PreviewCard } from '../pipeline/publish/preview-image.ts';
import type { Point } from '../pipeline/types.ts';
import { pagesToRender } from './page-cache.ts';

/** The fonts shipped with the repository (see its README); resolved from the project root, as the build runs there. */
const FONTS_DIR = 'src/assets/fonts';

/** What an image is drawn with besides its card: the drawing code, the fonts, the libraries' versions. */
const DRAWN_WITH = [
  'src/pipeline/publish/preview-image.ts',
  'src/pipeline/publish/preview-text.ts',
  'src/pipeline/publish/png.ts',
  'node_modules/satori/package.json',
  'node_modules/@resvg/resvg-js/package.json',
];

// Parsed once per build, not once per image.
let fonts: Promise<Font[]> | undefined;
let drawingKey: string | undefined;

/** A hash of everything besides its card that a preview image depends on: the page cache's key for the images. */
function previewDrawingKey(): string {
  const files = [
    ...DRAWN_WITH,
    ...readdirSync(FONTS_DIR)
      .sort()
      .map((file) => path.join(FONTS_DIR, file)),
  ];
  drawingKey ??= files.reduce((hash, file) => hash.update(file).update(readFileSync(file)), createHash('sha256')).digest('hex');
  return drawingKey;
}

/** `file` names the image in the warning about text the shipped fonts cannot draw. */
async function previewResponse(card: PreviewCard, file: string): Promise<Response> {
  fonts ??= loadPreviewFonts(FONTS_DIR);
  const { png, missingGlyphs } = await renderPreview(card, await fonts);
  if (missingGlyphs.length > 0) console.warn(`${file}: no glyph in the shipped fonts for “${missingGlyphs.join('')}”`);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
}

/** A link-preview PNG (Open Graph and Twitter card), with what a reader who cannot see it needs. */
export interface PreviewImage {
  /** Path of the image on the host. */
  path: string;
  width: number;
  height: number;
  alt: string;
}

/** The preview drawn for `point` (src/pages/points/[id]/og.png.ts). */
export function previewImageOf(point: Point): PreviewImage {
  const when = formatDateRange(point.date, point.dateEnd, point.datePrecision);
  return { path: `${point.path}og.png`, width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, alt: `${point.summary} (${when})` };
}

/**
 * The route of the preview images of the pages under `/<dir>/<id>/`: `/<dir>/<id>/og.png`
 * for each card, drawn at build time unless the cache has it.
 */
export function previewRoute(dir: string, cards: () => { id: string; card: PreviewCard }[]): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  const file = (id: string | undefined) => `${dir}/${id}/og.png`;
  return {
    getStaticPaths: () =>
      pagesToRender(
        `${dir}-og`,
        cards().map(({ id, card }) => ({ params: { id }, props: { card } })),
        (params) => file(params.id),
        previewDrawingKey,
      ),
    GET: ({ params, props }) => previewResponse((props as { card: PreviewCard }).card, file(params.id)),
  };
}
