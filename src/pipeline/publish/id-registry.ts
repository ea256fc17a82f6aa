/**
 * The registry of published point and actor ids (`content/published-ids.json`, committed).
 *
 * A point's id is derived from what it is, so a corrected quote or a merge gives it a
 * new one. Links to the old id have been shared and must keep working: for every id
 * ever published the registry keeps enough of the point's identity — speaker, date,
 * words, and where each source reported it — to find its successor in a later build.
 * An actor found in the text takes its id from the first spelling read, and a registry
 * entry added later may name it anew: for each actor id the registry keeps its names.
 * Entries are only ever added: the registry is the memory of what is out there.
 */
import type { Actor, Dataset, Point } from '../types.ts';
import { normaliseWords, pointWords } from './point-words.ts';

export interface PublishedSource {
  article: string;
  /** Where the reporting sentence starts in the article's cleaned text, and its length. */
  offset: number;
  length: number;
  /** The words this source reported, normalised (`normaliseWords`). */
  words: string;
}

export interface PublishedPoint {
  speaker: string;
  date: string | null;
  /** The point's words (its quote, or the first report's words), normalised. */
  words: string;
  sources: PublishedSource[];
}

/** What an actor page was about: the names it went by, to find the actor that bears them now. */
export interface PublishedActor {
  name: string;
  aliases: string[];
}

export interface IdRegistry {
  format: 1;
  points: Record<string, PublishedPoint>;
  /** Actors with a page; absent from registries written before actors had pages. */
  actors?: Record<string, PublishedActor>;
}

export const emptyRegistry = (): IdRegistry => ({ format: 1, points: {}, actors: {} });

/** The actors of a dataset that have a page of their own. */
export const actorsWithPages = (dataset: Dataset): Actor[] => dataset.actors.filter((a) => a.path !== undefined);

export function identityOf(point: Point): PublishedPoint {
  return {
    speaker: point.speaker,
    date: point.date,
    words: normaliseWords(pointWords(point)),
    sources: point.sources.map((s) => ({ article: s.article, offset: s.offset, length: s.excerpt.length, words: normaliseWords(s.quote) })),
  };
}

const sourceKey = (s: PublishedSource): string => `${s.article}\u0000${s.offset}`;

const bySourcePosition = (a: PublishedSource, b: PublishedSource): number => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.offset - b.offset);

/**
 * The registry once `dataset` is published: every id it had, plus the dataset's. An id
 * already known keeps its identity and gains the sources it did not list yet, since a
 * later link to it may have been shared from either build.
 */
export function recordPublished(registry: IdRegistry, dataset: Dataset): IdRegistry {
  const points: Record<string, PublishedPoint> = { ...registry.points };
  for (const point of dataset.points) {
    const identity = identityOf(point);
    const known = points[point.id];
    if (!known) {
      points[point.id] = identity;
      continue;
    }
    const seen = new Set(known.sources.map(sourceKey));
    points[point.id] = { ...known, sources: [...known.sources, ...identity.sources.filter((s) => !seen.has(sourceKey(s)))] };
  }
  const actors: Record<string, PublishedActor> = { ...registry.actors };
  for (const actor of actorsWithPages(dataset)) {
    const known = actors[actor.id];
    const name = known?.name ?? actor.name;
    // A name it now goes by is one more way a later build may know it.
    const aliases = [...new Set([...(known?.aliases ?? []), actor.name, ...actor.aliases])].filter((a) => a !== name);
    actors[actor.id] = { name, aliases };
  }
  return { format: 1, points, actors };
}

/** Stable JSON: ids in order, sources by article and offset, so that the committed file diffs cleanly. */
export function serialiseRegistry(registry: IdRegistry): string {
  const points: Record<string, PublishedPoint> = {};
  for (const id of Object.keys(registry.points).sort()) {
    const p = registry.points[id]!;
    points[id] = { speaker: p.speaker, date: p.date, words: p.words, sources: [...p.sources].sort(bySourcePosition) };
  }
  const actors: Record<string, PublishedActor> = {};
  const published = registry.actors ?? {};
  for (const id of Object.keys(published).sort()) {
    const a = published[id]!;
    actors[id] = { name: a.name, aliases: [...a.aliases].sort() };
  }
  return `${JSON.stringify({ format: 1, points, actors }, null, 2)}\n`;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseSource(value: unknown, where: string): PublishedSource {
  if (!isRecord(value)) throw new Error(`${where}: a source must be an object`);
  const { article, offset, length, words } = value;
  if (!isString(article) || !Number.isInteger(offset) || !Number.isInteger(length) || !isString(words)) {
    throw new Error(`${where}: a source needs article (string), offset and length (integers) and words (string)`);
  }
  return { article, offset: offset as number, length: length as number, words };
}

/** The committed file, checked: a hand-edited registry with a mistake fails the build with the id at fault. */
export function parseIdRegistry(text: string, file: string): IdRegistry {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message})`);
  }
  if (!isRecord(data) || data.format !== 1 || !isRecord(data.points)) {
    throw new Error(`${file}: expected {"format": 1, "points": {…}}`);
  }
  const points: Record<string, PublishedPoint> = {};
  for (const [id, value] of Object.entries(data.points)) {
    const where = `${file}: "${id}"`;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new Error(`${where}: not a point id`);
    if (!isRecord(value)) throw new Error(`${where}: must be an object`);
    const { speaker, date, words, sources } = value;
    if (!isString(speaker) || !(date === null || isString(date)) || !isString(words) || !Array.isArray(sources)) {
      throw new Error(`${where}: needs speaker, date (string or null), words and sources`);
    }
    points[id] = { speaker, date, words, sources: sources.map((s) => parseSource(s, where)) };
  }
  const actors: Record<string, PublishedActor> = {};
  if (data.actors !== undefined && !isRecord(data.actors)) throw new Error(`${file}: "actors" must be an object of actor ids`);
  for (const [id, value] of Object.entries(data.actors ?? {})) {
    const where = `${file}: actor "${id}"`;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new Error(`${where}: not an actor id`);
    if (!isRecord(value) || !isString(value.name) || !Array.isArray(value.aliases) || !value.aliases.every(isString)) {
      throw new Error(`${where}: needs name (string) and aliases (strings)`);
    }
    actors[id] = { name: value.name, aliases: value.aliases };
  }
  return { format: 1, points, actors };
}
