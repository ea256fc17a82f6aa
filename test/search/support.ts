/** A small hand-made dataset for the search tests: a few people with the aliases and misspellings that matter. */
import type { Dataset, Point, Source } from '../../src/pipeline/types.ts';
import { buildSearchIndex } from '../../src/pipeline/search/documents.ts';
import type { SearchIndexFile } from '../../src/shared/search/index-file.ts';
import { SearchEngine } from '../../src/shared/search/engine.ts';

export function source(excerpt: string, overrides: Partial<Source> = {}): Source {
  return { article: 'a1', direct: true, quote: '', excerpt, cue: 'said', offset: 0, ...overrides };
}

let serial = 0;
export function point(speaker: string, overrides: Partial<Point> = {}): Point {
  const id = overrides.id ?? `p${String(++serial).padStart(3, '0')}`;
  return {
    id,
    path: `/points/${id}/`,
    kind: 'statement',
    speaker,
    addressees: [],
    quote: null,
    summary: `${speaker}: said something`,
    date: '2022-02-01',
    dateEnd: '2022-02-01',
    datePrecision: 'day',
    sources: [source('Someone said something.')],
    ...overrides,
  };
}

export const actors: Dataset['actors'] = [
  {
    id: 'lavrov',
    name: 'Sergey Lavrov',
    aliases: ['Sergei Lavrov', 'Lavrov', 'Russia’s top diplomat', 'Russian Foreign Minister Sergey Lavrov'],
    kind: 'person',
  },
  { id: 'stoltenberg', name: 'Jens Stoltenberg', aliases: ['Stoltenberg', 'NATO Secretary General Jens Stoltenberg'], kind: 'person' },
  { id: 'grushchenko', name: 'Aleksandr Grushchenko', aliases: ['Russian Deputy Foreign Minister Aleksandr Grushchenko'], kind: 'person' },
  { id: 'blinken', name: 'Antony Blinken', aliases: ['Blinken', 'Tony Blinken'], kind: 'person' },
  { id: 'thomas-greenfield', name: 'Linda Thomas-Greenfield', aliases: ['Thomas-Greenfield'], kind: 'person' },
  { id: 'elysee', name: 'Élysée Palace', aliases: ['Elysee', 'the Élysée'], kind: 'organisation' },
  { id: 'us', name: 'United States', aliases: ['Washington', 'U.S.'], kind: 'country' },
  { id: 'never-speaks', name: 'Vladimir Putin', aliases: ['Putin'], kind: 'person' },
];

export function dataset(points: Point[], more: Dataset['actors'] = []): Dataset {
  return {
    format: 1,
    builtFrom: { articles: ['a1', 'a2'] },
    actors: [...actors, ...more],
    articles: [
      { id: 'a1', title: 'One', outlet: 'The Moscow Times', date: '2022-02-01', dateSource: 'dateline', url: null, path: '/articles/a1/' },
      { id: 'a2', title: null, outlet: 'Europa Press', date: '2022-02-03', dateSource: 'dateline', url: null, path: '/articles/a2/' },
    ],
    points,
  };
}

/** The statements most tests search. */
export const points: Point[] = [
  point('lavrov', {
    id: 'lavrov-answers',
    addressees: ['blinken'],
    quote: 'We are waiting for written answers',
    summary: 'Sergey Lavrov to Antony Blinken: We are waiting for written answers',
    sources: [source('Lavrov said: “We are waiting for written answers,” after talks with Blinken.')],
  }),
  point('lavrov', {
    id: 'lavrov-guarantees',
    quote: 'legally binding security guarantees',
    summary: 'Sergey Lavrov: legally binding security guarantees',
    date: '2022-01-18',
    dateEnd: '2022-01-18',
    sources: [source('Russia’s top diplomat demanded “legally binding security guarantees”.', { article: 'a2' })],
  }),
  point('stoltenberg', {
    id: 'stoltenberg-talks',
    summary: 'Jens Stoltenberg: he had invited Russia to more security talks',
    sources: [source('Stoltenberg said he had invited Russia to more security talks, and mentioned Lavrov in passing.')],
  }),
  point('grushchenko', {
    id: 'grushchenko-proposals',
    quote: 'why our proposals cannot be accepted',
    summary: 'Aleksandr Grushchenko: why our proposals cannot be accepted',
    sources: [source('Grushchenko asked “why our proposals cannot be accepted”.')],
  }),
  point('blinken', {
    id: 'blinken-call',
    addressees: ['lavrov'],
    summary: 'Antony Blinken to Sergey Lavrov: In a call with Lavrov',
    sources: [source('In a call with Lavrov, Blinken stressed the importance of diplomacy.')],
  }),
  point('elysee', {
    id: 'elysee-contact',
    summary: 'Élysée Palace: confirmed the contact',
    sources: [source('The Elysee has confirmed the contact.', { article: 'a2' })],
  }),
  point('thomas-greenfield', {
    id: 'thomas-greenfield-council',
    quote: 'Thus the Council must act',
    summary: 'Linda Thomas-Greenfield: Thus the Council must act',
    sources: [source('“Thus the Council must act,” Thomas-Greenfield said of the U.S. position.')],
  }),
  point('us', {
    id: 'us-undated',
    date: null,
    dateEnd: null,
    datePrecision: 'unknown',
    summary: 'United States: is ready to talk',
    sources: [source('Washington is ready to talk.')],
  }),
];

/** The engine over `list`, with the actors above and `more`. */
export const engine = (list: Point[] = points, more: Dataset['actors'] = []): Promise<SearchEngine> =>
  SearchEngine.create(JSON.parse(JSON.stringify(buildSearchIndex(dataset(list, more)))) as SearchIndexFile);

/** The ids a query finds, best first. */
export function ids(search: SearchEngine, query: string, limit = 100): string[] {
  return search.search(query, limit).hits.map((hit) => hit.doc.id);
}
