/**
 * One actor across articles. Each article is read on its own, with the registry and the
 * people and bodies it names itself; this step then makes the actors of all articles one
 * cast: a person named in full is the same person in every article ("Lena Osei" here and
 * "Lena Osei" there), a surname alone is the one person of that surname named in full
 * anywhere (never a guess between two), a body is its name. Which spelling names an actor,
 * and its id, come from the first article in reading order, so the result is the same
 * whatever order the articles arrive in.
 */
import type { Actor, ArticleStatement, RegistryActor } from '../types.ts';
import { UNKNOWN_ACTOR } from './directory.ts';
import { normaliseName, slugify, transliterationKey } from './names.ts';

/** What one article's extraction hands on: its statements, and every actor they name. */
export interface ArticleCast {
  statements: readonly ArticleStatement[];
  actors: readonly Actor[];
}

export interface LinkedCast {
  statements: ArticleStatement[];
  actors: Actor[];
}

const INITIAL_AND_SURNAME = /^(\p{Lu})\.\s*(\S+)$/u;

/** The key two actors found in different articles share when they are one. */
function ownKey(actor: Actor, registered: ReadonlySet<string>): string {
  if (registered.has(actor.id) || actor.id === UNKNOWN_ACTOR.id) return `registry:${actor.id}`;
  if (actor.kind === 'person') return `person:${transliterationKey(actor.name)}`;
  return `${actor.kind}:${normaliseName(actor.name)}`;
}

const isFullName = (name: string): boolean => name.trim().includes(' ') && !INITIAL_AND_SURNAME.test(name.trim());

/**
 * A person named by a surname alone ("Osei"), or an initial and a surname ("L. Osei"): the one
 * person named in full anywhere whose surname (and initial) it is; null when none or several.
 */
function fullNameFor(actor: Actor, bySurname: ReadonlyMap<string, ReadonlySet<string>>, fullNames: ReadonlyMap<string, string>): string | null {
  if (actor.kind !== 'person' || isFullName(actor.name)) return null;
  const initialled = INITIAL_AND_SURNAME.exec(actor.name.trim());
  const surname = transliterationKey(initialled ? initialled[2]! : actor.name);
  const keys = [...(bySurname.get(surname) ?? [])].filter((k) => !initialled || fullNames.get(k)!.startsWith(initialled[1]!));
  return keys.length === 1 ? keys[0]! : null;
}

/** Links the casts of articles given in reading order into one. */
export function linkActors(casts: readonly ArticleCast[], registry: readonly RegistryActor[]): LinkedCast {
  const registered = new Set(registry.map((a) => a.id));
  const bySurname = new Map<string, Set<string>>();
  const fullNames = new Map<string, string>();
  for (const cast of casts) {
    for (const actor of cast.actors) {
      if (actor.kind !== 'person' || registered.has(actor.id) || !isFullName(actor.name)) continue;
      const key = ownKey(actor, registered);
      const surname = transliterationKey(actor.name.trim().split(/\s+/).at(-1)!);
      bySurname.set(surname, (bySurname.get(surname) ?? new Set()).add(key));
      if (!fullNames.has(key)) fullNames.set(key, actor.name);
    }
  }
  const keyOf = (actor: Actor): string => fullNameFor(actor, bySurname, fullNames) ?? ownKey(actor, registered);

  // One actor per key, named as the first article to name it did; every other name an alias.
  const linked = new Map<string, Actor>();
  const usedIds = new Set(registered);
  const byRegistryId = new Map(registry.map(({ roles: _roles, ...a }) => [a.id, a]));
  for (const cast of casts) {
    for (const actor of cast.actors) {
      const key = keyOf(actor);
      const known = linked.get(key);
      if (known) {
        for (const name of [actor.name, ...actor.aliases]) {
          if (name !== known.name && !known.aliases.includes(name)) known.aliases.push(name);
        }
        if (actor.description !== undefined) known.description ??= actor.description;
        if (actor.side !== undefined) known.side ??= actor.side;
        continue;
      }
      const base = byRegistryId.get(actor.id) ?? (actor.id === UNKNOWN_ACTOR.id ? UNKNOWN_ACTOR : null);
      const first: Actor = base
        ? { ...base, aliases: [...new Set([...base.aliases, ...actor.aliases])] }
        : { ...actor, id: freshId(actor.name, usedIds), aliases: [...actor.aliases] };
      usedIds.add(first.id);
      linked.set(key, first);
    }
  }

  const statements = casts.flatMap((cast) => {
    const global = new Map(cast.actors.map((a) => [a.id, linked.get(keyOf(a))!]));
    const find = (a: Actor): Actor => global.get(a.id) ?? linked.get(keyOf(a))!;
    return cast.statements.map((s) => {
      const speaker = find(s.speaker);
      const addressees = [...new Set(s.addressees.map(find))].filter((a) => a.id !== speaker.id);
      return { ...s, speaker, addressees };
    });
  });
  return { statements, actors: [...linked.values()] };
}

/** A readable id no other actor has: "lena-osei", else "lena-osei-2". */
function freshId(name: string, used: ReadonlySet<string>): string {
  let id = slugify(name);
  while (used.has(id)) id = `${id}-2`;
  return id;
}
