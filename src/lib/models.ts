/** The models of the site's many pages (src/pipeline/publish/page-models.ts), each worked out once per dataset. */
import {
  actorCard,
  actorPageModels,
  listedPoint,
  pointCard,
  pointPageModels,
  type ActorPageModel,
  type ListedPoint,
  type PointPageModel,
} from '../pipeline/publish/page-models.ts';
import type { PreviewCard } from '../pipeline/publish/preview-image.ts';
import { SITE_NAME, SITE_URL } from '../site-config.ts';
import { articleHeadings } from './articles.ts';
import { derived } from './dataset.ts';

export const pointPages = (): Promise<PointPageModel[]> => derived('point-pages', async (index) => pointPageModels(index, await articleHeadings(), SITE_URL));

export const actorPages = (): ActorPageModel[] => derived('actor-pages', (index) => actorPageModels(index, SITE_URL));

/** Every point as lists show it, in the dataset's order. */
export const listedPoints = (): ListedPoint[] => derived('listed-points', (index) => index.dataset.points.map((p) => listedPoint(p, index)));

export const pointCards = (): { id: string; card: PreviewCard }[] =>
  derived('point-cards', (index) => index.dataset.points.map((point) => ({ id: point.id, card: pointCard(point, index, SITE_NAME) })));

export const actorCards = (): { id: string; card: PreviewCard }[] =>
  derived('actor-cards', () => actorPages().map((model) => ({ id: model.actor.id, card: actorCard(model, SITE_NAME) })));
