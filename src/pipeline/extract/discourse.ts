/**
 * Who a mention means, given what the article said before it: pronouns go to
 * the last fitting speaker, role nouns ("the Russian diplomat", "the official")
 * to the last fitting mention, names to the registry or to a newly found actor.
 * When nothing fits, the answer is the unknown actor: a wrong speaker on a
 * public site is worse than a missing one.
 */
import type { Actor } from '../types.ts';
import { ActorDirectory, PRESS_ID, UNKNOWN_ACTOR } from '../actors/directory.ts';
import { analyseMention, type MentionInfo } from './mention.ts';
import { ORGANISATION_HEADS, ROLE_HEADS } from './lexicon.ts';

interface Entry {
  at: number;
  actor: Actor;
  info: MentionInfo;
  speaker: boolean;
}

/** Role nouns that can refer back to a mention described with another word. */
const HEAD_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  diplomat: ['diplomat', 'minister', 'ambassador', 'envoy', 'secretary of state', 'foreign', 'representative'],
  minister: ['minister'],
  spokesman: ['spokesman', 'spokeswoman', 'spokesperson'],
  spokeswoman: ['spokesman', 'spokeswoman', 'spokesperson'],
  spokesperson: ['spokesman', 'spokeswoman', 'spokesperson'],
  leader: ['leader', 'president', 'prime minister', 'chancellor', 'premier'],
  counterpart: ['minister', 'president', 'secretary', 'chancellor', 'leader', 'counterpart'],
};

const PERSON_KINDS = new Set(['person']);
const BODY_KINDS = new Set(['organisation', 'country', 'group']);

const INDEFINITE_ROLE = new RegExp(
  String.raw`\b(?:an?|one|two|three|several)\s+(?:[\p{L}.’'-]+\s+){0,3}?(?:${ROLE_HEADS.join('|')})s?\b(?:\s+(?:for|of|from|at|in)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*)?`,
  'gu',
);
const NAME_RUN = /(?:\b[\p{Ll}.’'-]+\s+){0,3}(?:\p{Lu}[\p{L}.’'-]*\s+){1,5}?\p{Lu}[\p{L}’'-]+/gu;

export class Discourse {
  readonly #entries: Entry[] = [];
  /** Where each sentence scanned so far starts: a pronoun looks first at the previous sentence's subject. */
  readonly #sentenceStarts: number[] = [];
  #namePattern: { size: number; pattern: RegExp } | null = null;

  constructor(readonly directory: ActorDirectory) {}

  /** Records the people and bodies a sentence mentions, so later role nouns and pronouns can point back to them. */
  scan(text: string, offset: number): void {
    this.#sentenceStarts.push(offset);
    for (const m of text.matchAll(this.#knownNames())) {
      const actor = this.directory.byText(m[0]);
      if (actor) this.record(actor, { ...analyseMention(m[0])!, form: 'name' }, m.index + offset, false);
    }
    for (const m of text.matchAll(INDEFINITE_ROLE)) {
      const info = analyseMention(m[0]);
      if (info && info.form === 'role' && info.head) this.#note(m.index + offset, info, false);
    }
    for (const m of text.matchAll(NAME_RUN)) {
      const info = analyseMention(m[0]);
      if (info && info.form === 'name') this.#note(m.index + offset, info, false);
    }
  }

  /** Names the directory knows, longest first, as whole words; rebuilt only when the directory grows. */
  #knownNames(): RegExp {
    const names = this.directory.names().filter((n) => /\p{Lu}/u.test(n.text));
    if (this.#namePattern?.size !== names.length) {
      const alternatives = [...new Set(names.map((n) => n.text))]
        .sort((a, b) => b.length - a.length)
        .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"));
      this.#namePattern = { size: names.length, pattern: new RegExp(`(?<![\\p{L}])(?:${alternatives.join('|')})(?![\\p{L}])`, 'gu') };
    }
    return this.#namePattern.pattern;
  }

  #note(at: number, info: MentionInfo, speaker: boolean): void {
    if (this.#entries.some((e) => e.at <= at && at < e.at + e.info.text.length)) return;
    const actor = this.resolve(info, at);
    if (actor.id !== UNKNOWN_ACTOR.id) this.record(actor, info, at, speaker);
  }

  record(actor: Actor, info: MentionInfo, at: number, speaker: boolean): void {
    this.#entries.push({ at, actor, info, speaker });
    this.#entries.sort((a, b) => a.at - b.at);
    if (info.form !== 'pronoun' && info.form !== 'relative') this.directory.noteAlias(actor.id, info.text, info.form === 'name');
  }

  /** The actor a mention at offset `at` means. */
  resolve(info: MentionInfo, at: number): Actor {
    switch (info.form) {
      case 'pronoun':
        return this.#pronoun(info, at);
      case 'relative':
        return this.#last(at, (e) => PERSON_KINDS.has(e.actor.kind) || BODY_KINDS.has(e.actor.kind))?.actor ?? UNKNOWN_ACTOR;
      case 'name':
        return this.#name(info, at);
      case 'role':
        return this.#role(info, at);
      case 'phrase':
        return this.#phrase(info);
    }
  }

  #before(at: number): Entry[] {
    return this.#entries.filter((e) => e.at <= at);
  }

  #last(at: number, test: (e: Entry) => boolean): Entry | undefined {
    return this.#before(at).findLast(test);
  }

  /** The previous sentence's subject if it fits, else the last fitting speaker, else the last fitting mention. */
  #pronoun(info: MentionInfo, at: number): Actor {
    const wantsPerson = info.pronoun === 'male' || info.pronoun === 'female';
    const fits = (e: Entry) =>
      e.actor.id !== PRESS_ID && (wantsPerson ? PERSON_KINDS.has(e.actor.kind) : BODY_KINDS.has(e.actor.kind) || e.info.plural);
    const here = this.#sentenceStarts.findLast((start) => start <= at) ?? 0;
    const previousStart = this.#sentenceStarts.findLast((start) => start < here) ?? -1;
    const subject = this.#entries.find((e) => e.at >= previousStart && e.at < here);
    if (subject && fits(subject)) return subject.actor;
    return (this.#last(at, (e) => e.speaker && fits(e)) ?? this.#last(at, fits))?.actor ?? UNKNOWN_ACTOR;
  }

  #name(info: MentionInfo, at: number): Actor {
    const name = info.name!;
    const known = this.directory.byText(info.text) ?? this.directory.byText(name);
    if (known) return known;
    // A surname alone points to the full name mentioned earlier ("Grushko" after "Alexander Grushko").
    const earlier = this.#last(at, (e) => e.actor.kind === 'person' && e.actor.name.split(' ').at(-1) === name);
    if (earlier) return earlier.actor;
    if (!name.includes(' ') && !info.description && !info.organisation) {
      // A lone capitalised word that no one introduced may be a place or a word at a sentence's start.
      const side = info.side ? this.directory.bySide(info.side) : null;
      if (side) return side;
    }
    return this.directory.discover(name, info.organisation ? 'organisation' : 'person', info.description, info.side);
  }

  #role(info: MentionInfo, at: number): Actor {
    if (info.author) return this.resolve(info.author, at);
    const exact = this.directory.byText(info.text) ?? (info.description ? this.directory.byText(info.description) : null);
    if (exact) return exact;
    const head = info.head ?? '';
    if (info.definite) {
      const antecedent = this.#last(at, (e) => compatible(e, info));
      if (antecedent) return antecedent.actor;
    }
    const office = info.description ? this.directory.byOffice(info.description, info.side) : null;
    if (office) return office;
    if (!info.definite && !ORGANISATION_HEADS.has(head)) return this.directory.anonymous(head, info.side);
    return UNKNOWN_ACTOR;
  }

  #phrase(info: MentionInfo): Actor {
    const exact = this.directory.byText(info.text);
    if (exact) return exact;
    // "Washington and NATO": the first of joint speakers.
    const first = info.text.split(/\s+and\s+|,\s*/)[0]!;
    return (first !== info.text && this.directory.byText(first)) || UNKNOWN_ACTOR;
  }
}

function compatible(entry: Entry, info: MentionInfo): boolean {
  const head = (info.head ?? '').replace(/s$/, '');
  const haystack = [entry.info.description, entry.info.head, entry.actor.description, entry.info.text]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  const family = HEAD_FAMILIES[head] ?? [head];
  if (!family.some((word) => haystack.includes(word))) return false;
  const organisationWanted = ORGANISATION_HEADS.has(head);
  if (organisationWanted !== (entry.actor.kind !== 'person')) return false;
  const entrySide = entry.actor.side ?? entry.info.side;
  return !(info.side && entrySide && info.side !== entrySide);
}
