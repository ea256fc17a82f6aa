/** The response of a link-preview image endpoint (a point's or an actor's `og.png`), drawn at build time. */
import type { Font } from 'satori';
import { loadPreviewFonts, renderPreview, type PreviewCard } from '../pipeline/publish/preview-image.ts';

/** The fonts shipped with the repository (see its README); resolved from the project root, as the build runs there. */
const FONTS_DIR = 'src/assets/fonts/noto-sans';

// Parsed once per build, not once per image.
let fonts: Promise<Font[]> | undefined;

/** `file` names the image in the warning about text the shipped fonts cannot draw. */
export async function previewResponse(card: PreviewCard, file: string): Promise<Response> {
  fonts ??= loadPreviewFonts(FONTS_DIR);
  const { png, missingGlyphs } = await renderPreview(card, await fonts);
  if (missingGlyphs.length > 0) console.warn(`${file}: no glyph in the shipped fonts for “${missingGlyphs.join('')}”`);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
}
