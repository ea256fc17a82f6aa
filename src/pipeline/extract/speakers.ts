/**
 * Who speaks, as the words of one sentence put it: the subject a reporting verb
 * reports for ("Ana Ruiz said", "…,” said the spokesman", "the ministry quoted
 * Ruiz as saying"). This reads words only; which actor they mean is the
 * resolver's work (`discourse.ts`).
 */
import { analyseMention, stripTrailingNoise, type MentionInfo } from './mention.ts';
import type { Cue } from './cues.ts';
import { CAPITALISED, MASK, NAME_WORD, PHRASE, WEEKDAY_OR_MONTH } from './patterns.ts';
import { fire, type Rule } from '../rule.ts';

/** Words that name who speaks, where they stand in the sentence, and the rules that found them. */
export interface Subject {
  text: string;
  at: number;
  why: string[];
}

export const SPEAKER_RULES = {
  beforeCue: {
    name: 'speaker.before-cue',
    what: 'the words right before the reporting verb, back to a quotation, "that", or a clause-opening comma',
    fires: ['Ana Ruiz said the border would reopen on Friday morning.'],
  },
  afterCue: {
    name: 'speaker.after-inverted-cue',
    what: 'after a quotation the verb comes first: "…,” said the spokesman',
    fires: ['“The border stays shut,” said Tomas Brenner, the Sylvanian foreign minister.'],
    doesNotFire: ['“The border stays shut,” Tomas Brenner said.'],
  },
  relativeClause: {
    name: 'speaker.skips-relative-clause',
    what: 'a relative or participle clause between subject and verb is skipped: "Ruiz, who …, said"',
    fires: ['Ana Ruiz, who met farmers near the river on Monday, said the dam must be opened.'],
    doesNotFire: ['Ana Ruiz said the dam must be opened, which farmers near the river have long demanded.'],
  },
  clauseOpener: {
    name: 'speaker.after-clause-opener',
    what: 'the subject starts after "that", "as", "because", "while", ", and", "; …"',
    fires: ['The talks collapsed because Tomas Brenner said the quotas were not up for discussion.'],
  },
  roleThenName: {
    name: 'speaker.role-comma-name',
    what: '"the spokesperson for the ministry, Ned Price, said": the role and the name are one speaker',
    fires: ["The spokesman for the Sylvanian Embassy, Ivo Marek said the ambassador would return on Monday."],
    doesNotFire: ['The river is too low for the barges, Ana Ruiz said.'],
  },
  nameThenDescription: {
    name: 'speaker.name-comma-description',
    what: '"Ivo Marek, Sylvania\'s deputy minister of water, told …": the name speaks, the description says who he is',
    fires: ["Ivo Marek, Sylvania's deputy minister of water, told reporters the reservoir was full."],
    doesNotFire: ['Farmers in the valley, hundreds of families, told reporters the reservoir was empty.'],
  },
  participleContinues: {
    name: 'speaker.participle-continues',
    what: '", adding …", ", saying …": the speaker of the clause before goes on',
    fires: ['Ana Ruiz said the border would reopen, adding that lorries would be checked at the crossing.'],
  },
  participleSentenceSubject: {
    name: 'speaker.participle-takes-sentence-subject',
    what: '"The ministry deferred the vote, saying …": a participle after a clause with no reporting verb speaks for the sentence\'s subject',
    fires: ['The Sylvanian Embassy postponed the reception, saying the ambassador had been called home for talks.'],
  },
  coordinated: {
    name: 'speaker.coordinated-verb',
    what: '"… confirmed the contact and has highlighted …": a second verb of the same subject',
    fires: ['Ana Ruiz confirmed the contact and stressed that Freedonia wanted the talks to go on.'],
  },
  quotedAsSaying: {
    name: 'speaker.quoted-as-saying',
    what: '"the ministry quoted X as saying": X speaks',
    fires: ['The Freedonian Foreign Ministry quoted Ana Ruiz as saying the river talks had stalled again.'],
  },
  citing: {
    name: 'speaker.citing',
    what: '"the Post reported, citing an unnamed official": the one cited is the source',
    fires: ['The Port Sylvan Herald reported, citing a senior Sylvanian official, that the dam gates would open on Friday.'],
  },
  accordingTo: {
    name: 'speaker.according-to',
    what: '"according to X" names the speaker when nothing else in the sentence does (not when X is an outlet)',
    fires: ['According to Tomas Brenner, the dam gates will open on Friday for the first time this year.'],
    doesNotFire: ['According to the Port Sylvan Herald, the dam gates will open on Friday for the first time this year.'],
  },
  nestedIsContent: {
    name: 'speaker.nested-verb-is-content',
    what: '"Ruiz said Sylvania promised …": a reporting verb inside what was reported is part of it, not a speaker of its own',
    fires: ['Ana Ruiz said Sylvania had promised to open the dam gates before the harvest.'],
    doesNotFire: ['Ana Ruiz said the gates were shut because Tomas Brenner warned that the reservoir was low.'],
  },
  documentRelays: {
    name: 'speaker.document-relays-inner',
    what: '"A statement said Ruiz told Brenner …": a document only relays; the one it reports speaks',
    fires: ['A statement from the Freedonian Foreign Ministry said Ana Ruiz told Tomas Brenner that the gates must open.'],
  },
  subordinateSpeaks: {
    name: 'speaker.subordinate-clause-speaks',
    what: '"Ruiz said … after Brenner warned that …": a verb in a clause of its own (after, while, because, "; ", ", and") speaks for itself',
    fires: ['Ana Ruiz said the gates were shut because Tomas Brenner warned that the reservoir was low.'],
  },
  embeddedCue: {
    name: 'speaker.cue-opens-quotation',
    what: '"Ruiz “stressed the importance of …,” the ministry said": the quotation opens with the sentence subject\'s verb',
    fires: ['Ana Ruiz “stressed the importance of keeping the river open to all shipping,” the ministry said.'],
  },
} satisfies Record<string, Rule>;

const R = SPEAKER_RULES;

/** Where the subject before a cue starts: after the last mask, "that", or a clause-opening comma. */
export function subjectBefore(frame: string, cue: Cue, floor: number): Subject {
  const why: string[] = [];
  fire(R.beforeCue, why);
  let start = Math.max(floor, frame.lastIndexOf(MASK, cue.at - 1) + 1);
  let text = frame.slice(start, cue.at);
  const relative = text.replace(/,\s*(?:who|which|whose|speaking|requesting|asking|declining|citing|responding|replying|answering|writing)\b[^,]*,\s*$/u, ' ');
  if (relative !== text) fire(R.relativeClause, why);
  text = relative.replace(/,\s*$/, '');
  const that = /^(.*(?:\b(?:that|as|because|since|while|if|when|so)|,\s*(?:and|but)|;)\s)/su.exec(text);
  if (that && !/^\s*(?:the|a|an)?\s*$/i.test(text.slice(that[1]!.length))) {
    fire(R.clauseOpener, why);
    start += that[1]!.length;
    text = text.slice(that[1]!.length);
  }
  const segments = text.split(/,\s*/);
  const last = stripTrailingNoise(segments.at(-1) ?? '');
  const previous = segments.length > 1 ? segments.at(-2)!.trim() : '';
  // Not when the part before the comma is what was said: "The river is too low, Ana Ruiz said".
  if (last && previous && /^(?:the|a|an|his|her|its|their)\s/i.test(previous) && /^\p{Lu}/u.test(last) && analyseMention(previous)?.form === 'role') {
    fire(R.roleThenName, why);
    return { text: `${previous}, ${last}`, at: start + text.lastIndexOf(previous), why };
  }
  // Right after a quotation ("…,” Ruiz, the foreign minister, said) a surname alone is a name too.
  const afterQuote = frame[start - 1] === MASK && segments.length === 2;
  if (previous && (PERSON_NAME.test(previous) || (afterQuote && SURNAME.test(previous))) && DESCRIPTION.test(last) && describesPerson(last)) {
    fire(R.nameThenDescription, why);
    return { text: previous, at: start + text.lastIndexOf(previous), why };
  }
  return { text: last, at: start + text.lastIndexOf(last), why };
}

/** Two to four capitalised words, as a person's name is written, and not an opening adverbial ("On Wednesday"). */
const PERSON_NAME = new RegExp(
  String.raw`^(?!(?:On|In|At|By|During|After|Before|Since|Until|From|Last|This|Next|Early|Late|Earlier|Later|According|As|For|With)\s)(?!.*\b(?:${WEEKDAY_OR_MONTH})\b)${CAPITALISED}(?:\s+${CAPITALISED}){1,3}$`,
  'u',
);
const SURNAME = new RegExp(String.raw`^${NAME_WORD}$`, 'u');

/** "the Freedonian foreign minister", "Kazakhstan's minister of water resources": one person's role ("farmers", "officials" are not). */
function describesPerson(text: string): boolean {
  const role = analyseMention(text.replace(/\s+(?:of|for)\s.*$/u, ''));
  return role?.form === 'role' && !role.plural && !role.organisation;
}
/** What describes a person: "the Freedonian foreign minister", "Kazakhstan's minister of …", "a spokesman for …". */
const DESCRIPTION = /^(?:(?:the|a|an|his|her|its|their)\s|\p{Lu}[\p{L}.-]*['’]s?\s+\p{Ll}|\p{Ll})/u;

const AFTER_INVERTED_CUE = new RegExp(
  String.raw`^\s+(${PHRASE}*?)(?=\s*(?:[,;:\uE000]|(?<!\b\p{Lu})\.(?!\S)|$|\s(?:in|at|on|during|after|before|adding|according|when|while|as|to|from)\s))`,
  'u',
);

/** The subject after an inverted cue: "…,” said the spokesman, adding …". */
export function subjectAfter(frame: string, cue: Cue): Subject {
  const rest = frame.slice(cue.end);
  const m = AFTER_INVERTED_CUE.exec(rest);
  const text = m ? m[1]!.trim() : '';
  const why: string[] = [];
  fire(R.afterCue, why);
  return { text, at: cue.end + rest.indexOf(text), why };
}

const LEADING_SUBJECT = new RegExp(
  String.raw`^(?:(?:the|a|an)\s+)?(?:(?:${CAPITALISED}|senior|unnamed|top|former|\p{Ll}+(?:ian|ese|ish))\s+)*(?:${CAPITALISED}|\p{Ll}+)`,
  'u',
);

/** The sentence's own subject, for a participle that has no clause before it: "The official deferred …, saying “…”". */
export function leadingSubject(frame: string): Subject | null {
  const m = LEADING_SUBJECT.exec(frame);
  return m ? { text: m[0], at: 0, why: [] } : null;
}

/** Words that can name a speaker: a name, role, pronoun or relative, or a capitalised phrase the registry may know. */
export function isSpeaker(info: MentionInfo | null): info is MentionInfo {
  if (!info) return false;
  if (info.form === 'phrase') return /^\p{Lu}/u.test(info.text.replace(/^the\s+/i, ''));
  return true;
}
