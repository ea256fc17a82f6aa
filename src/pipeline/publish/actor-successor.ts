/**
 * What became of a published actor id that the current build no longer has: the actor that
 * now bears one of its names (its page then redirects there), or none (its page says so).
 */
import { normaliseName, transliterationKey } from '../actors/names.ts';
import type { Actor, Dataset } from '../types.ts';
import { actorsWithPages, type IdRegistry, type PublishedActor } from './id-registry.ts';

export type RetiredActor = { id: string; kind: 'moved'; to: Actor } | { id: string; kind: 'removed'; name: string };

/** The ways a name is compared: as written, less case and punctuation, and with transliteration variants folded. */
const keysOf = (names: readonly string[]): string[] => names.flatMap((n) => [`n:${normaliseName(n)}`, `t:${transliterationKey(n)}`]);

/** The one current actor that goes by a name the published one went by; null when none or several do. */
export function actorSuccessor(published: PublishedActor, actors: readonly Actor[]): Actor | null {
  const wanted = new Set(keysOf([published.name, ...published.aliases]));
  const found = actors.filter((a) => keysOf([a.name, ...a.aliases]).some((k) => wanted.has(k)));
  return found.length === 1 ? found[0]! : null;
}

/** Every published actor id the dataset no longer has a page for, with its successor or none; in id order. */
export function retiredActors(registry: IdRegistry, dataset: Dataset): RetiredActor[] {
  const actors = actorsWithPages(dataset);
  const current = new Set(actors.map((a) => a.id));
  const published = registry.actors ?? {};
  return Object.keys(published)
    .filter((id) => !current.has(id))
    .sort()
    .map((id): RetiredActor => {
      const to = actorSuccessor(published[id]!, actors);
      return to ? { id, kind: 'moved', to } : { id, kind: 'removed', name: published[id]!.name };
    });
}
