/**
 * Who speaks, as the words of one sentence put it: the subject a reporting verb
 * reports for ("Ana Ruiz said", "…,” said the spokesman", "the ministry quoted
 * Ruiz as saying"). This reads words only; which actor they mean is the
 * resolver's work (`discourse.ts`).
 */
import { analyseMention, stripTrailingNoise, type MentionInfo } from './mention.ts';
import type { Cue } from './cues.ts';
import {
  AUXILIARY,
  CAPITALISED,
  FULL_STOP,
  GOES_ON_TO,
  HAS_VERB,
  MASK,
  OPENING_SUBORDINATOR,
  PARTY_TAG,
  PHRASE,
  QUOTED_IN_ASIDE,
  WEEKDAY_OR_MONTH,
} from './patterns.ts';
import { fire, type Rule } from '../rule.ts';
import { PERSONAL_PRONOUNS, SENTENCE_OPENERS, US_STATES, namesPeople } from '../lexicon.ts';
import { NAMING_CONTEXT } from './noise.ts';

/** Words that name who speaks, where they stand in the sentence, and the rules that found them. */
export interface Subject {
  text: string;
  at: number;
  why: string[];
}

export const SPEAKER_RULES = {
  beforeCue: {
    name: 'speaker.before-cue',
    what: 'the words right before the reporting verb, back to a quotation, "that", or a clause-opening comma; a subject pronoun right before it ("At the town hall she said", "the toll, which she said …")',
    fires: [
      'Ana Ruiz said the border would reopen on Friday morning.',
      'Ana Ruiz spoke to farmers on Monday. At the market hall on Friday she said the toll would stay.',
      'Ana Ruiz spoke to farmers on Monday. The council raised the toll, which she said would pay for the new pier.',
    ],
  },
  afterCue: {
    name: 'speaker.after-inverted-cue',
    what: 'after a quotation the verb comes first: "…,” said the spokesman',
    fires: ['“The border stays shut,” said Tomas Brenner, the Sylvanian foreign minister.'],
    doesNotFire: ['“The border stays shut,” Tomas Brenner said.'],
  },
  invertedAfterContent: {
    name: 'speaker.after-content-and-verb',
    what: 'reported words, a comma, then the verb and who said them: "The dam will open in April, said Ana Ruiz"',
    fires: [
      'The gates of the dam will open in April, said Tomas Brenner, the Sylvanian foreign minister.',
      'The gates of the dam will open in April, said an engineer who was briefed on the talks.',
    ],
    doesNotFire: ['The gates of the dam will open in April, Tomas Brenner said.', 'The gates, said to be rusted, will open in April.'],
  },
  relativeClause: {
    name: 'speaker.skips-relative-clause',
    what: 'a relative or participle clause between subject and verb is skipped: "Ruiz, who …, said"',
    fires: [
      'Ana Ruiz, who met farmers near the river on Monday, said the dam must be opened.',
      'The Sylvanian judge -- who once ran the water board -- said the quotas were fair.',
      'Ferry workers who lost their boats in the storm say the harbour fund came too late.',
      'Ana Ruiz, who called the levy “reckless,” said the council would vote on Friday.',
    ],
    doesNotFire: ['Ana Ruiz said the dam must be opened, which farmers near the river have long demanded.'],
  },
  clauseOpener: {
    name: 'speaker.after-clause-opener',
    what: 'the subject starts after "that", "as", "because", "while", ", and", "; …"',
    fires: [
      'The talks collapsed because Tomas Brenner said the quotas were not up for discussion.',
      'As Ivo Lenz, an expert on river trade at the Lowell Institute, noted, “Everyone is waiting for the water.”',
      'When Ivo Lenz announced that the gates would stay shut, farmers in the valley began to sell their herds.',
      'On one thing the valley agrees: 42% say the dam came too late.',
      'The weir will close after the water board chairman said he would not pay for its repair.',
      'One in three said the water board does not care about the valley and one in four said the board was openly hostile to it.',
    ],
    doesNotFire: [
      'While Ivo Lenz waited at the gates, Ada Ruiz, the mayor, said the water would come back in May.',
      'Ada Ruiz, a farmer who retired as head of the water board in 2019, said the gates must open before the harvest.',
    ],
  },
  roleThenName: {
    name: 'speaker.role-comma-name',
    what: '"the spokesperson for the ministry, Ned Price, said": the role and the name are one speaker',
    fires: ['The spokesman for the Sylvanian Embassy, Ivo Marek said the ambassador would return on Monday.'],
    doesNotFire: ['The river is too low for the barges, Ana Ruiz said.', 'The ferry company folded after the flood, Tomas Brenner said.'],
  },
  subjectThenDescription: {
    name: 'speaker.subject-comma-description',
    what: '"The employee, a registered Republican who spoke on condition of anonymity, said": the noun phrase opening the sentence, then what describes it between commas, then its verb',
    fires: [
      'The ferry clerk, a registered voter who spoke on condition of anonymity, said the boats were late.',
      'The newspaper, long an advocate of dam reform, writes that Ana Ruiz has changed her mind.',
    ],
    doesNotFire: ['In the end, after a long night, Ana Ruiz said the gates would open.', 'The gates will open in April, said Ana Ruiz.'],
  },
  groupBeforeWho: {
    name: 'speaker.group-before-who',
    what: '"echoing water experts who say …", "from farmers, who say …": a relative pronoun right before the verb speaks for the group of people just named',
    fires: ['Ana Ruiz echoed water experts who say the board has doctored the figures.'],
    doesNotFire: ['Ana Ruiz met Ivo Lenz, who says the board has doctored the figures.'],
  },
  roleThenAside: {
    name: 'speaker.role-then-aside',
    what: '"The lawmakers, however, said", "Farm leaders in the valley, for instance, noted": an aside after a noun phrase for people leaves it the subject',
    fires: ['The lawmakers, however, said that the recount was fair.', 'Farm leaders in the valley, for instance, noted that the canal was dry.'],
    doesNotFire: ['Tomas Brenner, the county chairman, for example, said the dam was late.'],
  },
  nameThenDescription: {
    name: 'speaker.name-comma-description',
    what: '"Lena Osei, a pollster who has advised three governors, said": walking back over what describes someone (a phrase, an age, a party tag, a relative clause) to the name it describes',
    fires: [
      "Ivo Marek, Sylvania's deputy minister of water, told reporters the reservoir was full.",
      'Lena Osei, a pollster who has advised three governors, said the race was tied.',
      'Sen. Tom Park, R-Utah, said the hearings would resume on Monday.',
      'Omar Diaz, who runs a bakery near the capital, Port Sylvan, said sales had halved since the border closed.',
      'Senator Maria Lopez, Republican of Ohio, said the bill would fail.',
      "Tom Reyes, Ms. Ruiz's deputy national security adviser, said the talks had failed.",
      'Tomas Brenner, the county chairman, for example, said the dam was late.',
      'Rita Berg, a nurse from Lakeview, Sylvania, said the clinic had no water.',
      'Chris Cole, Sylvania field director for Ruiz, said the office had opened.',
      'Tom Park, also a candidate for the council, said the group was abhorrent.',
      'Shortly after the flood in May, Sen. Tom Park of Utah, now a member of the water board, asked that the dam be raised.',
      'Mayor Ivo Otten, in Port Sylvan, said on Tuesday that the ferry would resume in May.',
      'Ana Brook, the author of “Dry Valley,” about the river, said the farmers had been forgotten.',
      'Jon Salt, a Lakeview, Fla., baker who runs the market, said the flour had not arrived.',
    ],
    doesNotFire: [
      'Farmers in the valley, hundreds of families, told reporters the reservoir was empty.',
      'Ana Ruiz raised the dispute with her counterpart, Tomas Brenner, in a phone call on Wednesday, the Freedonian Foreign Ministry said.',
    ],
  },
  partyTag: {
    name: 'speaker.party-tag',
    what: '"Rep. Jane Doe (D-Ore.)", "Sen. Tom Park, R-Utah,": a party and state say who the speaker is, and are not part of the name',
    fires: ['“The river belongs to both of us,” said Sen. Mara Quist (D-Ore.).', 'Sen. Tom Park, R-Utah, said the hearings would resume on Monday.'],
  },
  participleContinues: {
    name: 'speaker.participle-continues',
    what: '", adding …", ", saying …": the speaker of the clause before goes on',
    fires: ['Ana Ruiz said the border would reopen, adding that lorries would be checked at the crossing.'],
  },
  participleSentenceSubject: {
    name: 'speaker.participle-takes-sentence-subject',
    what: '"The ministry deferred the vote, saying …", "… by warning the board that …": a participle after a clause with no reporting verb speaks for the sentence\'s subject',
    fires: [
      'The Sylvanian Embassy postponed the reception, saying the ambassador had been called home for talks.',
      "At a fair in Dover, Del., on Tuesday, Senator Ada Brennick toured the stalls, saying that the valley would ''never go thirsty again.''",
      'At a market in Lakeview, Ohio, 62-year-old Rita Berg sold her last melons, saying the valley had been forgotten.',
      'Tomas Brenner closed the hearing by warning the board that the sluice would fail within a year.',
      'After the vote, she walked the length of the canal, telling farmers that the levy would pay for new gates.',
      'Ana Ruiz spoke at noon. Then she walked along the canal, telling farmers that the levy would be spent there.',
      'Last week Ana Ruiz was blunt, saying the dam would collapse before the harvest.',
      'Even Ana Ruiz tried to calm the farmers, noting that the ferry was only late.',
      'The day before, at a rally in Lakeview, Ana Ruiz was just as blunt, claiming the dam would fail.',
      'Tomas Brenner backed down at the hearing - saying the ferry could wait another year.',
      'Ana Ruiz had doubts about the dam, while saying that the ferry plan pleased her.',
    ],
  },
  coordinated: {
    name: 'speaker.coordinated-verb',
    what: '"… confirmed the contact and has highlighted …", "… but did note that …", "…, then said …": a second verb of the same subject',
    fires: [
      'Ana Ruiz confirmed the contact and stressed that Freedonia wanted the talks to go on.',
      'Ana Ruiz did not name the dam in her speech but did note that repairs would cost more.',
      'Ana Ruiz thanked the crews and on Tuesday said the ferry would resume in May.',
      'Ana Ruiz toured the canal, then said that the levy would be spent on its banks.',
    ],
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
    doesNotFire: ['“The gates will open on Friday,” wrote Herald correspondent Mara Quist, citing two engineers at the dam.'],
  },
  accordingTo: {
    name: 'speaker.according-to',
    what: '"according to X" names the speaker when nothing else in the sentence does (not when X is an outlet)',
    fires: [
      'According to Tomas Brenner, the dam gates will open on Friday for the first time this year.',
      'The dam gates leaked in 2010, according to engineers who have seen the reports.',
    ],
    doesNotFire: ['According to the Port Sylvan Herald, the dam gates will open on Friday for the first time this year.'],
  },
  progressive: {
    name: 'speaker.progressive-verb',
    what: '"Brenner is telling farmers that …": an -ing form after "is"/"are" is the clause\'s own verb, its subject before it',
    fires: ['Tomas Brenner is telling farmers that the water will come back in May.'],
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
    what: '"Ruiz said … after Brenner warned that …": a verb in a clause of its own (after, while, because, "; ", ", and", "- but she …") speaks for itself',
    fires: [
      'Ana Ruiz said the gates were shut because Tomas Brenner warned that the reservoir was low.',
      'Ana Ruiz said the weir had been mended last spring - but she conceded that the sluice still leaked.',
      'When Tomas Brenner suggested that Sylvania might take the quotas to a tribunal, Ana Ruiz fired back: “Let them try; the treaty is ours.”',
      'Ana Ruiz suggested that the weir was unsafe, while Tomas Brenner said that the gates would hold through the winter.',
      '“The weir will hold,” said Tomas Brenner, though he added that the gates were old.',
    ],
  },
  embeddedCue: {
    name: 'speaker.cue-opens-quotation',
    what: '"Ruiz “stressed the importance of …,” the ministry said": the quotation opens with the sentence subject\'s verb',
    fires: ['Ana Ruiz “stressed the importance of keeping the river open to all shipping,” the ministry said.'],
  },
  dashSignature: {
    name: 'speaker.dash-signature',
    what: '"“…” ― Tom Reyes": a quotation signed with a dash, in its sentence or alone in the next paragraph, is the signer\'s',
    fires: [
      '“The river belongs to both of us and to nobody else.” ― Tomas Brenner',
      '“The river belongs to both of us and to nobody else.”\n\n- Tomas Brenner.',
    ],
  },
  leadsIntoParagraph: {
    name: 'speaker.colon-leads-into-paragraph',
    what: '"Brenner said:" ending a paragraph: the quotation that opens the next paragraph is what Brenner said',
    fires: ['Tomas Brenner told reporters on Monday:\n\n“We will wait for the water to come back, however long it takes.”'],
  },
  colonLeadIn: {
    name: 'speaker.colon-lead-in',
    what: '"Ruiz went further: “…”": a clause with no reporting verb that leads through a colon into a quotation gives it its subject',
    fires: [
      'In an interview later that day, Tomas Brenner went even further: “If the gates stay shut, the harvest is lost.”',
      'Tomas Brenner: “If the gates stay shut, the harvest is lost.”',
      'THE NORTH VOTED EARLY - Tomas Brenner: “If the gates stay shut, the harvest is lost.”',
    ],
    doesNotFire: [
      'The sign on the gate read: “Closed until further notice by order of the water board.”',
      'UPDATE: “This story was changed to add a comment from the water board.”',
    ],
  },
} satisfies Record<string, Rule>;

const R = SPEAKER_RULES;

const HAS_PARTY_TAG = new RegExp(PARTY_TAG, 'u');

/** The subject, with the party tag in `clause` (its words up to the verb) noted: the tag is never part of the name. */
export function notingPartyTag(subject: Subject, clause: string): Subject {
  if (HAS_PARTY_TAG.test(clause)) fire(R.partyTag, subject.why);
  return subject;
}

/**
 * Where the subject before a cue starts: after the last mask, "that", or a clause-opening comma. When the rules
 * below find no one, a name that opens the sentence, described between commas before the verb, speaks.
 */
export function subjectBefore(frame: string, cue: Cue, floor: number): Subject {
  const found = subjectByRules(frame, cue, floor);
  if (isSpeaker(analyseMention(found.text))) return found;
  const start = subjectStart(frame, cue, floor);
  const candidate = subjectBeforeDescription(frame.slice(start, cue.at).trimEnd(), ['name']);
  const described = candidate && !subjectClosesAfter(frame, cue) ? candidate : null;
  if (!described) return found;
  const why = [...found.why];
  fire(R.subjectThenDescription, why);
  return { text: described.text, at: start + described.at, why };
}

/** Where the words before a cue can start: after the floor and the last quotation, inside an opening bracket or tag. */
function subjectStart(frame: string, cue: Cue, floor: number): number {
  const start = Math.max(floor, lastQuotationBefore(frame, cue.at) + 1);
  // "(She says the river …)", "<tweet …>Ivo Lenz told …": a sentence in brackets or in a tag opens on its subject all the same.
  return start + (/^\s*(?:[([]|<[a-z][\w-]*(?:\s[^<>]*)?>)/iu.exec(frame.slice(start, cue.at))?.[0].length ?? 0);
}

function subjectByRules(frame: string, cue: Cue, floor: number): Subject {
  const why: string[] = [];
  fire(R.beforeCue, why);
  let start = subjectStart(frame, cue, floor);
  // "Kovic tried to explain": the verb that carries on with the saying is no part of who speaks.
  let text = frame.slice(start, cue.at).trimEnd().replace(GOES_ON_TO, '');
  // Not "CONTENT, with an aside, said Larry Sabato": a verb followed by its subject closes what was said.
  const roleFirst = subjectBeforeDescription(text);
  const opening = roleFirst && !subjectClosesAfter(frame, cue) ? roleFirst : null;
  if (opening) {
    fire(R.subjectThenDescription, why);
    return { text: opening.text, at: start + opening.at, why };
  }
  // "Ivo Lenz and Ana Berg, both up for re-election, also said": an adverb after the last comma is no subject.
  const adverb = ADVERB_AFTER_COMMA.exec(text);
  if (adverb) text = `${text.slice(0, adverb.index)},`;
  // "Ruiz, who …, said", "The judge -- who once … -- said": a relative or participle clause set off by commas or dashes.
  const relative = text.replace(SUBJECT_ASIDE, ' ');
  if (relative !== text) fire(R.relativeClause, why);
  text = relative.replace(/,\s*$/, '');
  // "Ferry workers who lost their boats say": a relative clause inside the subject, no clause opener.
  const restrictive = /^(\s*(?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’.-]+)\s+(?:who|whose|that)\s+[^,;:—–]*$/u.exec(text);
  const head = restrictive ? analyseMention(restrictive[1]!.trim()) : null;
  if (restrictive && head && head.form !== 'phrase' && isSpeaker(head)) {
    fire(R.relativeClause, why);
    return { text: restrictive[1]!.trim(), at: start + restrictive[1]!.search(/\S/), why };
  }
  const opener =
    // With the comma before an adverb kept: "Clinton, after the scandal broke, initially said" closes the "after" clause.
    (
      /^(.*(?:\b(?:that|as|because|since|while|if|when|so|which|what|(?:in|of|for|by|under|with|among)\s+which)|\b(?:after|before|until|although|though|whereas)(?=\s[^,]*$)|,\s*(?:and|but|with)|\s[—–-]+\s*(?:and|but)(?![^—–]*\s[—–-]+(?:\s|$))|[;:])\s)/su.exec(
        adverb ? relative : text,
      )?.[1] ?? subordinatorOpening(text)
    )?.length ?? 0;
  if (opener > 0 && !/^\s*(?:the|a|an)?\s*$/i.test(text.slice(opener)) && !insideDescription(text, opener)) {
    fire(R.clauseOpener, why);
    start += opener;
    text = text.slice(opener);
  }
  // "One in three said the board does not care and one in four said …": after another verb's words, "and" with a verb before it opens a clause.
  const joined = floor > 0 ? /^(.*\s(?:and|but)\s)(?=\S)/su.exec(text)?.[1] : undefined;
  if (joined && HAS_VERB.test(joined)) {
    fire(R.clauseOpener, why);
    start += joined.length;
    text = text.slice(joined.length);
  }
  // "echoing water experts who say", "from farmers, who say": "who" right before the verb speaks for the group just named.
  const group = groupBeforeWho(text);
  if (group) {
    fire(R.groupBeforeWho, why);
    return { text: group, at: start + text.lastIndexOf(group), why };
  }
  // "At the market hall on Friday she said", "the toll, which she said would …", "- but she later conceded": a subject pronoun right before the verb is the subject.
  const pronoun = /(?<=\s)(he|she|they|we|I)(?:\s+(?:also|then|later|again|still|\p{Ll}+ly))?$/u.exec(text);
  if (pronoun) return { text: pronoun[1]!, at: start + pronoun.index, why };
  // "But Ivo Lenz, the group's director, said": the conjunction joins the sentence to the last; it names no one.
  const conjunction = /^\s*(?:But|And|Yet|So)\s+(?=\p{L})/u.exec(text);
  if (conjunction) {
    start += conjunction[0].length;
    text = text.slice(conjunction[0].length);
  }
  const segments = text.split(/,\s*/);
  const last = stripTrailingNoise(segments.at(-1) ?? '');
  const previous = segments.length > 1 ? segments.at(-2)!.trim() : '';
  // Not when the part before the comma is what was said: "The river is too low, Ana Ruiz said".
  // Not "a nurse from Lakeview, Sylvania": there the name after the comma goes on naming a place.
  // Not "Ivo Lenz, the editor of the paper, The Weekly Lamp, said": a full name before the role is who it describes.
  const namedBefore = segments.length > 2 && looksLikeFullName(segments.at(-3)!) && segments.slice(0, -3).every((s) => ADVERBIAL.test(s.trim()));
  const roleThenName = /^(?:the|a|an|his|her|its|their)\s/i.test(previous) && !PLACE_TAIL.test(previous) && /^\p{Lu}/u.test(last) && !namedBefore;
  const role = previous ? analyseMention(previous) : null;
  // Not "The ferry company folded after the flood, Ana Ruiz said": a role whose words go on past its qualifier is a clause.
  const wholeRole = role?.form === 'role' && (!role.common || role.description === previous.replace(/^(?:the|a|an|his|her|its|their)\s+/i, ''));
  if (last && previous && roleThenName && wholeRole) {
    fire(R.roleThenName, why);
    return { text: `${previous}, ${last}`, at: start + text.lastIndexOf(previous), why };
  }
  // "The lawmakers, however, said", "Legislative leaders in Ohio, for instance, noted": an aside leaves the people named before it the subject.
  // Not a body ("Sylvania's embassy, meanwhile, issued …"): what it issues is read with the verb's own rules.
  const described =
    previous !== '' && ASIDE.test(last.trim()) && segments.slice(0, -2).every((s) => ADVERBIAL.test(s.trim())) ? analyseMention(previous) : null;
  const asideAfterRole = described?.form === 'role' && !described.organisation;
  if (asideAfterRole) {
    fire(R.roleThenAside, why);
    return { text: previous, at: start + offsetOfSegment(text, segments.length - 2), why };
  }
  const named = namedBefore ? segments.length - 3 : nameBeforeDescriptions(segments);
  if (named !== null) {
    fire(R.nameThenDescription, why);
    return { text: segments[named]!.trim(), at: start + offsetOfSegment(text, named), why };
  }
  return { text: last, at: start + text.lastIndexOf(last), why };
}

/**
 * "Lena Brandt, a veteran of the port who retired as director, said": a word that opens clauses
 * ("as", "that", "when") at `at`, inside a description that follows the name of the subject.
 */
function insideDescription(text: string, at: number): boolean {
  const segments = text.split(/,\s*/);
  const inSegment = text.slice(0, at).split(/,\s*/).length - 1;
  return inSegment > 0 && inSegment === segments.length - 1 && describesSomeone(segments[inSegment]!) && nameBeforeDescriptions(segments) !== null;
}

/**
 * A sentence that opens with a subordinator whose clause holds the verb ("When Ivo Lenz announced
 * …", "As Ivo Lenz, an expert on trade, noted"): the subject starts after it. Not "While Lenz
 * waited, Ada Ruiz said": there the opening clause ends at its comma and the subject follows it.
 */
function subordinatorOpening(text: string): string | undefined {
  const opener = OPENING_SUBORDINATOR.exec(text)?.[0];
  if (!opener) return undefined;
  const rest = text.slice(opener.length);
  return !rest.includes(',') || looksLikeName(rest.slice(0, rest.indexOf(','))) ? opener : undefined;
}

/**
 * "Ruiz, who …, said", "Otten, citing “…”, said", "The judge -- who once … -- said", "Kovic - the mayor's
 * sister - told", "Sen. Ruiz (a Lakeview Democrat) says": an aside that ends where the verb starts. Not "- but she …": that opens a clause.
 */
const SUBJECT_ASIDE = new RegExp(
  String.raw`(?:,\s*(?:who|which|whose|speaking|requesting|asking|declining|citing|quoting|responding|replying|answering|writing)\b[^,]*(?:,|${MASK})|\s+(?:--|—|–|-)\s+(?!(?:and|but|or|yet)\s)[^—–]*?\s(?:--|—|–|-)|\s*\([^()]*\))\s*$`,
  'u',
);

/** A title in a description: "the author of “Dry Valley,” about …", "her book ''The Long Drought''", "host of Radio North's “Harbour Hour”". */
const TITLE_BEFORE = /(?:\b(?:of|titled|called|dubbed|book|film|show|novel|memoir|report|album|song)|\p{Lu}[\p{L}.&-]*['’]s)\s+$/u;
/** How long a quoted title may be. */
const TITLE_LENGTH = 40;

/** The longest run of up to four words before a closing "who" that names a group of people by common nouns ("water experts"). */
function groupBeforeWho(text: string): string | null {
  // "compared with 23 percent who said": a share stands for those asked.
  const share = /\b(\d[\d.,]*\s*(?:percent|%)),?\s+who$/u.exec(text);
  if (share) return share[1]!;
  const m = /((?:[\p{L}'’-]+\s+){0,3}\p{Ll}[\p{L}'’-]*),?\s+who$/u.exec(text);
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  const head = words.at(-1)!;
  if (!/s$/.test(head) || !namesPeople(head)) return null;
  // Not "echoed water experts": a verb or a preposition opens no noun phrase.
  const first = words.findIndex((_word, i) => words.slice(i).every((v) => !/^(?:\p{Ll}+(?:ed|ing)|to|of|for|from|by|with|about|at|in|on)$/u.test(v)));
  const phrase = words.slice(first).join(' ');
  return analyseMention(phrase)?.form === 'role' ? phrase : null;
}

/** Adverbs that stand between a subject and its verb: "also said", "initially said". */
const ADVERB = String.raw`(?:also|then|later|again|still|now|once|previously|earlier|too|even|\p{Ll}+ly)`;
/** What may stand between the comma that closes a description and the verb: an auxiliary, an adverb, a time. */
const BETWEEN_COMMA_AND_VERB = String.raw`(?:\s+(?:${AUXILIARY}|${ADVERB}|first|last\s+(?:week|month|year)|(?:on|last)\s+(?:${WEEKDAY_OR_MONTH})))*`;
/** Whether who speaks follows the verb and closes the clause: "…, said Larry Sabato, director of …". */
function subjectClosesAfter(frame: string, cue: Cue): boolean {
  const after = wordsAfter(frame, cue);
  return after.text !== '' && /^\s*(?:[,.;:—–]|$)/u.test(frame.slice(after.at + after.text.length)) && isSpeaker(analyseMention(after.text));
}

/** Words only a clause has: an auxiliary, a relative pronoun. */
const CLAUSE_WORD = new RegExp(String.raw`\b(?:${AUXILIARY}|that|which|who)\b`, 'u');
/** "…, also said", "…, initially said": an adverb between the last comma and the verb. */
const ADVERB_AFTER_COMMA = new RegExp(String.raw`,\s*${ADVERB}$`, 'u');
const SUBJECT_COMMA_DESCRIPTION = new RegExp(String.raw`^(\s*[^,]+?),\s+(.+),${BETWEEN_COMMA_AND_VERB}\s*$`, 'su');

/**
 * "The employee, a registered Republican who spoke on condition of anonymity, said", "The newspaper, long an advocate
 * of reform, writes", "Beck, who backed Ivo Lenz, R-Texas, and opposed Ruiz, last week said": a noun phrase that opens
 * the sentence, what describes it set off by commas, then its verb. Not an opening adverbial ("In the end, …").
 */
function subjectBeforeDescription(text: string, forms: readonly string[] = ['role']): { text: string; at: number } | null {
  const m = SUBJECT_COMMA_DESCRIPTION.exec(text);
  if (!m) return null;
  const subject = m[1]!.trim();
  // A noun phrase, not a clause: no auxiliary, no verb in -ed after a noun ("The firm lobbied on …"), a few words at most.
  const verbInEd = /(?<!\b(?:the|a|an|its|his|her|their))\s+\p{Ll}+ed\b/iu.test(subject);
  if (ADVERBIAL.test(subject) || CLAUSE_WORD.test(subject) || verbInEd || subject.split(/\s+/).length > 8) return null;
  // "The employee of nearly four years": the head before what qualifies it names the speaker too.
  const named = [subject, subject.replace(/\s+(?:of|from|at|for|in|with)\s.*$/u, '')].find((t) => forms.includes(analyseMention(t)?.form ?? ''));
  if (!named) return null;
  // Only a description between the commas: not a name in apposition ("Chile's foreign minister, Ana Ruiz, said": that
  // names the speaker), not an aside alone ("The embassy, meanwhile, issued"), not a clause of its own after a semicolon.
  const middle = m[2]!.split(/,\s*/);
  const name = (segment: string) =>
    !PARTY_ONLY.test(segment.trim()) && (looksLikeName(segment) || (/^\p{Lu}/u.test(segment) && analyseMention(segment.trim())?.form === 'name'));
  // "His host, Kazakhstan's minister of water Yerlan Abdikarimov, has said": an apposition that ends in a full name is who speaks.
  const lastTwoWords = (segment: string) => segment.trim().split(/\s+/).slice(-2).join(' ');
  const appositive = middle.find((segment) => !RELATIVE.test(segment.trim()) && looksLikeFullName(lastTwoWords(segment)));
  if (appositive) {
    const full = lastTwoWords(appositive);
    return { text: full, at: text.indexOf(full, m[1]!.length) };
  }
  if (/[;:]/.test(m[2]!) || middle.some(name) || middle.every((segment) => ASIDE.test(segment.trim()))) return null;
  return { text: named, at: m[1]!.search(/\S/) };
}

/** A relative clause set off by a dash and not yet closed: " - who once said". */
const DASH_RELATIVE_OPEN = /\s(?:--|—|–|-)\s*(?:who|which|whose)\b[^—–]*$/u;

/** A relative clause after a comma, not yet closed: ", who once called the plan". */
const COMMA_RELATIVE_OPEN = /,\s*(?:who|which|whose)\b[^,]*$/u;

/** Where the last quotation before `at` ends, passing over titles quoted inside a description of the subject. */
function lastQuotationBefore(frame: string, at: number): number {
  let end = frame.lastIndexOf(MASK, at - 1);
  while (end >= 0) {
    let start = end;
    while (start > 0 && frame[start - 1] === MASK) start--;
    const before = frame.slice(Math.max(0, start - 30), start);
    // "Otten, citing “…,” said": the aside quotes someone else, of any length; so does "Lenz - who once said he would “…” - said".
    const inDashRelative = DASH_RELATIVE_OPEN.test(frame.slice(0, start)) && /\s(?:--|—|–|-)\s/u.test(frame.slice(end + 1, at));
    // So does "Ruiz, who called it “reckless,” said": a quotation that closes a relative clause right before the verb.
    const closesRelative = COMMA_RELATIVE_OPEN.test(frame.slice(0, start)) && /^\s*$/.test(frame.slice(end + 1, at));
    // So does a name in a description: "Ivo Lenz, the hacker known as “Guccifer,” stated".
    const naming = NAMING_CONTEXT.test(before);
    if (!QUOTED_IN_ASIDE.test(before) && !inDashRelative && !closesRelative && !naming && (end - start >= TITLE_LENGTH || !TITLE_BEFORE.test(before))) break;
    end = frame.lastIndexOf(MASK, start - 1);
  }
  return end;
}

/** How many comma-separated descriptions may stand between a name and its verb. */
const MAX_DESCRIPTIONS = 4;

/**
 * "Lena Osei, a pollster who has advised three governors, said", "Sen. Tom Park, R-Utah, said",
 * "Omar Diaz, who runs a bakery near the capital, Lisbon, said": walking back over what
 * describes someone (a phrase opening with a determiner or a lowercase word, a possessive, an
 * age, a party tag, a relative clause and all after it) to the name it describes. The index of
 * that name's segment, or null when the last segment is itself the subject.
 */
function nameBeforeDescriptions(segments: readonly string[]): number | null {
  // Not "Lavrov, who previously said": there the verb is the relative clause's own.
  const relative = segments.findLastIndex((s, i) => i > 0 && i < segments.length - 1 && /^(?:who|whose)\b/i.test(s.trim()));
  let i = relative > 0 ? relative - 1 : segments.length - 1;
  if (relative <= 0) {
    const walksOver = (j: number) =>
      describesSomeone(segments[j]!) ||
      // "a Lakeview, Fla., baker": the state of a place inside a description.
      US_STATES.has(segments[j]!.trim()) ||
      ASIDE.test(segments[j]!.trim()) ||
      (PLACE_TAIL.test(segments[j - 1]!) && looksLikeName(segments[j]!)) ||
      (AFFILIATION.test(segments[j]!.trim()) && looksLikeFullName(segments[j - 1]!));
    while (i > 0 && segments.length - 1 - i < MAX_DESCRIPTIONS && walksOver(i)) i--;
    if (i === segments.length - 1) return null;
  }
  // A subject opens its clause: only adverbials ("On Tuesday,") may come before the name.
  const opensClause = segments.slice(0, i).every((s) => ADVERBIAL.test(s.trim()));
  // "The letter from A to B, delivered on Monday, proposes …": a participle describes the noun phrase before it, whatever it is.
  const participleSkipped = segments.slice(i + 1).some((s) => PARTICIPIAL.test(s.trim()));
  // "Gazette columnist Mara Quist, in a bid to …, wrote": a name with its title before it names too.
  const named =
    looksLikeName(segments[i]!) ||
    NAME_OF_PLACE.test(segments[i]!.trim()) ||
    (looksLikeTitledName(segments[i]!) && analyseMention(segments[i]!.trim())?.form === 'name');
  return opensClause && (named || (participleSkipped && DETERMINED.test(segments[i]!.trim()))) ? i : null;
}

/** "…, a nurse from Dayton, Ohio, said": a segment ending in a place, so the next one ("Ohio") goes on naming it. */
const PLACE_TAIL = /\b(?:from|of|in|near)\s+(?:\p{Lu}[\p{L}.'’-]*\s*)+$/u;
/** "Ada Baker of Lakeview": a name, then where the person is from. */
const NAME_OF_PLACE = new RegExp(String.raw`^${CAPITALISED}(?:\s+${CAPITALISED}){1,4}\s+(?:of|from)\s+${CAPITALISED}(?:\s+${CAPITALISED})*$`, 'u');

/**
 * An aside between a subject and its verb: "Ruiz, for example, said", "Brenner, in a statement, said", "Ruiz, in a bid to
 * calm them, said"; where or when ("Otten, in Port Sylvan, said", "Kovic, after the vote, wrote").
 */
const ASIDE = new RegExp(
  String.raw`^(?:for example|for instance|by contrast|in contrast|in turn|however|meanwhile|too|in fact|of course|in particular|moreover|instead|likewise|similarly|nonetheless|nevertheless|at least|at the time|again|though|in (?:a|an|his|her|their|its)\s+(?:\p{L}+\s+){0,2}(?:statement|interview|call|post|letter|speech|email)|in\s+(?:a|an|his|her|their|its)\s+(?:attempt|bid|effort)\s+to\s+.+|(?:on|last|this)\s+(?:${WEEKDAY_OR_MONTH}|week|month|year)|earlier|later|(?:in|at|after|before|during|following|amid|on|speaking|writing|testifying|appearing)\s+[^,]{2,120})$`,
  'iu',
);

/** A participial phrase: "delivered to the ministry on Monday", "speaking on condition of anonymity". */
const PARTICIPIAL = /^\p{Ll}+(?:ed|ing)\b/u;
const DETERMINED = /^(?:The|A|An|His|Her|Its|Their)\s/u;

/** Where segment `index` of `text` (split at commas) starts. */
function offsetOfSegment(text: string, index: number): number {
  const separators = [...text.matchAll(/,\s*/g)];
  return index === 0 ? text.length - text.trimStart().length : separators[index - 1]!.index + separators[index - 1]![0].length;
}

const PARTY_ONLY = new RegExp(String.raw`^${PARTY_TAG}$`, 'u');

/** Words that open an adverbial ("On Tuesday", "in a call", "however"), not a description of someone. */
const ADVERBIAL =
  /^(?:(?:shortly|soon|just|right|long|only|even|moments|minutes|hours|days|weeks|months|years)\s+(?:after|before|since|when|as)|(?:late|early|most)\s+(?:last|this|next|on|in|recently)|recently|on|in|at|by|during|after|before|since|until|from|last|this|next|earlier|later|according|however|meanwhile|still|yet|also|separately|but|and|then|now|today|yesterday|tonight|asked|speaking|for|with|without|despite|amid|as|when|while|if|though|although|because|moreover|furthermore|indeed|instead|nonetheless|nevertheless|similarly|likewise|finally|ultimately|additionally|besides|thus|hence|notably|importantly|of course)\b/i;

/** A relative clause that holds the verb itself ("Ruiz, who previously said"): the relative pronoun is the subject. */
const RELATIVE = /^(?:who|whom|whose|which|that)\b/i;

/** What describes a person or body rather than names one: "the foreign minister", "a nurse who …", "70", "R-Utah". */
function describesSomeone(segment: string): boolean {
  // "also a candidate", "now an adviser to Ruiz": an adverb before the description leaves it one.
  const s = segment.trim().replace(/^(?:also|now|then|once|formerly|himself|herself|themselves|still)\s+(?=(?:the|a|an|his|her|its|their)\s)/i, '');
  // "Across Freedonia, farmers said": a bare plural is a group that speaks, not a description of a name.
  const barePlural = /^\p{Ll}+(?<!ss|is|us)s\b/u.test(s) && !/^(?:its|his|this|thus|various|previous|numerous)\b/.test(s);
  // "son Ghassan and his wife had been travelling together": a verb of its own, outside a relative clause, makes a clause.
  const clause = OWN_VERB.test(s) && !/\b(?:who|whom|whose|which|that)\b/.test(s);
  return s !== '' && !ADVERBIAL.test(s) && !RELATIVE.test(s) && !barePlural && !clause && (DESCRIPTION.test(s) || /^\d/.test(s) || PARTY_ONLY.test(s));
}

/** A finite auxiliary with a participle after it: "had been travelling", "has won", "is running" (not "having been used"). */
const OWN_VERB = new RegExp(String.raw`\b(?!be\b|been\b)(?:${AUXILIARY})\s+(?:not\s+)?(?:been|\p{Ll}+ed|\p{Ll}+ing|\p{Ll}+en)\b`, 'u');

const NAME_SEGMENT = new RegExp(
  String.raw`^(?!(?:On|In|At|By|During|After|Before|Since|Until|From|Last|This|Next|Early|Late|Earlier|Later|According|As|For|With|However|Meanwhile|Asked|But|And|Still|Yet|Also|Then|Now|Today|Yesterday)\b)(?!.*\b(?:${WEEKDAY_OR_MONTH})\b)${CAPITALISED}(?:\s+${CAPITALISED}){0,5}(?:\s*${PARTY_TAG})?$`,
  'u',
);

/**
 * A person's or body's name, written as names are: capitalised words, a title, a party tag. Not one
 * word that opens sentences ("Regardless,", "There,", "Ultimately,"): only its capital makes it look like a name.
 */
/** "Ivo Lenz, at a consulting firm in Lakeview, said": where a named person works, after the name. */
const AFFILIATION = /^(?:at|with|of|from)\s+(?:the\s+|an?\s+)?[\p{Lu}\p{Ll}]/u;

/** Words a name with its title may be ("Gazette columnist Mara Quist"): several, not opening an adverbial ("Speaking in La Paz"). */
const looksLikeTitledName = (segment: string): boolean => /\S\s+\S/.test(segment.trim()) && !ADVERBIAL.test(segment.trim());

/** A name of two words or more: what an affiliation or a second description may follow. */
const looksLikeFullName = (segment: string): boolean => looksLikeName(segment) && /\S\s+\S/.test(segment.trim());

const looksLikeName = (segment: string): boolean => {
  const s = segment.trim();
  return NAME_SEGMENT.test(s) && !(/^\p{Lu}\p{Ll}+$/u.test(s) && (SENTENCE_OPENERS.has(s.toLowerCase()) || /(?:ly|ing|less)$/.test(s)));
};

/**
 * What describes a person: "the Freedonian foreign minister", "Kazakhstan's minister of …",
 * "Mr. Park's deputy", "a spokesman for …", "Republican of Ohio".
 */
const DESCRIPTION =
  /^(?:(?:the|a|an|his|her|its|their)\s|(?:\p{Lu}[\p{L}.-]*\s+){1,3}\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)*(?:\s+(?:for|of|at|with|in)\s.*)?$|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?\s+\p{Ll}|(?:Republican|Democrat|Democratic|Independent|Libertarian|Conservative|Labour|Liberal)\s+(?:of|from|for)\s|\p{Ll})/u;

const AFTER_INVERTED_CUE = new RegExp(
  String.raw`^\s+(${PHRASE}*?)(?=\s*(?:[,;:\uE000]|${FULL_STOP}(?!\S)|$|\s(?:in|at|on|during|after|before|adding|according|when|while|as|to|from)\s))`,
  'u',
);

/** The subject after an inverted cue: "…,” said the spokesman, adding …". */
export function subjectAfter(frame: string, cue: Cue): Subject {
  const why: string[] = [];
  fire(R.afterCue, why);
  return { ...speakerAfter(frame, cue), why };
}

/** Who stands right after a verb, without the relative clauses that describe them; no rule is noted, as this may only be a try. */
export function speakerAfter(frame: string, cue: Cue): { text: string; at: number } {
  const after = wordsAfter(frame, cue);
  // "said one owner of a shop that sells boots who declined to be named": the relative clauses describe the speaker.
  const relative = /\s(?:who|that|which|whose)\s/u.exec(after.text);
  if (relative && !isSpeaker(analyseMention(after.text))) {
    const head = after.text.slice(0, relative.index);
    if (isSpeaker(analyseMention(head))) return { text: head, at: after.at };
  }
  return after;
}

/** The noun phrase right after a cue, whatever it turns out to be. */
function wordsAfter(frame: string, cue: Cue): { text: string; at: number } {
  const rest = frame.slice(cue.end);
  const m = AFTER_INVERTED_CUE.exec(rest);
  const text = m ? m[1]!.trim() : '';
  return { text, at: cue.end + rest.indexOf(text) };
}

/** A noun phrase opening with a determiner: "The official", "the senior Sylvanian diplomat". */
const DETERMINED_SUBJECT = new RegExp(
  String.raw`^(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:(?:${CAPITALISED}|senior|unnamed|top|former|\p{Ll}+(?:ian|ese|ish))\s+)*(?:${CAPITALISED}|\p{Ll}+(?<!ed)\b)`,
  'u',
);
/** "Other former CIA officers", "Many farmers", "Some advocates": a quantifier, then up to four words, to a noun for people. */
function quantifiedSubject(rest: string): [string] | null {
  const m = /^(?:[Oo]ther|[Mm]any|[Ss]ome|[Mm]ost|[Ss]everal|[Ff]ew|[Aa]ll|[Bb]oth)(?:\s+[\p{L}-]+){1,4}/u.exec(rest);
  const words = m ? m[0].split(/\s+/) : [];
  const head = words.findIndex((w, i) => i > 0 && namesPeople(w));
  return head > 0 ? [words.slice(0, head + 1).join(' ')] : null;
}

/** A name: capitalised words, a title's abbreviation among them ("Ms. Holt", "Ana Ruiz"). */
const NAMED_SUBJECT = new RegExp(String.raw`^${CAPITALISED}(?:\s+${CAPITALISED})*`, 'u');
/** An opening adverbial up to its comma: "At a diner in Keene, Ms. Holt …", "On Tuesday, the ministry …". */
const OPENING_WORDS = [
  'On',
  'In',
  'At',
  'By',
  'During',
  'After',
  'Before',
  'Since',
  'Until',
  'From',
  'Last',
  'Earlier',
  'Later',
  'Asked',
  'According to',
  'Meanwhile',
  'However',
  'Separately',
  'Once',
  'When',
  'While',
  'Although',
  'Though',
  'If',
  'Because',
  'As',
  'Amid',
  'Despite',
  'With',
  'Without',
  'Unlike',
  'Like',
  'For',
  'Under',
  'Over',
  'Still',
  'Now',
  'Then',
  'Instead',
  'Even',
  'Outside',
  'Inside',
  'Beyond',
  'Across',
  'Throughout',
  'Within',
  'Among',
  'Around',
  'Near',
  'Behind',
  'To',
];
/** Either case for a word's first letter: after "But", "a few days later" is not capitalised. */
const eitherCase = (word: string) => `[${word.charAt(0).toUpperCase()}${word.charAt(0).toLowerCase()}]${word.slice(1)}`;
/** "A few days later,", "Two weeks ago,", "The day before,": a stretch of time that opens the sentence. */
const TIME_AGO = String.raw`(?:[Tt]he\s+(?:day|week|month|year|night|morning)\s+(?:before|after)(?=,)|(?:${['a', 'an', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'days', 'weeks', 'months', 'years', 'hours', 'moments', 'shortly', 'soon'].map(eitherCase).join('|')})(?:\s+[\p{L}\d-]+){0,3}?\s+(?:later|ago|earlier|afterwards?)(?=,))`;
/** An adverbial that opens the sentence up to its comma, after "But" or "And" too: "But a few days later, …". */
const OPENING = new RegExp(
  String.raw`^(?:(?:But|And|Yet|So)\s+)?(?:(?:${OPENING_WORDS.map(eitherCase).join('|')})\b|\p{Lu}\p{Ll}+ing\b|${TIME_AGO})[^,]*,\s*`,
  'u',
);
/** Sentence openers that can be a subject themselves: "Some argue", "Each said", "Many say". */
const SUBJECT_WORDS = new Set(['some', 'each', 'many', 'most', 'few', 'several', 'both', 'all', 'none', 'another', 'others', 'who']);
/** A dateline before the story: "NEW YORK (AFP) – ", "Kyiv (Reuters) - ". */
const DATELINE = /^\p{Lu}[\p{L}.,' ]{0,40}\((?:AFP|AP|Reuters|UPI|dpa|Xinhua|TASS)\)\s*[–—-]\s*/u;

/**
 * The sentence's own subject, for a participle that has no clause before it: "The official
 * deferred …, saying “…”", "At a diner in Keene, Ms. Holt thanked the crowd, saying …": after an
 * opening adverbial, the noun phrase up to its verb.
 */
export function leadingSubject(frame: string): Subject | null {
  let at = DATELINE.exec(frame)?.[0].length ?? 0;
  // "Then she walked along the canal, telling …": a pronoun after a word that joins the sentence to the last one, not an opening phrase.
  const joined = /^(?:But|And|Yet|So|Then|Later|Still)\s+(?=(he|she|they|we|I)\s)/u.exec(frame.slice(at));
  if (joined) return { text: joined[1]!, at: at + joined[0].length, why: [] };
  // "But some strategists fear … and warn": a conjunction that joins the sentence to the last names no one.
  at += /^(?:But|And|Yet|So)\s+(?=\p{L})/u.exec(frame.slice(at))?.[0].length ?? 0;
  const start = at;
  // "At a rally in Boise, Idaho, on Tuesday, Kovic …": the opening goes on over the state of its place and what follows.
  for (let opening = OPENING.exec(frame.slice(at)); opening; opening = OPENING.exec(frame.slice(at))) {
    at += opening[0].length;
    const state = /^([^,]{2,20}),\s+/u.exec(frame.slice(at));
    if (state && US_STATES.has(state[1]!)) at += state[0].length;
  }
  // "Even Kovic tried …, noting", "Last week Kovic was blunt, saying": a word of focus or time with no comma of its own
  // opens on the subject; what looked like an opening up to the comma was the main clause.
  const found = subjectFrom(frame, at);
  const focus = FOCUS_OR_TIME.exec(frame.slice(start));
  return found ?? (focus && at !== start ? subjectFrom(frame, start + focus[0].length) : null);
}

/** "Even Kovic", "Last week Kovic", "Only the mayor": what opens a sentence before its subject with no comma. */
const FOCUS_OR_TIME =
  /^(?:(?:Even|Only|Also|Still|Now|Then)\s+|(?:Last|This|Earlier|Later|Next)\s+(?:week|month|year|night|morning|evening|\p{Lu}\p{Ll}+day)\s+)(?=\p{Lu}|(?:the|a|an|his|her|their)\s)/u;

/** What a possessor owns: up to three words in lower case, none of them a verb ("central bank", "younger sister"). */
const POSSESSED = new RegExp(String.raw`^(?:\s+(?!(?:${AUXILIARY})\b)\p{Ll}[\p{Ll}-]*(?<!ed)){1,3}(?=\s+(?:${AUXILIARY}|\p{Ll}+ed)\b|,)`, 'u');

/** The noun phrase that opens the sentence at `at`. */
function subjectFrom(frame: string, at: number): Subject | null {
  // "62-year-old Ada Ruiz": an age before the name describes her.
  at += /^\d+-year-old\s+(?=\p{Lu})/u.exec(frame.slice(at))?.[0].length ?? 0;
  const rest = frame.slice(at);
  // "After the vote, she walked the canal, telling …": after an opening, a pronoun in lower case.
  const m = DETERMINED_SUBJECT.exec(rest) ?? quantifiedSubject(rest) ?? NAMED_SUBJECT.exec(rest) ?? /^(?:he|she|they|we)(?=\s)/u.exec(rest);
  // "There's still time …", "Even as he won …": a capital that only opens the sentence (not "He", "Some").
  const word = m?.[0].toLowerCase().replace(/['’].*$/, '') ?? '';
  if (!m || (!m[0].includes(' ') && SENTENCE_OPENERS.has(word) && !PERSONAL_PRONOUNS[word] && !SUBJECT_WORDS.has(word))) return null;
  // "Ana Ruiz’s deputy was blunt": a possessor is not the subject; what it owns, up to the verb, is, when the verb can be told.
  const owned = /['’]s$/u.test(m[0]) ? POSSESSED.exec(rest.slice(m[0].length))?.[0] : undefined;
  return { text: m[0] + (owned ?? ''), at, why: [] };
}

/** Words that can name a speaker: a name, role, pronoun or relative, or a capitalised phrase the registry may know. */
export function isSpeaker(info: MentionInfo | null): info is MentionInfo {
  if (!info) return false;
  if (info.form === 'phrase') return /^\p{Lu}/u.test(info.text.replace(/^the\s+/i, ''));
  return true;
}
