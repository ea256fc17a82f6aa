/**
 * What each page of a point, an actor or a list of statements shows, worked out once for the
 * whole dataset: every name resolved, every neighbour and thread found, in one pass each.
 *
 * A page renders from its model alone. That makes the build linear in the number of points
 * (a page used to look through every point for its neighbours, threads and record), and it
 * makes the model the page's whole input: the page cache (src/lib/page-cache.ts) reuses a
 * page whose model and code have not changed.
 */
import { formatDateRange } from '../../shared/format.ts';
import { sourceAnchors } from '../render/highlights.ts';
import type { Actor, DatePrecision, Point } from '../types.ts';
import { actorRecords, recordLine, type Tally } from './actor-record.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { actorPageLd, quotationLd, scriptJson } from './json-ld.ts';
import { neighbourIndex } from './neighbours.ts';
import { pointWords } from './point-words.ts';
import type { PreviewCard } from './preview-image.ts';
import { Threads } from '../../shared/threads.ts';

/** An actor as a name on a page: a link to its page when it has one. */
export interface ActorRef {
  id: string;
  name: string;
  path?: string;
}

/** A point as a line on a page: what it is, when, and where its page is. */
export interface PointRef {
  id: string;
  path: string;
  kind: string;
  summary: string;
  /** The date as the site writes it ("1 February 2022", "January 2022", "Undated"). */
  when: string;
}

/** A point as lists show it: when, who to whom, the words, how many sources. */
export interface ListedPoint extends PointRef {
  date: string | null;
  quote: string | null;
  speaker: ActorRef;
  addressees: ActorRef[];
  sourceCount: number;
}

export interface PointSourceView {
  article: { id: string; path: string; heading: string; outlet: string | null };
  anchor: string;
  direct: boolean;
  excerpt: string;
}

/** A point's place in an exchange, as its page shows it. */
export interface ThreadView {
  inReplyTo: PointRef | null;
  about: PointRef | null;
  replies: PointRef[];
  saidAbout: PointRef[];
  /** The whole exchange in time order (this point included), when it holds more than the links above. */
  whole: PointRef[] | null;
}

export interface PointPageModel {
  point: Point;
  speaker: Actor;
  addressees: Actor[];
  when: string;
  sources: PointSourceView[];
  neighbours: { labels: string[]; point: PointRef }[];
  thread: ThreadView;
  /** The page's schema.org Quotation, ready for its script element. */
  jsonLd: string;
}

export interface ActorPageModel {
  actor: Actor;
  said: ListedPoint[];
  toldBy: ListedPoint[];
  byKind: Tally[];
  byAddressee: { actor: ActorRef; count: number }[];
  bySpeaker: { actor: ActorRef; count: number }[];
  toNoOne: number;
  /** One line for the description and the preview image: "12 statements; told NATO 3 times". */
  line: string;
  jsonLd: string;
}

const actorRef = (actor: Actor): ActorRef => ({ id: actor.id, name: actor.name, ...(actor.path ? { path: actor.path } : {}) });

const whenOf = (p: { date: string | null; dateEnd: string | null; datePrecision: DatePrecision }): string =>
  formatDateRange(p.date, p.dateEnd, p.datePrecision);

const pointRef = (point: Point): PointRef => ({ id: point.id, path: point.path, kind: point.kind, summary: point.summary, when: whenOf(point) });

export function listedPoint(point: Point, index: DatasetIndex): ListedPoint {
  return {
    ...pointRef(point),
    date: point.date,
    quote: point.quote,
    speaker: actorRef(index.actor(point.speaker)),
    addressees: point.addressees.map((id) => actorRef(index.actor(id))),
    sourceCount: point.sources.length,
  };
}

/** The models of every point's page, in the dataset's order. `headings`: each article's heading as the site shows it. */
export function pointPageModels(index: DatasetIndex, headings: ReadonlyMap<string, string>, siteUrl: string): PointPageModel[] {
  const { points } = index.dataset;
  const threads = new Threads(points);
  const neighbours = neighbourIndex(points);
  return points.map((point) => {
    const speaker = index.actor(point.speaker);
    const anchors = sourceAnchors(point);
    const near = neighbours(point);
    // One entry per neighbour: the statement said just after may also be the speaker's next.
    const around = new Map<string, { labels: string[]; point: PointRef }>();
    for (const [label, neighbour] of [
      ['Said just before', near.earlier],
      ['Said just after', near.later],
      [`${speaker.name}, previously`, near.previousBySpeaker],
      [`${speaker.name}, next`, near.nextBySpeaker],
    ] as const) {
      if (neighbour) around.set(neighbour.id, { labels: [...(around.get(neighbour.id)?.labels ?? []), label], point: pointRef(neighbour) });
    }
    const links = threads.linksOf(point);
    const thread = threads.threadOf(point);
    const shown = new Set([links.inReplyTo, links.about, ...links.replies, ...links.saidAbout, point]);
    return {
      point,
      speaker,
      addressees: point.addressees.map((id) => index.actor(id)),
      when: whenOf(point),
      sources: point.sources.map((source, i) => {
        const article = index.article(source.article);
        return {
          article: { id: article.id, path: article.path, heading: headings.get(article.id) ?? article.title ?? article.id, outlet: article.outlet },
          anchor: anchors[i]!,
          direct: source.direct,
          excerpt: source.excerpt,
        };
      }),
      neighbours: [...around.values()],
      thread: {
        inReplyTo: links.inReplyTo && pointRef(links.inReplyTo),
        about: links.about && pointRef(links.about),
        replies: links.replies.map(pointRef),
        saidAbout: links.saidAbout.map(pointRef),
        whole: thread.some((p) => !shown.has(p)) ? thread.map(pointRef) : null,
      },
      jsonLd: scriptJson(quotationLd(point, index, siteUrl)),
    };
  });
}

/** The models of the pages of every actor that has one. */
export function actorPageModels(index: DatasetIndex, siteUrl: string): ActorPageModel[] {
  const records = actorRecords(index.dataset.actors, index.dataset.points);
  const nameOf = (id: string) => index.actor(id).name;
  return index.dataset.actors.flatMap((actor) => {
    if (actor.path === undefined) return [];
    const record = records.get(actor.id)!;
    return [
      {
        actor,
        said: record.said.map((p) => listedPoint(p, index)),
        toldBy: record.toldBy.map((p) => listedPoint(p, index)),
        byKind: record.byKind,
        byAddressee: record.byAddressee.map((t) => ({ actor: actorRef(index.actor(t.key)), count: t.count })),
        bySpeaker: record.bySpeaker.map((t) => ({ actor: actorRef(index.actor(t.key)), count: t.count })),
        toNoOne: record.toNoOne,
        line: recordLine(record, nameOf),
        jsonLd: scriptJson(actorPageLd(actor, siteUrl)),
      },
    ];
  });
}

/** A point's link-preview card: its words, who said them to whom, and when. */
export function pointCard(point: Point, index: DatasetIndex, site: string): PreviewCard {
  const speaker = index.actor(point.speaker);
  return {
    words: pointWords(point),
    direct: point.quote !== null,
    speaker: speaker.name,
    role: speaker.description ?? null,
    addressees: point.addressees.map((id) => index.actor(id).name),
    date: whenOf(point),
    site,
  };
}

/** An actor's link-preview card: its record in a line, where a point's card has its words. */
export function actorCard(model: ActorPageModel, site: string): PreviewCard {
  return {
    words: model.line,
    direct: false,
    speaker: model.actor.name,
    role: model.actor.description ?? null,
    addressees: [],
    // The top corner tells a point's date; an actor's side says as much about it.
    date: model.actor.side ?? '',
    site,
  };
}
