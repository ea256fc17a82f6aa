/** `/points/<id>/og.png`: the point's link-preview image, drawn at build time (and reused while it draws the same). */
import { pointCards } from '../../../lib/models.ts';
import { previewRoute } from '../../../lib/preview.ts';

export const { getStaticPaths, GET } = previewRoute('points', pointCards);
