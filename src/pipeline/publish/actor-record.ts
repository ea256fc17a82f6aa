/**
 * An actor's record, for its page: what it said and what was said to it, newest first, and
 * how often it spoke, in which kind of act, to whom ("told Blinken 4 times, NATO 3 times").
 */
import type { Actor, Dataset, Point } from '../types.ts';

export interface Tally {
  /** A kind of act, or an actor id. */
  key: string;
  count: number;
}

export interface ActorRecord {
  actor: Actor;
  /** What it said, newest first, undated last. */
  said: Point[];
  /** What others said to it, newest first, undated last. */
  toldBy: Point[];
  /** Its own acts by kind, most frequent first. */
  byKind: Tally[];
  /** Whom it addressed, most often first; a statement to several counts for each. */
  byAddressee: Tally[];
  /** Who addressed it, most often first. */
  bySpeaker: Tally[];
  /** Its own statements addressed to no one named. */
  toNoOne: number;
}

/** Newest first by the latest day a point can have; undated last; ties by id, so every build agrees. */
export function newestFirst(a: Point, b: Point): number {
  const da = a.dateEnd ?? a.date;
  const db = b.dateEnd ?? b.date;
  if (da === null || db === null) return da === db ? a.id.localeCompare(b.id) : da === null ? 1 : -1;
  return db.localeCompare(da) || (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);
}

function tally(keys: readonly string[]): Tally[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Every actor's record, from one pass over the points: what each said, and what was said to each. */
export function actorRecords(actors: readonly Actor[], points: readonly Point[]): Map<string, ActorRecord> {
  const said = new Map<string, Point[]>(actors.map((a) => [a.id, []]));
  const toldBy = new Map<string, Point[]>(actors.map((a) => [a.id, []]));
  for (const p of points) {
    said.get(p.speaker)?.push(p);
    for (const id of new Set(p.addressees)) if (id !== p.speaker) toldBy.get(id)?.push(p);
  }
  return new Map(
    actors.map((actor) => {
      const own = said.get(actor.id)!.sort(newestFirst);
      const heard = toldBy.get(actor.id)!.sort(newestFirst);
      const record: ActorRecord = {
        actor,
        said: own,
        toldBy: heard,
        byKind: tally(own.map((p) => p.kind)),
        byAddressee: tally(own.flatMap((p) => p.addressees)),
        bySpeaker: tally(heard.map((p) => p.speaker)),
        toNoOne: own.filter((p) => p.addressees.length === 0).length,
      };
      return [actor.id, record];
    }),
  );
}

/** The actors with pages, grouped by the side they speak for (those of no side last, under `other`), each side's by name. */
export function actorsBySide(dataset: Dataset, other: string): { side: string; actors: Actor[] }[] {
  const sides = new Map<string, Actor[]>();
  for (const actor of dataset.actors) {
    if (actor.path === undefined) continue;
    const side = actor.side ?? other;
    sides.set(side, [...(sides.get(side) ?? []), actor]);
  }
  return [...sides]
    .sort(([a], [b]) => Number(a === other) - Number(b === other) || a.localeCompare(b))
    .map(([side, actors]) => ({ side, actors: actors.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)) }));
}

/** "4 times", "once". */
export const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

const PLURAL: Record<string, string> = { statement: 'statements', document: 'documents', call: 'calls', meeting: 'meetings', denial: 'denials' };

/** "1 call", "3 documents"; a kind added later is counted as it is named. */
export const countOf = (count: number, kind: string): string => `${count} ${count === 1 ? kind : (PLURAL[kind] ?? `${kind}s`)}`;

/** "a, b and c". */
export const listOf = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** One line for previews and descriptions: "12 statements and 2 calls; told Antony Blinken 4 times, NATO 3 times". */
export function recordLine(record: ActorRecord, nameOf: (id: string) => string, most = 3): string {
  const kinds = record.byKind.length > 0 ? listOf(record.byKind.map((t) => countOf(t.count, t.key))) : 'Nothing said in the articles';
  const told = record.byAddressee.slice(0, most).map((t) => `${nameOf(t.key)} ${times(t.count)}`);
  const heard = record.toldBy.length > 0 ? `; addressed ${times(record.toldBy.length)}` : '';
  return `${kinds}${told.length > 0 ? `; told ${told.join(', ')}` : ''}${heard}`;
}
