/**
 * Who and to whom: the words that name a speaker or an addressee in each sentence,
 * read in order over the whole article, become actors — pronouns and role nouns
 * point back to what came before, names to the registry or to a newly found actor.
 */
import type { Actor, PointKind } from '../types.ts';
import { UNKNOWN_ACTOR } from '../actors/directory.ts';
import { fire, type Rule } from '../rule.ts';
import type { Act } from './acts.ts';
import type { Attribution, QuoteInSentence } from './clause.ts';
import type { Discourse } from './discourse.ts';
import { DOCUMENT_HEADS } from '../lexicon.ts';
import type { MentionInfo } from './mention.ts';
import type { ReadSentence } from './read.ts';

export const RESOLUTION_RULES = {
  actReporter: {
    name: 'coreference.act-pronoun-is-reporter',
    what: '"X said he would meet Y": the pronoun in a reported act is whoever reports it',
    fires: ['Tomas Brenner said on Monday that he would meet Ana Ruiz on Friday.'],
  },
  ownInstitution: {
    name: 'addressee.own-institution',
    what: '"told parliament": an institution named by a common noun is the speaker\'s own country\'s',
    fires: ['Ana Ruiz told parliament that the border would reopen on Friday.'],
  },
  documentReceiver: {
    name: 'addressee.receiver-of-document',
    what: '"The document also stated …": whoever the text last named was written for is addressed',
    fires: ['Sylvania delivered its written response to Freedonia on Tuesday.\n\nThe response also stated that the dam gates would stay open.'],
  },
  writtenKind: {
    name: 'act.written-statement',
    what: '"replied in writing", "said in a letter", "in its written response": what was said was a document',
    fires: ['Tomas Brenner replied in writing that the quotas could not be changed this year.'],
  },
} satisfies Record<string, Rule>;

const R = RESOLUTION_RULES;

/** A call, meeting or document with its parties resolved. */
export interface ResolvedAct {
  act: Act;
  speaker: Actor;
  addressee: Actor | null;
  why: { speaker: string[]; addressees: string[] };
}

/** A reporting clause with its parties resolved and its words settled. */
export interface ResolvedClause {
  a: Attribution;
  speaker: Actor;
  addressees: Actor[];
  /** Speakers named jointly with the first ("Washington and NATO rejected …"). */
  partners: Actor[];
  kind: PointKind;
  direct: boolean;
  words: string;
  why: { speaker: string[]; addressees: string[]; words: string[] };
}

export interface ResolvedSentence extends ReadSentence {
  acts: ResolvedAct[];
  clauses: ResolvedClause[];
}

/** Resolves every mention of every sentence, in text order: what each resolves to depends on what came before. */
export function resolveMentions(sentences: readonly ReadSentence[], discourse: Discourse): ResolvedSentence[] {
  return sentences.map((s) => {
    discourse.scan(s.frame, s.offset, s.sentence.text);
    const acts = s.found.map((act) => resolveAct(s, act, discourse));
    const clauses = s.attributions.filter((a) => !isOwnActsCall(s, a)).map((a) => resolveClause(s, a, discourse));
    return { ...s, acts, clauses };
  });
}

/** "Ruiz called her counterpart": the verb is the act's, not "called it a provocation". */
function isOwnActsCall(s: ReadSentence, a: Attribution): boolean {
  return a.cue === 'called' && ownAct(s, a) >= 0;
}

/** The act whose words start right at this clause's verb ("wrote to Brenner on Monday that …"), or -1. */
export function ownAct(s: ReadSentence, a: Attribution): number {
  return s.found.findIndex((act) => a.cueAt >= act.start && s.sentence.text.slice(act.start, a.cueAt).trim() === '');
}

function resolveAct(s: ReadSentence, act: Act, discourse: Discourse): ResolvedAct {
  const why = { speaker: [act.rule], addressees: [] as string[] };
  const reporter = act.speaker.form === 'pronoun' ? reporterBefore(s, act.speakerAt, discourse) : null;
  let speaker: Actor;
  if (reporter && fitsPronoun(reporter, act.speaker)) {
    fire(R.actReporter, why.speaker);
    speaker = reporter;
  } else {
    speaker = discourse.resolve(act.speaker, s.offset + act.speakerAt, undefined, why.speaker);
  }
  if (speaker.id !== UNKNOWN_ACTOR.id) discourse.record(speaker, act.speaker, s.offset + act.speakerAt, true);
  const named = act.addressee ? discourse.resolve(act.addressee, s.offset + act.addresseeAt, speaker, why.addressees) : null;
  // As for a statement's addressee: later mentions can point back to it, and the actor keeps the name the text gave.
  if (named && named.id !== UNKNOWN_ACTOR.id && act.addressee) discourse.record(named, act.addressee, s.offset + act.addresseeAt, false);
  const addressee =
    named && named.id !== UNKNOWN_ACTOR.id ? named : documentReceiver(act.speaker, s.offset + act.speakerAt, speaker, discourse, why.addressees);
  return { act, speaker, addressee: addressee && addressee.id !== speaker.id ? addressee : null, why };
}

/** "X said on Monday that he would meet …": who reports, before `at`, what the sentence goes on to tell. */
function reporterBefore(s: ReadSentence, at: number, discourse: Discourse): Actor | null {
  const a = s.attributions.findLast((x) => x.cueAt < at && x.speakerAt < x.cueAt);
  return a ? discourse.resolve(a.speaker, s.offset + a.speakerAt) : null;
}

/** "he" and "she" are people; "it" and "they" may be anyone. */
function fitsPronoun(actor: Actor, pronoun: MentionInfo): boolean {
  const personal = pronoun.pronoun === 'male' || pronoun.pronoun === 'female';
  return actor.id !== UNKNOWN_ACTOR.id && (!personal || actor.kind === 'person');
}

function resolveClause(s: ReadSentence, a: Attribution, discourse: Discourse): ResolvedClause {
  const why = { speaker: [...a.why.speaker], addressees: [] as string[], words: [...a.why.words] };
  const at = s.offset + a.speakerAt;
  const speaker = discourse.resolve(a.speaker, at, undefined, why.speaker);
  if (speaker.id !== UNKNOWN_ACTOR.id) discourse.record(speaker, a.speaker, at, true);
  const addressees: Actor[] = [];
  for (const mention of a.addressees) {
    const mentionWhy = [mention.rule];
    const actor =
      mention.info === 'press'
        ? discourse.directory.byText('the press')
        : addresseeActor(mention.info, s.offset + mention.start, speaker, discourse, mentionWhy);
    if (actor && actor.id !== UNKNOWN_ACTOR.id && actor.id !== speaker.id && !addressees.includes(actor)) {
      addressees.push(actor);
      why.addressees.push(...mentionWhy);
      if (mention.info !== 'press') discourse.record(actor, mention.info, s.offset + mention.start, false);
    }
  }
  const receiver = addressees.length === 0 ? documentReceiver(a.speaker, at, speaker, discourse, why.addressees) : null;
  if (receiver) addressees.push(receiver);
  const direct = a.quotes.length > 0;
  const words = direct ? a.quotes.map((i) => s.quotes[i]!.words).join(' … ') : (a.content ?? '');
  const kind = writtenKind(s.sentence.text, s.quotes, a, words, why.words);
  const partners = a.speaker.partners.map((partner) => discourse.resolve(partner, at));
  return { a, speaker, addressees, partners, kind, direct, words, why };
}

const WRITTEN = /\b(?:(?:in|with|through)\s+(?:its|their|his|her|a|an|the)\s+(?:own\s+)?(?:written\s+(?:response|reply|answer)s?|letter|note)|in\s+writing)\b/i;

/**
 * "rejected … in their own written response": the stance was taken in a document.
 * "replied to Y in writing": the manner stands between the verb and what was said.
 */
function writtenKind(sentence: string, quotes: readonly QuoteInSentence[], a: Attribution, words: string, why: string[]): PointKind {
  const direct = quotes.length > 0 && a.quotes.length > 0;
  const manner = direct ? '' : sentence.slice(a.cueAt, Math.max(a.cueAt, sentence.indexOf(words, a.cueAt)));
  if ((a.kind !== 'statement' && WRITTEN.test(words)) || WRITTEN.test(manner)) {
    fire(R.writtenKind, why);
    return 'document';
  }
  return a.kind;
}

/** "told parliament": an institution named by a common noun is the speaker's own country's. */
function addresseeActor(info: MentionInfo, at: number, speaker: Actor, discourse: Discourse, why: string[]): Actor {
  // "She told him": whoever she is, he is someone else.
  const actor = discourse.resolve(info, at, speaker, why);
  if (actor.id !== UNKNOWN_ACTOR.id || info.form !== 'phrase' || /\p{Lu}/u.test(info.text)) return actor;
  const words = info.text.replace(/^(?:the|its|his|her|their)\s+/i, '');
  const side = speaker.side ?? null;
  if (!side || words.split(/\s+/).length > 3) return actor;
  fire(R.ownInstitution, why);
  return discourse.directory.byRole(words, side, true);
}

const isDocumentHead = (mention: MentionInfo): boolean => mention.head !== null && DOCUMENT_HEADS.has(mention.head);

/** "The document also stated …", "The follow-up document came …": written to whomever the text last named was for. */
function documentReceiver(mention: MentionInfo, at: number, speaker: Actor, discourse: Discourse, why: string[]): Actor | null {
  const document = isDocumentHead(mention) ? discourse.documentBefore(at) : null;
  const receiver = document?.addressee && document.author.id === speaker.id && document.addressee.id !== speaker.id ? document.addressee : null;
  if (receiver) fire(R.documentReceiver, why);
  return receiver;
}
