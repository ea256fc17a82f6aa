/** `/points/<id>/og.png`: the point's link-preview image, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { indexDataset, loadDataset } from '../../../lib/dataset.ts';
import { formatDateRange } from '../../../lib/format.ts';
import { pointWords } from '../../../pipeline/publish/point-words.ts';
import { previewResponse } from '../../../lib/preview.ts';
import type { PreviewCard } from '../../../pipeline/publish/preview-image.ts';
import { SITE_NAME } from '../../../site-config.ts';

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

export const GET: APIRoute<{ card: PreviewCard }> = ({ params, props }) => previewResponse(props.card, `points/${params.id}/og.png`);
