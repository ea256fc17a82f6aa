/** `/points/<id>/og.png`: the point's link-preview image, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Font } from 'satori';
import { indexDataset, loadDataset } from '../../../lib/dataset.ts';
import { formatDateRange } from '../../../lib/format.ts';
import { pointWords } from '../../../pipeline/publish/point-words.ts';
import { loadPreviewFonts, renderPreview, type PreviewCard } from '../../../pipeline/publish/preview-image.ts';
import { SITE_NAME } from '../../../site-config.ts';

/** The fonts shipped with the repository (see its README); resolved from the project root, as the build runs there. */
const FONTS_DIR = 'src/assets/fonts/noto-sans';

export const getStaticPaths = (() => {
  const index = indexDataset(loadDataset());
  return index.dataset.points.map((point) => {
    const speaker = index.actor(point.speaker);
    const card: PreviewCard = {
      words: pointWords(point),
      direct: point.quote !== null,
      speaker: speaker.name,
      role: speaker.description ?? null,
      addressees: point.addressees.map((id) => index.actor(id).name),
      date: formatDateRange(point.date, point.dateEnd, point.datePrecision),
      site: SITE_NAME,
    };
    return { params: { id: point.id }, props: { card } };
  });
}) satisfies GetStaticPaths;

// Parsed once per build, not once per image.
let fonts: Promise<Font[]> | undefined;

export const GET: APIRoute<{ card: PreviewCard }> = async ({ params, props }) => {
  fonts ??= loadPreviewFonts(FONTS_DIR);
  const { png, missingGlyphs } = await renderPreview(props.card, await fonts);
  if (missingGlyphs.length > 0) console.warn(`points/${params.id}/og.png: no glyph in the shipped fonts for “${missingGlyphs.join('')}”`);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
