/** `/points/<id>/og.png`: the point's link-preview image, drawn at build time (and kept in the cache while it draws the same). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pointCards } from '../../../lib/models.ts';
import { previewResponse } from '../../../lib/preview.ts';
import type { PreviewCard } from '../../../pipeline/publish/preview-image.ts';

export const getStaticPaths = (() => pointCards().map(({ id, card }) => ({ params: { id }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewCard }> = ({ params, props }) => previewResponse(props.card, `points/${params.id}/og.png`);
