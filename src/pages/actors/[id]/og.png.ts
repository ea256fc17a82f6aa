/** `/actors/<id>/og.png`: the actor's link-preview image, drawn at build time like a point's. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { indexDataset, loadDataset } from '../../../lib/dataset.ts';
import { actorRecord, recordLine } from '../../../pipeline/publish/actor-record.ts';
import { previewResponse } from '../../../lib/preview.ts';
import type { PreviewCard } from '../../../pipeline/publish/preview-image.ts';
import { actorsWithPages } from '../../../pipeline/publish/registry.ts';
import { SITE_NAME } from '../../../site-config.ts';

export const getStaticPaths = (() => {
  const index = indexDataset(loadDataset());
  return actorsWithPages(index.dataset).map((actor) => {
    const card: PreviewCard = {
      words: recordLine(actorRecord(actor, index.dataset.points), (id) => index.actor(id).name),
      direct: false,
      speaker: actor.name,
      role: actor.description ?? null,
      addressees: [],
      // The top corner tells a point's date; an actor's side says as much about it.
      date: actor.side ?? '',
      site: SITE_NAME,
    };
    return { params: { id: actor.id }, props: { card } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewCard }> = ({ params, props }) => previewResponse(props.card, `actors/${params.id}/og.png`);
