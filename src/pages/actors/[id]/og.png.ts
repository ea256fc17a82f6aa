/** `/actors/<id>/og.png`: the actor's link-preview image, drawn at build time like a point's. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { actorCards } from '../../../lib/models.ts';
import { previewResponse } from '../../../lib/preview.ts';
import type { PreviewCard } from '../../../pipeline/publish/preview-image.ts';

export const getStaticPaths = (() => actorCards().map(({ id, card }) => ({ params: { id }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewCard }> = ({ params, props }) => previewResponse(props.card, `actors/${params.id}/og.png`);
