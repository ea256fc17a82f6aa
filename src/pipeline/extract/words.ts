/**
 * What was said: which quotation each reporting clause reports, and for indirect
 * speech the reported content, without the manner, setting and channel around it
 * ("said in writing on July 5 that …", "at a press conference", "according to …").
 */
import { findTimeExpressions } from '../dates/time-expressions.ts';
import type { Attribution, QuoteInSentence } from './clause.ts';
import { NOISE_RULES, isNamingQuote } from './noise.ts';
import { fire, type Rule } from '../rule.ts';
import { isForm } from './verbs.ts';
import { AUXILIARY, CAPITALISED, HAS_VERB, QUOTED_IN_ASIDE } from './patterns.ts';

export const WORDS_RULES = {
  quoteBeforeClause: {
    name: 'words.quote-before-clause',
    what: '"“…,” X said": the clause right after a quotation reports it',
    fires: ['“We will not give up a single drop of the river,” Ana Ruiz said.'],
    doesNotFire: ['Ana Ruiz said: “We will not give up a single drop of the river.”'],
  },
  quoteAfterClause: {
    name: 'words.quote-after-clause',
    what: '"X said: “…”": the last clause before a quotation reports it',
    fires: ['Ana Ruiz said: “We will not give up a single drop of the river.”'],
  },
  quoteOpensSentence: {
    name: 'words.quote-opens-sentence',
    what: '"“…” that the levy can pass, said X": a quotation that opens the sentence, with words of the writer\'s after it, is reported by the verb that closes it',
    fires: ['“Nobody on the council believes a word of it, least of all me” that the levy can pass, said Brant Lowe, a pollster in Lakeview.'],
    doesNotFire: [
      '“The levy will pass,” Brant Lowe said.',
      '“It was never a fair fight,” one councillor familiar with the talks noted, who added that the mayor seemed “rattled” by the anger.',
    ],
  },
  continuationJoins: {
    name: 'words.continuation-joins',
    what: '"X announced the toll, saying …": what the participle reports after a verb with no words of its own is the statement going on',
    fires: ['Freedonia announced the new toll last month, saying it wanted the farmers to pay for the dam.'],
  },
  additionStandsAlone: {
    name: 'words.indirect-addition-stands-alone',
    what: '"…,” X said, adding, “…”", "…, adding that …", "X said the toll was unfair, adding that …": what the participle reports after words of the verb\'s own is a statement of its own, a cue of its own',
    fires: [
      '“The gates must open,” Ana Ruiz said, adding that farmers could not wait another week for water.',
      'Ana Ruiz said the toll was unfair, adding that nobody had asked the farmers about it.',
      'Ana Ruiz said she plans to visit the dam after the harvest, insisting that the gates stay shut.',
      '“The gates must open,” Ana Ruiz said, adding that the farmers were “running out of patience.”',
      '“The gates must open,” Ana Ruiz said, adding: “Our farmers cannot wait another week for water.”',
    ],
    doesNotFire: ['Freedonia announced the new toll last month, saying it wanted the farmers to pay for the dam.'],
  },
  contentAfterCue: {
    name: 'words.content-after-cue',
    what: '"X said (that) CONTENT": the reported content follows the verb and its addressee',
    fires: ['Ana Ruiz told reporters that the gates of the dam would open on Friday.'],
  },
  leadsOnToColon: {
    name: 'words.leads-on-to-colon',
    what: '"She went on to say:", "Ruiz posted this tweet:": before a colon that closes the sentence, words with no verb of their own are how it was said; the clause leads into the next paragraph',
    fires: ['Ana Ruiz told the farmers, to loud applause:\n\n“The ferry will run all winter.”'],
    doesNotFire: ['Ana Ruiz told the farmers that the ferry would run all winter.'],
  },
  relativeGap: {
    name: 'words.relative-gap',
    what: '"The council passed a toll, which Ana Ruiz said was illegal": what was said is the predicate after the verb, about what the relative pronoun points back to',
    fires: ['The council passed a new ferry toll, which Ana Ruiz said was illegal.'],
    doesNotFire: ['The council passed a new ferry toll, which Ana Ruiz opposed.'],
  },
  contentAroundCue: {
    name: 'words.content-around-cue',
    what: '"CONTENT, X said, CONTENT": an attribution between commas inside what was said',
    fires: ['The question of which ferry to close first, Ana Ruiz said, is not a simple one.'],
    doesNotFire: ['Ana Ruiz said the sales were slow, and nobody came to the market.'],
  },
  contentBeforeCue: {
    name: 'words.content-before-cue',
    what: '"CONTENT, X said": the content stands before the verb',
    fires: ['The gates of the dam will open on Friday, Ana Ruiz said.', 'The ferry company folded after the flood, the Harbour Courier reported in 2014.'],
  },
  dropManner: {
    name: 'words.drop-manner-and-day',
    what: '"replied in writing on July 5, arguing …": how and when it was said are not what was said',
    fires: ['Ana Ruiz replied in writing on Monday that the quotas could not be changed this year.'],
  },
  dropSetting: {
    name: 'words.drop-setting',
    what: '"said at a press conference that …": where it was said is not what was said',
    fires: [
      'Ana Ruiz said at a press conference in the capital that the quotas could not be changed this year.',
      "Ana Ruiz said on Channel Four's morning program that the quotas could not be changed this year.",
    ],
  },
  settingThenClause: {
    name: 'words.setting-then-bare-clause',
    what: '"said in an interview the ferry would …": after a setting of one noun, a clause with no "that" is what was said',
    fires: [
      'Mayor Lena Brandt said in a statement the ferry schedule deserves a full review.',
      'Lena Brandt told reporters at a briefing the ferry would resume in May.',
    ],
    doesNotFire: ['Lena Brandt said in a statement that the ferry would resume in May.', 'Lena Brandt spoke at a rally in the old harbour hall.'],
  },
  dropChannel: {
    name: 'words.drop-channel',
    what: '"…, according to Y" or "citing Y" after the content is its channel, not its words',
    fires: ['Tomas Brenner said the dam would be finished by autumn, according to the Port Sylvan Herald.'],
  },
  dropOutletTag: {
    name: 'words.drop-outlet-tag',
    what: '"…, Kazinform correspondent reports" is the outlet\'s tag, not what was said',
    fires: ['Ana Ruiz said the border would reopen on Friday, Freedonia Daily correspondent reports.'],
  },
  verbWithAddressee: {
    name: 'words.verb-with-addressee',
    what: '"responded to Y\'s list of demands and …": with nothing reported after the addressee, the verb and its addressee are what was done',
    fires: ['Tomas Brenner responded to a list of Russian demands and left for the capital on Friday.'],
  },
  shortObjectWithVerb: {
    name: 'words.short-object-with-verb',
    what: '"The ministry has confirmed the contact": an object too short to stand alone reads with its verb',
    fires: ['The Freedonian Foreign Ministry confirmed the contact.'],
    doesNotFire: ['The Freedonian Foreign Ministry confirmed that the minister had spoken to Tomas Brenner by phone.'],
  },
  cueNamesAct: {
    name: 'words.cue-names-act',
    what: '"lodged a diplomatic protest": a cue that names the act is its own content',
    fires: ['Freedonia lodged a formal protest on Monday.'],
  },
  channelOfQuote: {
    name: 'words.clause-is-channel',
    what: 'a clause whose content holds a quotation another clause reports is only its channel',
    fires: [
      'Ana Ruiz told reporters after the vote, in which the council accused Sylvania of hoarding the river, that the farmers “cannot water their fields with promises.”',
    ],
  },
} satisfies Record<string, Rule>;

const R = WORDS_RULES;

interface Span {
  start: number;
  end: number;
}

/** What finding one clause's reported content looks at: the sentence, its masked frame, its clauses, the quotations they report, its relative clauses. */
interface SentenceReading {
  sentence: string;
  frame: string;
  clauses: readonly Attribution[];
  owned: readonly QuoteInSentence[];
  relatives: readonly Span[];
}

/** Text between two offsets is only punctuation and space. */
export const adjacent = (frame: string, from: number, to: number): boolean => /^[\s,:;—–-]*$/.test(frame.slice(from, to));

/** Gives each quote to the clause that reports it, folds continuations in, and gives indirect clauses their content. */
export function assignWords(
  sentence: string,
  frame: string,
  quotes: readonly QuoteInSentence[],
  clauses: Attribution[],
  embedded: Attribution[],
  relatives: readonly Span[],
): Attribution[] {
  const claimed = new Set(embedded.flatMap((c) => c.quotes));
  for (const [qi, q] of quotes.entries()) {
    if (claimed.has(qi) || isNamingQuote(frame, q) || QUOTED_IN_ASIDE.test(frame.slice(0, q.start))) continue;
    // Not "… to “…” and said he would …": a verb of its own.
    // Not a title quoted inside the clause's own subject ("X, the author of “Dry Valley,” said"): the clause starts after the quotation.
    const after = clauses.find(
      (c) => !c.continues && !c.coordinated && Math.min(c.clause.start, c.cueAt) >= q.end && adjacent(frame, q.end, Math.min(c.clause.start, c.cueAt)),
    );
    // A verb inside a relative clause reports nothing quoted after that clause closes and the sentence goes on
    // ("Lenz, who once said …, said “…”"); it does report one right after it (", in which he declares, “…”").
    const enclosed = (c: Attribution) =>
      relatives.some((r) => c.cueAt > r.start && c.cueAt < r.end && q.start >= r.end && !/^[\s,:]*$/.test(frame.slice(r.end, q.start)));
    const before = [...clauses].reverse().find((c) => c.cueAt < q.start && !enclosed(c));
    // "“…” that the levy can pass, said X": a quotation opening the sentence, its only verb at the end, words between.
    const closing =
      after || before || !/^\W*$/.test(frame.slice(0, q.start)) || clauses.length !== 1 || clauses[0]!.speaker.form === 'relative' ? undefined : clauses[0];
    const owner = after ?? before ?? closing;
    if (!owner) continue;
    owner.quotes.push(qi);
    fire(after ? R.quoteBeforeClause : closing ? R.quoteOpensSentence : R.quoteAfterClause, owner.why.words);
  }
  const owned = [...embedded, ...clauses].flatMap((c) => c.quotes.map((i) => quotes[i]!));
  const reading: SentenceReading = { sentence, frame, clauses, owned, relatives };
  const folded: Attribution[] = [];
  for (const c of clauses) {
    const previous = folded.at(-1);
    if (c.continues && previous) {
      // What the participle reports is said on the same occasion, to the same people, unless it names its own.
      const standsAlone = (): Attribution => ({
        ...c,
        continues: false,
        addressees: c.addressees.length > 0 ? c.addressees : previous.addressees,
        why: { ...c.why, words: [...c.why.words, R.additionStandsAlone.name] },
      });
      // "“…,” X said, adding, “…”", "…, adding that Y is “…”": a verb of its own after words of the verb's own.
      if (previous.quotes.length > 0) {
        fire(R.additionStandsAlone);
        folded.push(standsAlone());
        continue;
      }
      // "said the toll was unfair, adding that …": a clause of its own before the participle is a statement of its own.
      // Its rules are noted only if its words are kept.
      const ownWhy: string[] = [];
      const own = previous.quotes.length === 0 && previous.content === null ? reportedContent(reading, previous, ownWhy) : null;
      if (own !== null && (isClause(own) || hasVerb(own))) {
        fire(R.additionStandsAlone);
        previous.why.words.push(...ownWhy);
        previous.content = own;
        folded.push(standsAlone());
        continue;
      }
      fire(R.continuationJoins, previous.why.words);
      previous.quotes.push(...c.quotes);
      if (c.quotes.length === 0) previous.content = joinContent(previous.content, reportedContent(reading, c, previous.why.words));
      continue;
    }
    folded.push(c);
  }
  const withEmbedded = [...embedded, ...folded];
  for (const c of folded) {
    if (c.quotes.length > 0 || c.content !== null) continue;
    // A clause whose only content is a quote that another clause reports is the medium ("…,” Price said).
    if (embedded.length > 0 && quotes.length > 0) continue;
    c.content = reportedContent(reading, c, c.why.words);
  }
  return withEmbedded.filter(reportsEnough).sort((a, b) => a.clause.start - b.clause.start);
}

/** Reported words that hold a verb of their own ("the toll was unfair"), not an object alone ("the licensing requirement"). */
function isClause(content: string): boolean {
  return /^that\b/.test(content) || AUXILIARY_AFTER_A_WORD.test(content);
}

const AUXILIARY_AFTER_A_WORD = new RegExp(String.raw`\s(?:${AUXILIARY})\b`);

/** Four words or more with a verb among the first six: an auxiliary, or a word in -s or -ed after the first ("the schedule deserves"). */
function hasVerb(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 4 && HAS_VERB.test(` ${words.slice(0, 6).join(' ')} `);
}

/** A clause that reports a quotation, or three words or more. */
function reportsEnough(c: Attribution): boolean {
  if (c.quotes.length > 0) return true;
  if (c.content === null) return false;
  if (c.content.split(/\s+/).length >= 3) return true;
  fire(NOISE_RULES.tooFewWords);
  return false;
}

function joinContent(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  return b === null ? a : `${a} … ${b}`;
}

/** Indirect speech: "X said (that) CONTENT" or "CONTENT, X said". The rules that shaped it go into `why`. */
function reportedContent(reading: SentenceReading, c: Attribution, why: string[]): string | null {
  const { sentence, frame, clauses, owned, relatives } = reading;
  const next = clauses.find((d) => d.cueAt > c.cueAt);
  const from = c.addressees.filter((a) => !a.inContent).reduce((end, a) => Math.max(end, a.end), c.clause.end);
  // A relative clause ("…, who previously said …, said") ends at its closing comma, which may stand inside a closing mark.
  const relativeEnd = c.speaker.form === 'relative' ? (relatives.find((r) => c.cueAt > r.start && c.cueAt < r.end)?.end ?? frame.indexOf(',', from)) : -1;
  // A participle going on (", adding that …") starts at its verb: its clause reaches back to the subject it shares.
  let to = frame.length;
  if (relativeEnd > from) to = relativeEnd;
  else if (next?.continues) to = Math.max(from, next.cueAt);
  // "… critics who say he should …, saying …": a participle of the sentence's subject after the words ends them, too.
  else if (next && /^\p{Ll}+ing$/u.test(next.cue) && next.cueAt > from && next.clause.start < from) to = next.cueAt;
  else if (next && next.clause.start > from) to = next.clause.start;
  if (owned.some((q) => q.start >= from && q.end <= to)) {
    fire(R.channelOfQuote);
    return null;
  }
  // "CONTENT, said X": the words stand before the verb, never after who said them; nor after a semicolon ("…, analysts say; in 2012, …").
  const verbFirst = c.inverted === true && c.quotes.length === 0;
  let tail = verbFirst || /^\s*;/.test(sentence.slice(from, to)) ? '' : sentence.slice(from, to);
  const untouched = tail;
  for (let before = ''; before !== tail;) {
    before = tail;
    tail = tail.replace(/^[\s,:]*(?:in writing|by (?:tele)?phone|by letter|in person)\b/u, '');
    const t = findTimeExpressions(tail)[0];
    // Not "today's meeting": a day that owns what follows is part of what was said.
    if (t && /^[\s,:]*(?:on|in|at|by)?\s*$/.test(tail.slice(0, t.start)) && !/^['’]s\b/.test(tail.slice(t.end))) tail = tail.slice(t.end);
  }
  if (tail !== untouched) fire(R.dropManner, why);
  tail = tail.replace(/^[\s,:]*/, '');
  // "…, the office reported on Tuesday -- a development that …": what a dash adds after the verb is the writer's, not what was said;
  // "said — on Twitter, as it happens — that …": an aside between two dashes is not either.
  const dash = /^(?:--|—|–)\s/u.exec(tail);
  if (dash) {
    const close = /\s(?:--|—|–)\s*/u.exec(tail.slice(dash[0].length));
    tail = close ? tail.slice(dash[0].length + close.index + close[0].length) : '';
  }
  // "told me he had …": the writer, addressed, is no actor and no part of what was said.
  if (isForm('objectIsAddressee', c.cue)) tail = tail.replace(/^(?:me|us)\s+(?=\S)/u, '');
  const bare = SETTING_THEN_CLAUSE.exec(tail);
  if (bare && hasVerb(tail.slice(bare[0].length))) {
    fire(R.settingThenClause, why);
    tail = tail.slice(bare[0].length);
  }
  tail = dropped(
    tail,
    /^(?:(?:(?:at|during|in|on|after|via)\s+(?:(?:a|an|the|his|her|its|their)\s|(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*['’]s\s)|(?:on|via)\s+(?:social media|Twitter|Facebook|Instagram|television|TV|radio)\b|as\s+(?:a\s+)?part\s+of\s|for\s+the\s+(?:first|second|third|last)\s+time\b)[^,]*?(?=,|\sthat\s|$)|(?:on|via)\s+(?:\p{Lu}\S*\s+){1,3}(?:radio|television|TV)\b)[\s,]*/u,
    R.dropSetting,
    why,
  );
  tail = dropped(tail, /(?:^|,?\s+)(?:according to|citing)\b.*$/su, R.dropChannel, why)
    // "(She says the river … weep.)": the bracket that closes a sentence set in brackets is no part of what was said, nor a closing tag.
    .replace(/(?<=^[^(]*)[\s.]*\)[\s.]*$/u, '')
    .replace(/\s*<\/?[a-z][\w-]*\s*\/?>[\s.]*$/iu, '')
    .replace(/[\s.,;:]+$/, '')
    // "… - but she later conceded …", "…, while Y said": the conjunction before the next clause belongs to neither.
    .replace(/(?:[,;]|\s[—–-]+)?\s+(?:and|but|yet|while|whereas)$/u, '')
    // "…, with 45 percent saying …": the share that speaks after "with" is a clause of its own.
    .replace(/,\s*with$/u, '')
    // "…, compared with 64 percent who say …": the share that says otherwise speaks for itself.
    .replace(/,\s*compared (?:with|to)\b[^,]*$/u, '')
    .trim();
  tail = dropped(tail, OUTLET_TAG, R.dropOutletTag, why).trim();
  // "She went on to say:", "Ruiz posted this tweet:", "told the farmers, to loud applause:": words with no verb of their own
  // before the colon that closes the sentence are how it was said; what was said is in what the colon leads into.
  const leadsOn = /:\s*$/.test(frame.slice(c.cueAt));
  if (leadsOn && c.quotes.length === 0 && !isClause(tail) && !hasVerb(tail)) {
    fire(R.leadsOnToColon, why);
    return null;
  }
  if (/^(?:and|but|or)\b/i.test(tail) && from > c.clause.end && c.quotes.length === 0) {
    fire(R.verbWithAddressee, why);
    return `${c.cue} ${sentence.slice(c.clause.end, from).trim()}`;
  }
  // "The council passed a toll, which Ruiz said was illegal", "half of what islanders say they need": what was said is
  // the predicate, about what the relative pronoun points back to.
  // A relative clause set off by commas ends at its comma ("The plan, which Ruiz said would cost millions, was dropped");
  // what it reports opens on a verb, or on a clause of its own ("they need"), never on a topic ("what Ruiz said about the dam").
  const gap = OBJECT_GAP.exec(frame.slice(0, c.clause.start));
  const predicate = gap && /^,/.test(gap[0]) ? tail.split(',')[0]!.trim() : tail;
  if (gap && !verbFirst && c.quotes.length === 0 && PREDICATE.test(predicate)) {
    fire(R.relativeGap, why);
    return `${sentence.slice(0, gap.index).replace(/[\s,]+$/u, '')} … ${predicate}`;
  }
  // "The plan, she said, is not so simple": an attribution set between commas inside what was said.
  const leadIn = leadingWords(sentence, c);
  if (
    !verbFirst &&
    c.quotes.length === 0 &&
    leadIn !== '' &&
    /^\s*,/.test(untouched) &&
    /,\s*$/.test(frame.slice(0, c.clause.start)) &&
    !owned.some((q) => q.start < c.clause.start)
  ) {
    fire(R.contentAroundCue, why);
    return tail === '' ? leadIn : `${leadIn} … ${tail}`;
  }
  const ownedQuoteBefore = owned.some((q) => q.start < c.clause.start);
  // "…, as Ruiz supporters point out": what was said stands before the "as" that brings in who said it.
  const afterComma = /,\s*(?:as\s+)?$/.test(frame.slice(0, c.clause.start));
  // Post-posed: "Russia is still awaiting …, Russia's top diplomat said Tuesday as …".
  const postposed = afterComma && leadIn.split(/\s+/).length >= 3 && !ownedQuoteBefore && !leadsOn && !onlySetting(leadIn);
  // "…, the Courier reported in 2014", "…, the council announced on Monday, a week after the flood": when and where,
  // after a verb that follows what was said, are not what was said.
  if (postposed && ADJUNCT.test(tail) && !isClause(tail)) {
    fire(R.contentBeforeCue, why);
    return leadIn;
  }
  const subordinate = /^(?:as|while|amid|when|because|since|after|before)\b/i.test(tail);
  const words = tail.split(/\s+/).filter(Boolean).length;
  if (!subordinate && words >= 3) {
    fire(R.contentAfterCue, why);
    return tail;
  }
  // "Asked if …, 46 percent said yes": an answer of one word says nothing without its question, and the question
  // before the verb is not what they said.
  if (/^(?:yes|no)$/i.test(tail)) return null;
  if (!subordinate && words >= 1 && !isForm('plain', c.cue) && c.quotes.length === 0) {
    fire(R.shortObjectWithVerb, why);
    return `${c.cue} ${sentence.slice(c.clause.end, from).trim()} ${tail}`.replace(/\s+/g, ' ');
  }
  // A verb of two words that names an act ("issued a statement") holds its own words; a phrasal verb ("pointed out") does not.
  const namesAct = c.cue.includes(' ') && !/\bsaying$|\s(?:out|back|up)$/.test(c.cue);
  if (namesAct) {
    fire(R.cueNamesAct, why);
    return c.cue;
  }
  if (postposed) {
    fire(R.contentBeforeCue, why);
    return leadIn;
  }
  return null;
}

/**
 * A setting of one noun ("in a statement", "at a briefing"), then what opens a clause: a determiner,
 * a pronoun or a capitalised word. The words it is cut from have no "that" and no comma after the setting.
 */
const SETTING_THEN_CLAUSE =
  /^(?:at|during|in|on|via)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:statement|interview|letter|speech|post|call|email|briefing|conference|hearing|meeting|tweet|video|appearance|address|memo|filing|message|rally)\s+(?=(?:the|a|an|his|her|its|their|this|these|those|he|she|they|we|I|it|there|\p{Lu}[\p{L}'’-]*)\s)(?![^,]*?\sthat\s)/u;

/** A relative pronoun right before a clause's subject, standing for the subject of what was said: ", which", "what". */
const OBJECT_GAP = /(?:,\s*which|\bwhat)\s+$/u;

/** What opens a predicate: an auxiliary, a verb in -s or -ed, or the subject pronoun of a clause of its own. */
const PREDICATE = new RegExp(String.raw`^(?:(?:${AUXILIARY})\b|\p{Ll}+(?:s|ed)\s|(?:he|she|they|it|we|I|there)\s)`, 'u');

/** A phrase of time, place or medium: "in 2014", "on Monday's show", "a week after the flood", "last year". */
const ADJUNCT =
  /^(?:(?:in|on|at|during|via|through|from|with)\s|(?:a|an|one|two|three|four|five|\d+)\s+(?:day|week|month|year)s?\s+(?:after|before|later|earlier)\b|(?:last|this|earlier|later)\s)/iu;

/** "On Tuesday, even as shares were tumbling": when and how, with no clause of its own, is no content. */
function onlySetting(leadIn: string): boolean {
  const segments = leadIn.split(/,\s*/);
  return segments.length > 1 && segments.every((segment) => SETTING_OPENER.test(segment));
}

const SETTING_OPENER =
  /^(?:(?:even|just|only|shortly|soon|long)\s+)?(?:when|after|as|while|although|though|because|since|before|once|until|whereas|on|in|at|during|amid|despite|following)\s/iu;

/** What stands before a clause's subject, without the comma or "as" that joins it and an opening "However,". */
function leadingWords(sentence: string, c: Attribution): string {
  return sentence
    .slice(0, c.clause.start)
    .replace(/(?:[\s,]+|,\s*(?:as|while)\s*)$/u, '')
    .replace(/^(?:[A-Z]\p{Ll}+ly|However|Meanwhile|But|And),\s*/u, '')
    .trim();
}

/** "…, Kazinform correspondent reports". */
const OUTLET_TAG = new RegExp(String.raw`(?:^|,\s*)(?:${CAPITALISED}\s+)+(?:correspondent|reporter)s?\s+reports?$`, 'u');

/** `text` without what `pattern` matches, noting `r` when that takes anything away. */
function dropped(text: string, pattern: RegExp, r: Rule, why: string[]): string {
  const rest = text.replace(pattern, '');
  if (rest !== text) fire(r, why);
  return rest;
}
