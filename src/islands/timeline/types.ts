/**
 * What the home page hands the timeline island: the dataset cut down to what the
 * picture and its detail panel show, with the source anchors already resolved
 * on the server so the client never recomputes page structure.
 */
import type { DatePrecision, Point } from '../../pipeline/types.ts';

export const KINDS = ['statement', 'document', 'call', 'meeting', 'denial'] as const;

export interface TimelineActor {
  id: string;
  name: string;
  /** The lane it belongs to; null puts it in the "Other" lane. */
  side: string | null;
  /** Its role as the articles give it (Actor.description). */
  role: string | null;
  /** Its page on this site; none for the unresolved speaker. */
  path?: string | null;
}

export interface TimelineArticle {
  id: string;
  title: string;
  outlet: string | null;
  path: string;
}

export interface TimelineSource {
  article: string;
  direct: boolean;
  excerpt: string;
  /** The id of the highlighted sentence on the article's page. */
  anchor: string;
}

/** A point of the dataset (DATASET.md), with its sources cut down to what the panel shows. */
export interface TimelinePoint extends Omit<Point, 'kind' | 'datePrecision' | 'sources'> {
  /** One of KINDS, or a kind added to the dataset later (drawn with a fallback shape). */
  kind: string;
  precision: DatePrecision;
  sources: TimelineSource[];
}

export interface TimelineData {
  actors: TimelineActor[];
  articles: TimelineArticle[];
  /** In the dataset's order: by date, then id; undated last. */
  points: TimelinePoint[];
  /**
   * When these are only the newest points (the home page's first load): the addresses of the
   * other parts, oldest first, how many points there are in all, and the first and last day of the story.
   */
  more?: { chunks: string[]; points: number; span: [string, string] | null };
}
