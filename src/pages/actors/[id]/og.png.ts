/** `/actors/<id>/og.png`: the actor's link-preview image, drawn at build time like a point's. */
import { actorCards } from '../../../lib/models.ts';
import { previewRoute } from '../../../lib/preview.ts';

export const { getStaticPaths, GET } = previewRoute('actors', actorCards);
