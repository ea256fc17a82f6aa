/**
 * Every actor a build knows: the curated registry first, then the people and
 * bodies found in the articles. One actor however the articles name it: lookups
 * fold case, dots, possessives and transliteration variants.
 */
import type { Actor, ActorKind, RegistryActor } from '../types.ts';
import { normaliseName, slugify, transliterationKey } from './names.ts';
import { NameIndex, type NameMatch } from './name-index.ts';
import { DEMONYMS, OFFICE_SYNONYMS } from '../lexicon.ts';

/** The registry's actor for reporters and briefings. */
export const PRESS_ID = 'press';

export const UNKNOWN_ACTOR: Actor = {
  id: 'unknown',
  name: 'Unresolved speaker',
  aliases: [],
  kind: 'unknown',
  description: 'The articles do not say clearly who this is.',
};

interface Office {
  office: string;
  side: string | null;
}

/** "Russia's top diplomat" and "Foreign Minister of Russia" both come to {foreign minister, Russia}. */
function normaliseOffice(text: string): string {
  let office = normaliseName(text)
    .replace(/\b(?:senior|top|chief|former|acting|current|then)\b(?! diplomat)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [variant, canonical] of Object.entries(OFFICE_SYNONYMS)) {
    office = office.replace(new RegExp(`\\b${variant}\\b`), canonical);
  }
  return office;
}

function parseRole(role: string): Office {
  const m = /^(.*?)\s+of\s+(?:the\s+)?(.+)$/.exec(role);
  return m ? { office: normaliseOffice(m[1]!), side: m[2]! } : { office: normaliseOffice(role), side: null };
}

export class ActorDirectory {
  readonly #actors = new Map<string, Actor>();
  readonly #byAlias = new Map<string, string>();
  readonly #byKey = new Map<string, string>();
  readonly #offices: Array<{ id: string } & Office> = [];
  readonly #sides = new Map<string, string>();
  /** Every capitalised text a lookup knows: what a scan of the text looks for. */
  readonly #names = new NameIndex();

  constructor(registry: readonly RegistryActor[]) {
    for (const { roles, ...actor } of registry) {
      this.#add({ ...actor, aliases: [...actor.aliases] });
      for (const role of roles) this.#offices.push({ id: actor.id, ...parseRole(role) });
    }
    this.#actors.set(UNKNOWN_ACTOR.id, { ...UNKNOWN_ACTOR });
  }

  #add(actor: Actor): Actor {
    this.#actors.set(actor.id, actor);
    for (const name of [actor.name, ...actor.aliases]) this.#index(actor.id, name);
    if (actor.kind === 'country' && actor.side) this.#sides.set(actor.side, actor.id);
    return actor;
  }

  #index(id: string, name: string): void {
    const key = normaliseName(name);
    if (key && !this.#byAlias.has(key)) {
      this.#byAlias.set(key, id);
      if (id !== PRESS_ID && /\p{Lu}/u.test(name)) this.#names.add(name);
    }
    const folded = transliterationKey(name);
    if (folded.includes(' ') && !this.#byKey.has(folded)) this.#byKey.set(folded, id);
  }

  get(id: string): Actor {
    return this.#actors.get(id) ?? UNKNOWN_ACTOR;
  }

  /** An actor named exactly so (any alias, any case, with or without "the"). */
  byText(text: string): Actor | null {
    const id = this.#byAlias.get(normaliseName(text)) ?? this.#byKey.get(transliterationKey(text));
    return id ? this.get(id) : null;
  }

  /** The actor that speaks for a side ("Russia" → the country). */
  bySide(side: string): Actor | null {
    const id = this.#sides.get(side);
    return id ? this.get(id) : null;
  }

  /** The one registry actor holding an office: "Russia's top diplomat" → the Foreign Minister of Russia. */
  byOffice(description: string, side: string | null): Actor | null {
    const office = officeOf(description, side);
    const ids = new Set(this.#offices.filter((o) => o.office === office && (side === null || o.side === side)).map((o) => o.id));
    return ids.size === 1 ? this.get([...ids][0]!) : null;
  }

  /** A person or body found in the text and not in the registry; the same name always gives the same actor. */
  discover(name: string, kind: ActorKind, description: string | null, side: string | null): Actor {
    const existing = this.byText(name);
    if (existing) return existing;
    let id = slugify(name);
    while (this.#actors.has(id)) id = `${id}-2`;
    const actor: Actor = { id, name, aliases: [], kind };
    if (description) actor.description = description;
    if (side) actor.side = side;
    return this.#add(actor);
  }

  /** The country a side names, found in the text if the registry does not list it. */
  country(side: string): Actor {
    return this.bySide(side) ?? this.byText(side) ?? this.discover(side, 'country', null, side);
  }

  /**
   * An actor known only by its role and side: "Iran's chief nuclear negotiator",
   * "Azerbaijan's foreign ministry". Not a guess — the text names no one else.
   */
  byRole(description: string, side: string, organisation: boolean): Actor {
    const office = officeOf(description, side) || description.toLowerCase();
    // The words as the article has them, less the side they name: "Sylvania's Foreign Ministry" → "Foreign Ministry".
    const words = description
      .replace(/^(?:the|a|an)\s+/i, '')
      .split(/\s+/)
      .filter((w) => officeOf(w, side) !== '')
      .join(' ');
    const label = words || office;
    const name = `${label.charAt(0).toUpperCase()}${label.slice(1)} (${side})`;
    return (
      this.byText(name) ??
      this.#add({
        id: slugify(name),
        name,
        aliases: [],
        kind: organisation ? 'organisation' : 'person',
        description: `${office} of ${side}`,
        side,
      })
    );
  }

  /** An unnamed source ("a U.S. official"): one actor per role and side. */
  anonymous(head: string, side: string | null): Actor {
    // "officials" → official; "actress" stays whole.
    const role = head.replace(/(?<!s)s$/, '');
    const name = side ? `Unnamed ${role} (${side})` : `Unnamed ${role}`;
    return (
      this.byText(name) ??
      this.#add({
        id: slugify(name),
        name,
        aliases: [],
        kind: 'person',
        description: `an unnamed ${role}`,
        ...(side ? { side } : {}),
      })
    );
  }

  /** A group named by common nouns ("police", "farmers in the valley"): one actor per wording and side. */
  group(words: string, side: string | null): Actor {
    const bare = words.replace(/^(?:the|some|many|most|several|few|both|all|other|those|these)\s+/i, '');
    const label = `${bare.charAt(0).toUpperCase()}${bare.slice(1)}`;
    const name = side && !bare.toLowerCase().includes(side.toLowerCase()) ? `${label} (${side})` : label;
    return this.byText(name) ?? this.#add({ id: slugify(name), name, aliases: [], kind: 'group', description: bare, ...(side ? { side } : {}) });
  }

  /**
   * Remembers how an article named the actor, for the dataset's aliases and for search.
   * Only names become lookups: "the Russian diplomat" means Lavrov in one article and
   * someone else in the next.
   */
  noteAlias(id: string, text: string, isName: boolean): void {
    const actor = this.#actors.get(id);
    const clean = text.replace(/^(?:the|a|an)\s+/i, '').trim();
    if (!actor || actor.id === UNKNOWN_ACTOR.id || clean === '' || clean === actor.name) return;
    if (!actor.aliases.includes(clean)) actor.aliases.push(clean);
    if (isName) this.#index(id, clean);
  }

  /** The names the directory knows, where `text` mentions them. */
  findNames(text: string): NameMatch[] {
    return this.#names.find(text);
  }

  all(): Actor[] {
    return [...this.#actors.values()];
  }
}

/** The office in a description, without the nationality or side: "Russian Foreign Minister" → "foreign minister". */
export function officeOf(description: string, side: string | null = null): string {
  const sideWords = new Set(side ? normaliseName(side).split(' ') : []);
  const words = normaliseOffice(description).split(' ');
  return words.filter((w) => w !== '' && !(w in DEMONYMS) && !sideWords.has(w) && w !== 'country').join(' ');
}
