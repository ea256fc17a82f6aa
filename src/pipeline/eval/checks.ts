/**
 * Judging a matched pair's attributes: speaker, addressees and date.
 */
import type { Actor, Point } from '../types.ts';
import type { GoldStatement } from './gold.ts';
import { normaliseName } from './text.ts';

export type ActorIndex = ReadonlyMap<string, Actor>;

export function indexActors(actors: readonly Actor[]): ActorIndex {
  return new Map(actors.map((actor) => [actor.id, actor]));
}

function actorNames(actor: Actor): Set<string> {
  return new Set([actor.name, ...actor.aliases].map(normaliseName));
}

/** An actor is one of the gold's acceptable names when its name or any alias equals one of them. */
function actorIsNamed(actor: Actor | undefined, names: readonly string[]): boolean {
  if (!actor) return false;
  const own = actorNames(actor);
  return names.some((name) => own.has(normaliseName(name)));
}

export function speakerIsCorrect(gold: GoldStatement, point: Point, actors: ActorIndex): boolean {
  const actor = actors.get(point.speaker);
  if (gold.speaker === null) return point.speaker === 'unknown' || actor?.kind === 'unknown';
  return actorIsNamed(actor, gold.speaker);
}

/**
 * The addressees are right when each gold addressee is a distinct predicted one and nothing
 * is left over; the order of either list does not matter.
 */
export function addresseesAreCorrect(gold: GoldStatement, point: Point, actors: ActorIndex): boolean {
  if (point.addressees.length !== gold.addressees.length) return false;
  const predicted = point.addressees.map((id) => actors.get(id));
  const taken = new Set<number>();
  // Backtracking is enough: addressee lists have a handful of entries at most.
  const assign = (g: number): boolean => {
    if (g === gold.addressees.length) return true;
    const names = gold.addressees[g] ?? [];
    for (let p = 0; p < predicted.length; p += 1) {
      if (taken.has(p) || !actorIsNamed(predicted[p], names)) continue;
      taken.add(p);
      if (assign(g + 1)) return true;
      taken.delete(p);
    }
    return false;
  };
  return assign(0);
}

/**
 * Exact agreement, except that a point built from several articles may take its date from
 * its most precise source: for gold statements that report a shared act (`same`), any range
 * inside the gold range (a null gold range being unbounded) is right.
 */
export function dateIsCorrect(gold: GoldStatement, point: Point): boolean {
  if (point.date === gold.date && point.dateEnd === gold.dateEnd) return true;
  const articles = new Set(point.sources.map((source) => source.article));
  if (gold.same === undefined || articles.size < 2) return false;
  if (gold.date === null || gold.dateEnd === null) return true;
  if (point.date === null || point.dateEnd === null) return false;
  return point.date >= gold.date && point.dateEnd <= gold.dateEnd;
}

export function describeActor(id: string, actors: ActorIndex): string {
  const actor = actors.get(id);
  return actor ? `${actor.name} (${id})` : `${id} (no such actor)`;
}

export function describeRange(date: string | null, dateEnd: string | null): string {
  if (date === null && dateEnd === null) return 'undated';
  return date === dateEnd ? String(date) : `${date ?? '?'}..${dateEnd ?? '?'}`;
}
