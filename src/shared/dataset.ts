/**
 * The data model both sides read, in one place: the public dataset contract
 * (`../shared/DATASET.md`, format 1), whose field names and meanings pages, islands, tests and
 * outside users rely on, and the timeline island's view of it, which the build cuts from the
 * dataset and the browser reads. What the pipeline's stages pass each other is in
 * `src/pipeline/types.ts`, which re-exports this.
 */

// ---------------------------------------------------------------------------
// Dataset contract (format 1)
// ---------------------------------------------------------------------------

/** The kinds of point the pipeline makes, in the order legends and filters list them. */
export const KINDS = ['statement', 'document', 'call', 'meeting', 'denial'] as const;

export type ActorKind = 'person' | 'organisation' | 'country' | 'group' | 'unknown';
export type DateSource = 'dateline' | 'metadata' | 'inferred' | 'none';
export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'unknown';
export type PointKind = (typeof KINDS)[number];

export interface Dataset {
  format: 1;
  /** When and from what this dataset was built (added field; see DATASET.md "add fields freely"). */
  builtFrom: { articles: string[] };
  actors: Actor[];
  articles: DatasetArticle[];
  /** Sorted by date, then id; undated points last. */
  points: Point[];
}

export interface Actor {
  id: string;
  name: string;
  aliases: string[];
  kind: ActorKind;
  description?: string;
  side?: string;
  /** This site's page for the actor (`/actors/<id>/`), when the site has one. */
  path?: string;
}

export interface DatasetArticle {
  id: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
  dateSource: DateSource;
  url: string | null;
  path: string;
}

export interface Point {
  id: string;
  path: string;
  kind: PointKind;
  speaker: string;
  addressees: string[];
  quote: string | null;
  summary: string;
  date: string | null;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  sources: Source[];
  /** The point this one answers (a reply to a letter, a response to demands), when the text says so unambiguously. */
  inReplyTo?: string | null;
  /** The call or meeting this statement was made in or about, when unambiguous. */
  about?: string | null;
}

export interface Source {
  article: string;
  direct: boolean;
  quote: string;
  excerpt: string;
  cue: string | null;
  offset: number;
}

// ---------------------------------------------------------------------------
// The timeline island's data: the dataset cut down to what the picture and its
// detail panel show, with the source anchors resolved at build time so that the
// browser never works out page structure (src/lib/timeline-payload.ts makes it).
// ---------------------------------------------------------------------------

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

/** A point of the dataset, with its sources cut down to what the panel shows. */
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
