/** Small builders for hand-made datasets and gold, so each test shows only what it is about. */
import type { Actor, ActorKind, Dataset, DatePrecision, Point, PointKind, Source } from '../../src/pipeline/types.ts';
import type { GoldArticle, GoldStatement } from '../../src/pipeline/eval/gold.ts';

export function actor(id: string, name: string, aliases: string[] = [], kind: ActorKind = 'person'): Actor {
  return { id, name, aliases, kind };
}

export function source(article: string, quote: string, extra: Partial<Source> = {}): Source {
  return { article, direct: true, quote, excerpt: quote, cue: 'said', offset: 0, ...extra };
}

export interface PointOptions {
  kind?: PointKind;
  addressees?: string[];
  date?: string | null;
  dateEnd?: string | null;
  datePrecision?: DatePrecision;
  inReplyTo?: string | null;
  about?: string | null;
}

export function point(id: string, speaker: string, sources: Source[], options: PointOptions = {}): Point {
  const date = options.date === undefined ? '2022-02-01' : options.date;
  return {
    id,
    path: `/points/${id}/`,
    kind: options.kind ?? 'statement',
    speaker,
    addressees: options.addressees ?? [],
    quote: sources[0]?.quote ?? null,
    summary: id,
    date,
    dateEnd: options.dateEnd === undefined ? date : options.dateEnd,
    datePrecision: options.datePrecision ?? (date === null ? 'unknown' : 'day'),
    sources,
    ...(options.inReplyTo === undefined ? {} : { inReplyTo: options.inReplyTo }),
    ...(options.about === undefined ? {} : { about: options.about }),
  };
}

export function dataset(actors: Actor[], points: Point[], articles: { id: string; date: string | null }[] = []): Dataset {
  return {
    format: 1,
    builtFrom: { articles: articles.map((a) => a.id) },
    actors,
    articles: articles.map((a) => ({
      id: a.id,
      title: null,
      outlet: null,
      date: a.date,
      dateSource: a.date === null ? 'none' : 'dateline',
      url: null,
      path: `/articles/${a.id}/`,
    })),
    points,
  };
}

let nextId = 1;

export function statement(words: string, extra: Partial<GoldStatement> = {}): GoldStatement {
  return {
    id: `s${nextId++}`,
    kind: 'statement',
    direct: true,
    words,
    speaker: ['Sergey Lavrov', 'Sergei Lavrov'],
    addressees: [],
    date: '2022-02-01',
    dateEnd: '2022-02-01',
    precision: 'day',
    ...extra,
  };
}

export function goldArticle(article: string, statements: GoldStatement[], noise: string[] = [], articleDate: string | null = '2022-02-01'): GoldArticle {
  return { article, articleDate, statements, noise };
}

export const LAVROV = actor('sergey-lavrov', 'Sergey Lavrov', ['Sergei Lavrov', 'Lavrov']);
export const BLINKEN = actor('antony-blinken', 'Antony Blinken', ['Blinken']);
export const RUSSIA = actor('russia', 'Russia', ['Moscow', 'Russian Federation'], 'country');
export const NATO = actor('nato', 'NATO', ['North Atlantic Treaty Organization'], 'organisation');
export const UNKNOWN = actor('unknown', 'Unknown', [], 'unknown');
