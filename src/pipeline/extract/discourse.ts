/**
 * Who a mention means, given what the article said before it: pronouns go to
 * the last fitting speaker, role nouns ("the Russian diplomat", "the official")
 * to the last fitting mention, names to the registry or to a newly found actor.
 * When nothing fits, the answer is the unknown actor: a wrong speaker on a
 * public site is worse than a missing one.
 */
import type { Actor } from '../types.ts';
import { type ActorDirectory, PRESS_ID, UNKNOWN_ACTOR, officeOf } from '../actors/directory.ts';
import { analyseMention, type MentionInfo } from './mention.ts';
import { DOCUMENT_HEADS, NATIONALITIES, ORGANISATION_HEADS, PLACES, ROLE_HEADS, SENTENCE_OPENERS, namesPeople } from '../lexicon.ts';
import { normaliseName, transliterationKey } from '../actors/names.ts';
import { CUE_KINDS } from './verbs.ts';
import { MentionLog, REFERENCE_WINDOW, firstAtOrAfter, type Entry } from './mention-log.ts';
import { CAPITALISED, CAPITALISED_RUN, NAME_WORD } from './patterns.ts';
import { fire, type Rule } from '../rule.ts';
import { leadingSubject } from './speakers.ts';

/** Role nouns that can refer back to a mention described with another word. */
const HEAD_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  diplomat: ['diplomat', 'minister', 'ambassador', 'envoy', 'secretary of state', 'foreign', 'representative'],
  minister: ['minister'],
  spokesman: ['spokesman', 'spokeswoman', 'spokesperson'],
  spokeswoman: ['spokesman', 'spokeswoman', 'spokesperson'],
  spokesperson: ['spokesman', 'spokeswoman', 'spokesperson'],
  leader: ['leader', 'president', 'prime minister', 'chancellor', 'premier'],
  counterpart: ['minister', 'president', 'secretary', 'chancellor', 'leader', 'counterpart'],
  colleague: ['minister', 'president', 'secretary', 'chancellor', 'leader', 'counterpart'],
  // "Gov. Ana Ruiz … the governor said": a title's abbreviation names the same office.
  governor: ['governor', 'gov.'],
  senator: ['senator', 'sen.'],
  congressman: ['congressman', 'rep.'],
  congresswoman: ['congresswoman', 'rep.'],
  lawmaker: ['lawmaker', 'senator', 'sen.', 'congressman', 'congresswoman', 'rep.', 'representative'],
  general: ['general', 'gen.'],
  admiral: ['admiral', 'adm.'],
  colonel: ['colonel', 'col.'],
  lieutenant: ['lieutenant', 'lt.'],
  professor: ['professor', 'prof.'],
};

/** A capitalised word after a lowercase one: inside a sentence, only names are capitalised. */
const CAPITALISED_INSIDE = /(?<=\p{Ll}[,;]?\s+)\p{Lu}[\p{L}'’-]+/gu;

const PERSON_KINDS = new Set(['person']);
const BODY_KINDS = new Set(['organisation', 'country', 'group']);

const INDEFINITE_ROLE = new RegExp(
  String.raw`\b(?:an?|one|two|three|several)\s+(?:[\p{L}.’'-]+\s+){0,3}?(?:${ROLE_HEADS.join('|')})s?\b(?:\s+(?:for|of|from|at|in)\s+(?:the\s+)?${CAPITALISED}(?:\s+${CAPITALISED})*)?`,
  'gu',
);
const ROLE_WORDS = ROLE_HEADS.join('|');
/** A run of capitalised words: "Ned Price", "Foreign Minister Ana Ruiz". */
const CAPITALISED_WORDS = new RegExp(String.raw`(?:${CAPITALISED}\s+){0,5}${NAME_WORD}`, 'gu');
/** The role noun right before a run of capitalised words: "spokesman Ned Price". */
const ROLE_BEFORE = new RegExp(String.raw`\b(?:${ROLE_WORDS})\s+$`, 'u');

/**
 * Runs of capitalised words, each with the role noun before it if there is one. (One pattern
 * that tried every role noun at every character cost a fifth of reading a long article.)
 */
function* nameRuns(text: string): Generator<{ index: number; text: string }> {
  for (const m of text.matchAll(CAPITALISED_WORDS)) {
    // "Said Comey, …": a verb of saying that opens the sentence is no part of the name after it.
    const verb = m.index === 0 ? /^(\p{Lu}\p{Ll}+)\s+/u.exec(m[0]) : null;
    const skip = verb && CUE_KINDS.has(verb[1]!.toLowerCase()) ? verb[0].length : 0;
    const role = ROLE_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    const start = role ? m.index - role[0].length : m.index + skip;
    yield { index: start, text: text.slice(start, m.index + m[0].length) };
  }
}
/** "Yerlan Abdikarimov, Kazakhstan's minister of water resources,": a name, then the role it holds. */
const NAME_THEN_ROLE = new RegExp(
  String.raw`(?<!\p{Lu}[\p{L}'’-]*\s)${NAME_WORD}(?:\s+${NAME_WORD}){1,2},\s+(?:(?:the|a|an)\s+|\p{Lu}[\p{L}-]*['’]s?\s+)(?:[\p{L}.’'-]+\s+){0,3}?(?:${ROLE_WORDS})\b(?:\s+(?:of|for)\s+[\p{L}\s]{1,40}?)?(?=,)`,
  'gu',
);
/**
 * What `NAME_THEN_ROLE` needs at all: a role noun after a comma. Tested first, with no Unicode
 * classes, on every paragraph: the pattern itself was the costliest of all on long articles.
 */
const ROLE_AFTER_COMMA = new RegExp(String.raw`,\s[^,]*\b(?:${ROLE_WORDS})\b`);
/** What every appositive below ends with: a comma, then a full name. */
const COMMA_FULL_NAME = new RegExp(String.raw`,\s+${NAME_WORD}\s+${NAME_WORD}`, 'u');

/** Appositives in `text`; only texts with a comma before a full name are searched, which is most of the saving. */
function* appositives(text: string): Generator<{ index: number; text: string }> {
  if (!COMMA_FULL_NAME.test(text)) return;
  for (const m of text.matchAll(APPOSITIVE)) yield { index: m.index, text: m[0] };
}

/** "the country's chief negotiator, Mehdi Karimi": a role, then the name it belongs to. */
const APPOSITIVE = new RegExp(
  String.raw`(?:(?:the|an?)\s+)?(?:[\p{L}'’.-]+\s+){0,5}?(?:${ROLE_WORDS})s?(?:\s+(?:for|of|to|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)?,\s+${NAME_WORD}(?:\s+${NAME_WORD})+`,
  'gu',
);

/** A written text the article has named with its author ("Washington's responses to Russian …"), and whom it was for. */
export interface DocumentMention {
  at: number;
  author: Actor;
  addressee: Actor | null;
}

const WRITTEN_NOUNS = String.raw`(?:responses?|letters?|documents?|proposals?|repl(?:y|ies)|answers?|notes?|statements?|readouts?|communiques?|follow-ups?)`;
/** "Washington's responses to Russian security recommendations", "Russia's letter to NATO". */
const POSSESSED_DOCUMENT = new RegExp(
  String.raw`(${CAPITALISED_RUN})['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?${WRITTEN_NOUNS}\b(?:\s+to\s+(?:the\s+)?(${CAPITALISED_RUN}))?`,
  'gu',
);
/** "a written follow-up from Russia". */
const DOCUMENT_FROM = new RegExp(String.raw`\b${WRITTEN_NOUNS}\s+from\s+(?:the\s+)?(${CAPITALISED_RUN})`, 'gu');
/** The verb of receiving just before a document's name: "they have received “a written follow-up". */
const RECEIVED = /\b(?:received|receive|receiving|got|obtained)\s+(?:[“"‘']\s*)?(?:(?:a|an|the|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
/** "The Kremlin issued a statement", "NATO delivered its written response to Russia": the subject wrote it. */
const SENT_DOCUMENT = new RegExp(
  String.raw`\b(?:issued|released|published|sent|delivered|handed(?:\s+over)?|submitted)\s+(?:a|an|its|their|the)\s+(?:[\p{Ll}-]+\s+){0,2}?${WRITTEN_NOUNS}\b(?:\s+to\s+(?:the\s+)?(${CAPITALISED_RUN}))?`,
  'gu',
);

/** "A. Zhaksybekov": an initial and a surname. */
const INITIAL_AND_SURNAME = new RegExp(String.raw`^(\p{Lu})\.\s*(${NAME_WORD})$`, 'u');

export const COREFERENCE_RULES = {
  knownName: {
    name: 'coreference.known-name',
    what: 'a name, alias or phrase the registry or the article already knows is that actor ("Ruiz", "Freedonia City")',
    fires: ['Ana Ruiz said the border would reopen on Friday.'],
  },
  surname: {
    name: 'coreference.surname-of-full-name',
    what: '"Brenner" (or "T. Brenner") after "Tomas Brenner": a surname alone points to the person named in full before',
    fires: ['Ivo Marek arrived in the capital on Monday.\n\nMarek said the reservoir was already full.'],
  },
  placeForCountry: {
    name: 'coreference.place-for-country',
    what: '"Tehran said", "Baku has long demanded": a capital or a country speaks for its country',
    fires: ['Tehran said the talks in Vienna had made progress on Monday.'],
  },
  newName: {
    name: 'coreference.new-name',
    what: 'a name nobody knows yet is a new actor, a person unless its words name a body',
    fires: ['Ivo Marek said the reservoir was already full.'],
  },
  roleOpensSentence: {
    name: 'coreference.role-opens-sentence',
    what: '"The ambassador had handed …, and he said": a definite role opening a sentence is a mention that later pronouns point back to',
    fires: [
      'Ana Ruiz met the Sylvanian ambassador, Ivo Marek, on Monday. The ambassador had handed over a note, and he said the same day that Sylvania expected an answer.',
    ],
  },
  nameOpensSentence: {
    name: 'coreference.name-opens-sentence',
    what: 'one capitalised word opening a sentence is a name when the article also capitalises it inside a sentence ("Marek came out …" after "… met Marek")',
    fires: [
      'Tomas Brenner met Ivo Marek in Port Sylvan on Monday.\n\nMarek came out to the press for a few minutes. Asked whether Sylvania had won, he said the talks had gone well.',
    ],
    doesNotFire: ['Ana Ruiz visited the dam on Monday. Farmers waited by the road. She said the gates would open on Friday.'],
  },
  relative: {
    name: 'coreference.relative-pronoun',
    what: '"…, who said": the relative pronoun is the person or body named just before',
    fires: ['Farmers blocked the road to see Ana Ruiz, who said the gates would open on Friday.'],
  },
  pronounSubjectHere: {
    name: 'coreference.pronoun-is-sentence-subject',
    what: '"Ruiz visited the dam, and she said …": a pronoun after its own sentence\'s subject is that subject',
    fires: ['Ana Ruiz visited the dam on Monday, and she said the gates would open on Friday.'],
  },
  pronounPreviousSpeaker: {
    name: 'coreference.pronoun-is-previous-speaker',
    what: '"she said" is who spoke in the sentence before, when its subject does not fit',
    fires: ['The Freedonian Foreign Ministry thanked Ana Ruiz, who said the gates would open. She added that the farmers had waited long enough.'],
  },
  pronounPreviousSubject: {
    name: 'coreference.pronoun-is-previous-subject',
    what: "a pronoun is the previous sentence's subject if that fits (a speaker in a clause inside it does not take over), else another fitting mention there",
    fires: [
      'Ana Ruiz visited the dam on Monday. She said the gates would open on Friday.',
      'The Freedonian Foreign Ministry answered a note from Ana Ruiz urging calm. It said the gates would open on Friday.',
    ],
  },
  pronounEarlier: {
    name: 'coreference.pronoun-is-earlier-mention',
    what: 'else the last fitting speaker before, else the last fitting mention',
    fires: ['Ana Ruiz visited the dam on Monday. The river was low. Farmers waited by the road. She said the gates would open on Friday.'],
  },
  author: {
    name: 'coreference.author-of-text',
    what: '"a statement from the ministry", "the office of the president": the author speaks',
    fires: ['A statement from the Freedonian Foreign Ministry said the border would reopen on Friday.'],
  },
  documentBefore: {
    name: 'coreference.document-named-before',
    what: '"The document also stated …": the text last named, on behalf of whoever wrote it',
    fires: ['Sylvania delivered its written response to Freedonia on Tuesday.\n\nThe response also stated that the dam gates would stay open.'],
  },
  roleAntecedent: {
    name: 'coreference.role-points-back',
    what: '"the minister said": a role noun points back to the last person so described (a water minister is not a foreign minister)',
    fires: ['Ana Ruiz arrived in Port Sylvan on Monday.\n\nThe minister said the border would reopen on Friday.'],
  },
  office: {
    name: 'coreference.office-holder',
    what: '"Freedonia\'s foreign minister": the one registry actor who holds that office',
    fires: ["Freedonia's foreign minister said on Tuesday that the border would reopen."],
  },
  anonymous: {
    name: 'coreference.unnamed-source',
    what: '"a Freedonian official": an unnamed source, one actor per role and side',
    fires: ['A Freedonian official said the border would reopen on Friday.'],
  },
  commonGroup: {
    name: 'coreference.group-by-common-noun',
    what: '"police said", "many voters say", "Trump supporters chanted": a group named by common nouns speaks as that group',
    fires: ['Local police said the road to the dam would reopen by noon.', 'Many farmers say the canals have been dry since March.'],
  },
  namedLater: {
    name: 'coreference.role-named-later',
    what: '"Sylvania\'s chief negotiator said …" when the article names the one such person later',
    fires: ["Sylvania's chief negotiator said the talks had stalled.\n\nThe chief negotiator, Ivo Marek, left Port Sylvan on Monday."],
  },
  describedPrecisely: {
    name: 'coreference.role-described-precisely',
    what: '"Sylvania\'s water ministry": described precisely enough to stand alone as an actor of its own',
    fires: ["Sylvania's water ministry said the reservoir was already full."],
  },
} satisfies Record<string, Rule>;

const R = COREFERENCE_RULES;

export class Discourse {
  readonly #mentions = new MentionLog();
  readonly #documents: DocumentMention[] = [];
  /** Named people the article introduces later: "Iran's chief negotiator said …" may be named two paragraphs on. */
  readonly #ahead: Array<{ at: number; info: MentionInfo }> = [];
  /** Words the article capitalises inside a sentence, where only names are capitalised. */
  readonly #namesInside = new Set<string>();
  /** Where each sentence scanned so far starts: a pronoun looks first at the previous sentence's subject. */
  readonly #sentenceStarts: number[] = [];

  constructor(readonly directory: ActorDirectory) {}

  /**
   * "Abdikarimov came out …" opens on a name: a word the article also capitalises inside a
   * sentence. "Asked whether …", "Despite …", "Farmers said …" do not.
   */
  #opensOnName(word: string): boolean {
    const name = this.#namesInside.has(word) && !SENTENCE_OPENERS.has(word.toLowerCase()) && !/(?:ed|ing|ly)$/.test(word);
    if (name) fire(R.nameOpensSentence);
    return name;
  }

  /**
   * Notes every named, described person in the whole text before reading it, for roles that come
   * before the name. Paragraphs arrive in text order, so sorting each keeps the whole list sorted.
   */
  preview(text: string, offset: number): void {
    for (const m of text.matchAll(CAPITALISED_INSIDE)) this.#namesInside.add(m[0]);
    const ahead: Array<{ at: number; info: MentionInfo }> = [];
    for (const found of [appositives, nameRuns]) {
      for (const m of found(text)) {
        const info = analyseMention(m.text);
        if (info?.form === 'name' && info.description && info.name?.includes(' ')) ahead.push({ at: m.index + offset, info });
      }
    }
    for (const m of ROLE_AFTER_COMMA.test(text) ? text.matchAll(NAME_THEN_ROLE) : []) {
      const [name, description] = [m[0].slice(0, m[0].indexOf(',')), m[0].slice(m[0].indexOf(',') + 1).trim()];
      // "minister of water resources": the role is read without its portfolio, which stays in the description.
      const role = analyseMention(description.replace(/\s+(?:of|for)\s.*$/u, ''));
      if (role?.form !== 'role') continue;
      ahead.push({ at: m.index + offset, info: { ...role, form: 'name', text: m[0], name, description } });
    }
    this.#ahead.push(...ahead.sort((a, b) => a.at - b.at));
  }

  /** The people named later than `at`, within the reference window, in text order. */
  #namedAfter(at: number): Array<{ at: number; info: MentionInfo }> {
    const later = [];
    for (let i = firstAtOrAfter(this.#ahead, at + 1); i < this.#ahead.length && this.#ahead[i]!.at <= at + REFERENCE_WINDOW; i++) later.push(this.#ahead[i]!);
    return later;
  }

  /**
   * Records the people and bodies a sentence mentions (outside quotations: `text` has them masked),
   * so later role nouns and pronouns can point back to them, and the documents it names (`unmasked`).
   */
  scan(text: string, offset: number, unmasked = text): void {
    this.#sentenceStarts.push(offset);
    for (const m of this.directory.findNames(text)) {
      const actor = this.directory.byText(m.text);
      // A known name can read as no mention at all ("The West" once stripped of its article): nothing to record.
      const info = analyseMention(m.text);
      if (actor && info) this.record(actor, { ...info, form: 'name' }, m.start + offset, false);
    }
    for (const m of text.matchAll(INDEFINITE_ROLE)) {
      const info = analyseMention(m[0]);
      if (info && info.form === 'role' && info.head) this.#note(m.index + offset, info, false);
    }
    // "The ambassador had handed …, and he said": a role opening the sentence is someone later words point back to.
    const opening = leadingSubject(text);
    const role = opening ? analyseMention(opening.text) : null;
    if (opening && role?.form === 'role' && role.definite && role.head && !DOCUMENT_HEADS.has(role.head)) {
      fire(R.roleOpensSentence);
      this.#note(opening.at + offset, role, false);
    }
    // A document may be named inside a quotation: “a written follow-up from Russia”.
    this.#scanDocuments(unmasked, offset);
    for (const found of [appositives, nameRuns]) {
      for (const m of found(text)) {
        // "the representative for the South Caucasus": a name after a preposition is a place or a body's domain.
        if (/\b(?:for|of|in|at|to|from|near|across|on|into|over)\s+(?:the\s+)?$/i.test(text.slice(0, m.index))) continue;
        // "Asked whether …", "Despite …": one capitalised word opening a sentence may be no name.
        if (m.index === 0 && !m.text.includes(' ') && !this.directory.byText(m.text) && !this.#opensOnName(m.text)) continue;
        const info = analyseMention(m.text);
        if (info && info.form === 'name') this.#note(m.index + offset, info, false);
      }
    }
  }

  /** Written texts named with their author, so that "the document" can later speak for whoever wrote it. */
  #scanDocuments(text: string, offset: number): void {
    for (const m of text.matchAll(POSSESSED_DOCUMENT)) {
      const author = this.#actorNamed(m[1]!, m.index + offset);
      if (author) this.#documents.push({ at: m.index + offset, author, addressee: m[2] ? this.#actorNamed(m[2], m.index + offset) : null });
    }
    for (const m of text.matchAll(DOCUMENT_FROM)) {
      const author = this.#actorNamed(m[1]!, m.index + offset);
      if (author) this.#documents.push({ at: m.index + offset, author, addressee: this.#receiver(text.slice(0, m.index), offset, author) });
    }
    for (const m of text.matchAll(SENT_DOCUMENT)) {
      // The subject: the last actor the sentence named before the verb.
      const subject = this.#mentions.between(offset, m.index + offset).findLast((e) => e.actor.id !== PRESS_ID);
      if (subject) {
        this.#documents.push({ at: m.index + offset, author: subject.actor, addressee: m[1] ? this.#actorNamed(m[1], m.index + offset) : null });
      }
    }
    this.#documents.sort((a, b) => a.at - b.at);
  }

  /**
   * "The State Department confirmed it had received a letter from Russia": whoever received it,
   * named before the verb in the same sentence. A government writes to a government, so when a
   * country wrote, an office or official receives on behalf of its country.
   */
  #receiver(before: string, offset: number, author: Actor): Actor | null {
    const verb = RECEIVED.exec(before);
    if (!verb) return null;
    // "Ruiz told Petrin that she had received …": the pronoun before the verb, not the last name, received it.
    const pronoun = /(\p{L}+)\s+(?:(?:have|has|had)\s+)?$/u.exec(before.slice(0, verb.index));
    const pronounInfo = pronoun ? analyseMention(pronoun[1]!) : null;
    const receiver =
      pronounInfo?.form === 'pronoun'
        ? this.resolve(pronounInfo, offset + pronoun!.index)
        : this.#mentions.between(offset, offset + verb.index).findLast((e) => e.actor.id !== PRESS_ID)?.actor;
    if (!receiver || receiver.id === UNKNOWN_ACTOR.id || receiver.id === author.id) return null;
    if (author.kind !== 'country' || receiver.kind === 'country') return receiver;
    return receiver.side && receiver.side !== author.side ? this.directory.country(receiver.side) : null;
  }

  /** A name, or a nation's adjective ("Russian"), as an actor; null when it names none. */
  #actorNamed(text: string, at: number): Actor | null {
    const info = analyseMention(text);
    if (!info) return null;
    // "Russian": a nation's adjective is its country, not someone called so.
    const nation = NATIONALITIES[text.toLowerCase()];
    if (nation) return this.directory.country(nation);
    const actor = this.resolve(info, at);
    if (actor.id !== UNKNOWN_ACTOR.id) return actor;
    return info.side ? this.directory.country(info.side) : null;
  }

  /** The last written text named before `at`. */
  documentBefore(at: number): DocumentMention | null {
    return this.#documents.findLast((d) => d.at < at) ?? null;
  }

  #note(at: number, info: MentionInfo, speaker: boolean): void {
    if (this.#mentions.covers(at)) return;
    const actor = this.resolve(info, at);
    if (actor.id !== UNKNOWN_ACTOR.id) this.record(actor, info, at, speaker);
  }

  record(actor: Actor, info: MentionInfo, at: number, speaker: boolean): void {
    this.#mentions.add({ at, actor, info, speaker });
    if (info.form !== 'pronoun' && info.form !== 'relative') this.directory.noteAlias(actor.id, info.text, info.form === 'name');
  }

  /**
   * The actor a mention at offset `at` means; `not`: an actor it cannot be ("She told him": she
   * is not him). The rule that decided goes into `why`.
   */
  resolve(info: MentionInfo, at: number, not?: Actor, why?: string[]): Actor {
    const [actor, r] = this.#resolve(info, at, not);
    if (r) fire(r, why);
    return actor;
  }

  #resolve(info: MentionInfo, at: number, not?: Actor): [Actor, Rule | null] {
    switch (info.form) {
      case 'pronoun':
        return this.#pronoun(info, at, not);
      case 'relative': {
        const e = this.#last(at, (x) => PERSON_KINDS.has(x.actor.kind) || BODY_KINDS.has(x.actor.kind));
        return e ? [e.actor, R.relative] : [UNKNOWN_ACTOR, null];
      }
      case 'name':
        return this.#name(info, at);
      case 'role':
        return this.#role(info, at, not);
      case 'phrase':
        return this.#phrase(info);
    }
  }

  #last(at: number, test: (e: Entry) => boolean): Entry | undefined {
    return this.#mentions.last(at, test);
  }

  /** The previous sentence's subject if it fits, else the last fitting speaker, else the last fitting mention. */
  #pronoun(info: MentionInfo, at: number, not?: Actor): [Actor, Rule | null] {
    const wantsPerson = info.pronoun === 'male' || info.pronoun === 'female';
    const fits = (e: Entry) =>
      e.actor.id !== PRESS_ID && e.actor.id !== not?.id && (wantsPerson ? PERSON_KINDS.has(e.actor.kind) : BODY_KINDS.has(e.actor.kind) || e.info.plural);
    const here = this.#sentenceStarts.findLast((start) => start <= at) ?? 0;
    const subjectHere = this.#mentions.between(here, at)[0];
    if (subjectHere && fits(subjectHere)) return [subjectHere.actor, R.pronounSubjectHere];
    const previousStart = this.#sentenceStarts.findLast((start) => start < here) ?? -1;
    const previousSentence = this.#mentions.between(previousStart, here);
    const subject = previousSentence[0];
    if (subject && fits(subject)) return [subject.actor, R.pronounPreviousSubject];
    const spoke = previousSentence.findLast((e) => e.speaker && fits(e));
    if (spoke) return [spoke.actor, R.pronounPreviousSpeaker];
    const other = previousSentence.findLast(fits);
    if (other) return [other.actor, R.pronounPreviousSubject];
    const earlier = this.#last(at, (e) => e.speaker && fits(e)) ?? this.#last(at, fits);
    return earlier ? [earlier.actor, R.pronounEarlier] : [UNKNOWN_ACTOR, null];
  }

  #name(info: MentionInfo, at: number): [Actor, Rule] {
    const name = info.name!;
    const known = this.directory.byText(info.text) ?? this.directory.byText(name);
    if (known) return [known, R.knownName];
    // "A. Zhaksybekov" after "Aidar Zhaksybekov" too.
    const initialled = INITIAL_AND_SURNAME.exec(name);
    // A name of several words never matches a surname's key: only a lone surname points back.
    const surname = transliterationKey(initialled ? initialled[2]! : name);
    const earlier = this.#mentions.lastWithSurname(surname, at, (e) => !initialled || e.actor.name.startsWith(initialled[1]!));
    if (earlier) return [earlier.actor, R.surname];
    const place = PLACES[normaliseName(name)] ?? PLACES[name.toLowerCase()];
    if (place && !info.description) return [this.directory.country(place), R.placeForCountry];
    return [this.directory.discover(name, info.organisation ? 'organisation' : 'person', info.description, info.side), R.newName];
  }

  #role(info: MentionInfo, at: number, not?: Actor): [Actor, Rule | null] {
    if (info.author) return [this.resolve(info.author, at), R.author];
    if (info.definite && DOCUMENT_HEADS.has(info.head ?? '')) {
      const document = this.documentBefore(at);
      if (document) return [document.author, R.documentBefore];
    }
    const exact = this.directory.byText(info.text) ?? (info.description ? this.directory.byText(info.description) : null);
    if (exact) return [exact, R.knownName];
    const head = info.head ?? '';
    if (info.definite) {
      // "Zhaksybekov called his Uzbek colleague": not Zhaksybekov himself.
      const antecedent = this.#last(at, (e) => e.actor.id !== not?.id && compatible(e, info));
      if (antecedent) return [antecedent.actor, R.roleAntecedent];
    }
    const office = info.description ? this.directory.byOffice(info.description, info.side) : null;
    if (office) return [office, R.office];
    // "police said", "many voters say": a group named by a common noun speaks as that group.
    if (info.common && info.plural) return [this.directory.group(info.description ?? head, info.side), R.commonGroup];
    if (!info.definite && !ORGANISATION_HEADS.has(head)) return [this.directory.anonymous(head, info.side), R.anonymous];
    const later = this.#namedAfter(at).filter((e) => compatibleDescription(e.info.description!, e.info.side, info));
    const names = new Set(later.map((e) => e.info.name));
    if (names.size === 1) return [this.#name(later[0]!.info, later[0]!.at)[0], R.namedLater];
    if (info.side && info.description && info.description.split(/\s+/).length >= 2) {
      return [this.directory.byRole(info.description, info.side, info.organisation), R.describedPrecisely];
    }
    // "the historian said" with no one before it to be: a statement by that role, not by no one.
    if (info.common && namesPeople(head)) return [this.directory.anonymous(head, info.side), R.anonymous];
    // "The two lawmakers said", "Legislative leaders said" with no one before them: the group speaks.
    if (info.plural && namesPeople(head)) return [this.directory.group(info.description ?? head, info.side), R.commonGroup];
    return [UNKNOWN_ACTOR, null];
  }

  #phrase(info: MentionInfo): [Actor, Rule | null] {
    const exact = this.directory.byText(info.text);
    if (exact) return [exact, R.knownName];
    // "Washington and NATO": the first of joint speakers.
    const first = info.text.split(/\s+and\s+|,\s*/)[0]!;
    const known = first !== info.text ? this.directory.byText(first) : null;
    return known ? [known, R.knownName] : [UNKNOWN_ACTOR, null];
  }
}

/** Words that tell one ministry or office from another. */
const PORTFOLIOS = new Set([
  'foreign',
  'defence',
  'defense',
  'interior',
  'agriculture',
  'finance',
  'trade',
  'economy',
  'energy',
  'health',
  'justice',
  'deputy',
  'prime',
  'vice',
  'education',
  'culture',
  'transport',
  'environment',
  'labour',
  'labor',
  'industry',
  'commerce',
  'security',
  'intelligence',
  'nuclear',
  'chief',
  'water',
  'irrigation',
  'fisheries',
  'emergency',
  'emergencies',
  'development',
]);

function portfolio(description: string): Set<string> {
  return new Set(
    officeOf(description)
      .split(' ')
      .filter((w) => PORTFOLIOS.has(w)),
  );
}

function compatible(entry: Entry, info: MentionInfo): boolean {
  const haystack = [entry.info.description, entry.info.head, entry.actor.description, entry.info.text].filter(Boolean).join(' ');
  const organisationWanted = ORGANISATION_HEADS.has((info.head ?? '').replace(/s$/, ''));
  if (organisationWanted !== (entry.actor.kind !== 'person')) return false;
  const office = entry.info.description ?? entry.actor.description ?? '';
  return compatibleDescription(haystack, entry.actor.side ?? entry.info.side, info, office);
}

/**
 * Whether a role noun ("the minister") can name someone described so ("Foreign Minister"),
 * on the same side; `office` is the one description to hold the role noun's own office against.
 */
function compatibleDescription(description: string, side: string | null | undefined, info: MentionInfo, office = description): boolean {
  const head = (info.head ?? '').replace(/s$/, '');
  const family = HEAD_FAMILIES[head] ?? [head];
  if (!family.some((word) => description.toLowerCase().includes(word))) return false;
  if (info.side && side && info.side !== side) return false;
  // "the agriculture minister" is not the foreign minister: where both name a portfolio, it must be the same.
  const wanted = portfolio(info.description ?? '');
  const offered = portfolio(office);
  return wanted.size === 0 || offered.size === 0 || [...wanted].some((w) => offered.has(w));
}
