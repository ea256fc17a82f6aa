/** The response of a link-preview image endpoint (a point's or an actor's `og.png`), drawn at build time. */
import type { Font } from 'satori';
import { formatDateRange } from './format.ts';
import { loadPreviewFonts, PREVIEW_HEIGHT, PREVIEW_WIDTH, renderPreview, type PreviewCard } from '../pipeline/publish/preview-image.ts';
import type { Point } from '../pipeline/types.ts';

/** The fonts shipped with the repository (see its README); resolved from the project root, as the build runs there. */
const FONTS_DIR = 'src/assets/fonts';

// Parsed once per build, not once per image.
let fonts: Promise<Font[]> | undefined;

/** `file` names the image in the warning about text the shipped fonts cannot draw. */
export async function previewResponse(card: PreviewCard, file: string): Promise<Response> {
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
