/**
 * Who says what in one sentence: the reporting clauses (speaker + reporting verb
 * + addressee) and the words each one reports, quoted or not.
 *
 * The sentence is read as a "frame": the text with every quotation masked, so
 * that reporting verbs inside a quotation are never taken for the writer's, and
 * offsets stay those of the sentence.
 */
import type { PointKind } from '../types.ts';
import { DOCUMENT_HEADS } from './lexicon.ts';
import { findCues, type Cue } from './cues.ts';
import { CUE_KINDS, isForm } from './verbs.ts';
import { analyseMention, stripTrailingNoise, type MentionInfo } from './mention.ts';
import { findAddressees, type AddresseeMention } from './addressees.ts';
import { findTimeExpressions } from '../dates/time-expressions.ts';
import { isMedia } from './media.ts';

export interface QuoteInSentence {
  /** Offsets in the sentence: the whole span with its marks, and the words inside. */
  start: number;
  end: number;
  words: string;
}

export interface Attribution {
  kind: PointKind;
  speaker: MentionInfo;
  /** Offset of the speaker's words in the sentence. */
  speakerAt: number;
  addressees: AddresseeMention[];
  cue: string;
  cueAt: number;
  /** Indices of the quotes this clause reports (direct words). */
  quotes: number[];
  /** The reported content, for indirect speech. */
  content: string | null;
  /** The attribution text outside the words: where its time expression is looked for. */
  clause: { start: number; end: number };
  /** Where a time expression dates this act (offsets in the sentence). */
  time: { start: number; end: number };
  /** Continues the previous statement ("adding, …"): same speaker, same act. */
  continues: boolean;
  /** A second verb of the same subject ("… and accused Serbia of stalling"): same speaker, an act of its own. */
  coordinated?: boolean;
}

const MASK = '\uE000';

/** Characters of a noun phrase: anything but clause punctuation, though an initialism's dots ("U.S.") stay in. */
export const PHRASE = String.raw`(?:[^,.;:!?\uE000]|(?<=\b\p{Lu})\.)`;

export function maskQuotes(sentence: string, quotes: readonly QuoteInSentence[]): string {
  let frame = sentence;
  for (const q of quotes) frame = frame.slice(0, q.start) + MASK.repeat(q.end - q.start) + frame.slice(q.end);
  return frame;
}

const QUOTED_AS_SAYING = /^quoted\s+(.+?)\s+as\s+saying$/;

/** A lone participle ("adding", "saying") continues a clause; "was quoted as saying" is a clause of its own. */
const PARTICIPLE = /^\p{Ll}+ing$/u;

/** Where the subject before a cue starts: after the last mask, "that", or a clause-opening comma. */
function subjectBefore(frame: string, cue: Cue, floor: number): { text: string; at: number } {
  let start = Math.max(floor, frame.lastIndexOf(MASK, cue.at - 1) + 1);
  // A relative clause between subject and verb: "Lavrov, who previously said …, said".
  let text = frame
    .slice(start, cue.at)
    .replace(/,\s*(?:who|which|whose|speaking|requesting|asking|declining|citing|responding|replying|answering|writing)\b[^,]*,\s*$/u, ' ')
    .replace(/,\s*$/, '');
  const that = /^(.*(?:\b(?:that|as|because|since|while|if|when|so)|,\s*(?:and|but)|;)\s)/su.exec(text);
  if (that && !/^\s*(?:the|a|an)?\s*$/i.test(text.slice(that[1]!.length))) {
    start += that[1]!.length;
    text = text.slice(that[1]!.length);
  }
  const segments = text.split(/,\s*/);
  const last = stripTrailingNoise(segments.at(-1) ?? '');
  const previous = segments.length > 1 ? segments.at(-2)!.trim() : '';
  // An appositive: "the spokesperson for the US State Department, Ned Price said".
  // Not when the part before the comma is what was said: "The river is too low, Ana Ruiz said".
  const joined = `${previous}, ${last}`;
  if (last && previous && /^(?:the|a|an|his|her|its|their)\s/i.test(previous) && /^\p{Lu}/u.test(last) && analyseMention(previous)?.form === 'role') {
    return { text: joined, at: start + text.lastIndexOf(previous) };
  }
  // The other way round: "Yerlan Abdikarimov, Kazakhstan's minister of water resources, told": the name speaks.
  // Right after a quotation ("…,” Ruiz, the foreign minister, said) a surname alone is a name too.
  const afterQuote = frame[start - 1] === MASK && segments.length === 2;
  if (previous && (PERSON_NAME.test(previous) || (afterQuote && SURNAME.test(previous))) && DESCRIPTION.test(last) && describesPerson(last)) {
    return { text: previous, at: start + text.lastIndexOf(previous) };
  }
  return { text: last, at: start + text.lastIndexOf(last) };
}

/** Two to four capitalised words, as a person's name is written, and not an opening adverbial ("On Wednesday"). */
const PERSON_NAME =
  /^(?!(?:On|In|At|By|During|After|Before|Since|Until|From|Last|This|Next|Early|Late|Earlier|Later|According|As|For|With)\s)(?!.*\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}$/u;
const SURNAME = /^\p{Lu}[\p{L}'’-]+$/u;

/** "the Freedonian foreign minister", "Kazakhstan's minister of water resources": one person's role ("farmers", "officials" are not). */
function describesPerson(text: string): boolean {
  const role = analyseMention(text.replace(/\s+(?:of|for)\s.*$/u, ''));
  return role?.form === 'role' && !role.plural && !role.organisation;
}
/** What describes a person: "the Freedonian foreign minister", "Kazakhstan's minister of …", "a spokesman for …". */
const DESCRIPTION = /^(?:(?:the|a|an|his|her|its|their)\s|\p{Lu}[\p{L}.-]*['’]s?\s+\p{Ll}|\p{Ll})/u;

/** The subject after an inverted cue: "…,” said the spokesman, adding …". */
function subjectAfter(frame: string, cue: Cue): { text: string; at: number } {
  const rest = frame.slice(cue.end);
  const m = new RegExp(
    String.raw`^\s+(${PHRASE}*?)(?=\s*(?:[,;:\uE000]|(?<!\b\p{Lu})\.(?!\S)|$|\s(?:in|at|on|during|after|before|adding|according|when|while|as|to|from)\s))`,
    'u',
  ).exec(rest);
  const text = m ? m[1]!.trim() : '';
  return { text, at: cue.end + rest.indexOf(text) };
}

function isSpeaker(info: MentionInfo | null): info is MentionInfo {
  if (!info) return false;
  if (info.form === 'phrase') return /^\p{Lu}/u.test(info.text.replace(/^the\s+/i, ''));
  return true;
}

/** Text between two offsets is only punctuation and space. */
const adjacent = (frame: string, from: number, to: number): boolean => /^[\s,:;—–-]*$/.test(frame.slice(from, to));

/** "In a call with Y, X said", "Responding to Y, X said": an opening phrase that can name the addressee. */
const OPENING_ADVERBIAL = /^(?:In|During|After|At|Over|Responding|Replying|Speaking|Writing)\b/;

/** Where the reported content starts after a cue: at "that", a colon, a quote, or the first word after the addressee. */
function attributionEnd(frame: string, from: number): number {
  const m = /\bthat\b|:|\uE000|,\s*(?:in which|which|who|where|when)\b/.exec(frame.slice(from));
  return m ? from + m.index : frame.length;
}

/** The sentence's own subject, for a participle that has no clause before it: "The official deferred …, saying “…”". */
function leadingSubject(frame: string): { text: string; at: number } | null {
  const m = /^(?:(?:the|a|an)\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|senior|unnamed|top|former|\p{Ll}+(?:ian|ese|ish))\s+)*(?:\p{Lu}[\p{L}.'’-]*|\p{Ll}+)/u.exec(frame);
  return m ? { text: m[0], at: 0 } : null;
}

/** Where the words that date the act can stand: around the reporting verb, not inside what was reported. */
const TIME_REGION_END = /\uE000|\sthat\s|,\s*adding\b|\s(?:as|when|while|because|since|amid)\s|,\s*(?:which|who|according)\b/u;

function timeRegion(frame: string, subjectAt: number, from: number, kind: PointKind): { start: number; end: number } {
  let start = /\uE000/.test(frame.slice(0, subjectAt)) || findCues(frame.slice(0, subjectAt)).length > 0 ? subjectAt : 0;
  // "Lavrov, who previously said … early this week, said": the relative clause dates another act.
  const relative = /,\s*(?:who|which|whose)\b[^,]*,/u.exec(frame.slice(subjectAt, from));
  if (relative) start = subjectAt + relative.index + relative[0].length;
  if (kind === 'denial' || kind === 'document') return { start, end: frame.length };
  const boundary = TIME_REGION_END.exec(frame.slice(from));
  return { start, end: boundary ? from + boundary.index : frame.length };
}

/** `floor`: where the previous reporting verb ends, so "A readout said she told him" gives "she" to "told". */
function clauseAt(
  frame: string,
  cue: Cue,
  quotes: readonly QuoteInSentence[],
  previous: Attribution | undefined,
  floor: number,
): Attribution | null {
  const quoteBefore = quotes.some((q) => q.end <= cue.at && adjacent(frame, q.end, cue.at));
  const participle = PARTICIPLE.test(cue.word);
  const inverted = quoteBefore && !participle;
  let subject: { text: string; at: number } | null = inverted ? subjectAfter(frame, cue) : subjectBefore(frame, cue, floor);
  const continues = participle && previous !== undefined && (subject.text === '' || /,\s*$/.test(frame.slice(0, cue.at)));
  if (participle && !continues && /,\s*$/.test(frame.slice(0, cue.at))) subject = leadingSubject(frame);
  // "The Elysee has confirmed the contact and has highlighted …": a second verb of the same subject.
  const coordinated = !inverted && /\band\s+(?:has\s+|have\s+|had\s+|also\s+|then\s+)*$/.test(frame.slice(0, cue.at));
  if (coordinated) subject = previous && !previous.continues ? { text: previous.speaker.text, at: previous.speakerAt } : leadingSubject(frame);
  if (!subject) return null;
  // "The ministry quoted Rakhimov as saying": the ministry is the channel, Rakhimov the speaker.
  const quoted = QUOTED_AS_SAYING.exec(cue.word);
  if (quoted) subject = { text: quoted[1]!, at: cue.at + cue.word.indexOf(quoted[1]!) };
  // "The Washington Post reported, citing an unnamed official": the one cited is the source.
  const clauseStart = Math.min(subject.at, cue.at);
  const citing = new RegExp(String.raw`^[^.;\uE000]*?,\s*citing\s+(${PHRASE}+)`, 'u').exec(frame.slice(cue.end));
  if (citing) subject = { text: citing[1]!, at: cue.end + citing[0].length - citing[1]!.length };
  let speaker = analyseMention(subject.text);
  if (continues || (coordinated && previous)) speaker = previous!.speaker;
  else if (!isSpeaker(speaker)) return null;
  // "In a call with Lavrov, Blinken said …": an opening adverbial can name the addressee.
  const opening = OPENING_ADVERBIAL.test(frame.slice(0, subject.at).trim()) ? 0 : subject.at;
  // "wrote to Y on Monday, and told reporters two days later …": the second verb's clause starts at "and".
  const andAt = coordinated ? frame.lastIndexOf('and', cue.at) : -1;
  const from = inverted ? cue.at : coordinated ? andAt : Math.min(opening, subject.at);
  const to = inverted ? frame.length : attributionEnd(frame, cue.end);
  const clauseEnd = inverted ? subject.at + subject.text.length : cue.end;
  return {
    kind: cue.kind,
    speaker,
    speakerAt: subject.at,
    addressees: [
      // "In a letter to Y, X wrote … and asked …": the opening names whom both verbs address.
      ...(coordinated && opening === 0 ? findAddressees(frame, 0, subject.at) : []),
      // Indirect speech only: after a quotation ("“…,” X said, urging Y to …") the participle's object is addressed.
      ...findAddressees(frame, from, to, isForm('objectIsContent', cue.word) && !frame.slice(0, cue.at).includes(MASK) ? cue.at : to),
    ],
    cue: cue.word,
    cueAt: cue.at,
    quotes: [],
    content: null,
    clause: { start: coordinated ? andAt : clauseStart, end: citing ? cue.end : clauseEnd },
    time: timeRegion(frame, coordinated ? andAt : Math.min(subject.at, cue.at), Math.max(cue.end, clauseEnd), cue.kind),
    continues,
    coordinated,
  };
}

/** "according to X" names the speaker only when nothing else in the sentence does; otherwise X is the medium. */
function accordingTo(frame: string): Attribution | null {
  const m = new RegExp(String.raw`\b[Aa]ccording to\s+(${PHRASE}+)`, 'u').exec(frame);
  if (!m) return null;
  const speaker = analyseMention(m[1]!);
  if (!isSpeaker(speaker) || isMedia(m[1]!)) return null;
  const at = m.index + m[0].length - m[1]!.length;
  return {
    kind: 'statement', speaker, speakerAt: at, addressees: [], cue: 'according to', cueAt: m.index,
    quotes: [], content: null, clause: { start: m.index, end: m.index + m[0].length },
    time: { start: 0, end: frame.length }, continues: false,
  };
}

/** "Blinken “stressed the importance …,” Price said": the quote itself opens with the reporting verb. */
function embeddedCue(frame: string, quotes: readonly QuoteInSentence[], index: number): Attribution | null {
  const q = quotes[index]!;
  const first = /^\p{L}+/u.exec(q.words)?.[0] ?? '';
  const kind = CUE_KINDS.get(first);
  if (!kind || first.endsWith('ing')) return null;
  const subject = subjectBefore(frame, { word: first, at: q.start, end: q.start, kind }, 0);
  // Only the sentence's own subject: after "that" the quote belongs to whoever reports it.
  if (findCues(frame.slice(0, subject.at)).length > 0 || /\bthat\s*$/.test(frame.slice(0, subject.at))) return null;
  const speaker = analyseMention(subject.text);
  if (!isSpeaker(speaker) || speaker.form === 'relative') return null;
  const opening = OPENING_ADVERBIAL.test(frame.slice(0, subject.at).trim()) ? 0 : subject.at;
  return {
    kind, speaker, speakerAt: subject.at, addressees: findAddressees(frame, opening, q.start), cue: first, cueAt: q.start,
    quotes: [index], content: null, clause: { start: subject.at, end: q.start },
    time: timeRegion(frame, subject.at, q.start, kind), continues: false,
  };
}

/** Reads the reporting clauses of one sentence. */
export function attribute(sentence: string, quotes: readonly QuoteInSentence[]): Attribution[] {
  const frame = maskQuotes(sentence, quotes);
  const clauses: Attribution[] = [];
  const cues = findCues(frame);
  const relatives = relativeClauses(frame);
  let floor = 0;
  for (const cue of cues) {
    const clause = clauseAt(frame, cue, quotes, clauses.at(-1), floor);
    if (clause) clauses.push(clause);
    // A verb inside "…, who previously said …," must not cut its antecedent off from the main verb.
    if (!relatives.some((r) => cue.at > r.start && cue.at < r.end)) floor = cue.end;
  }
  const embedded = quotes.map((_, i) => embeddedCue(frame, quotes, i)).filter((c): c is Attribution => c !== null);
  let main = dropNested(frame, clauses);
  if (main.filter((c) => !c.continues).length === 0 && embedded.length === 0) {
    const according = accordingTo(frame);
    if (according) main = [according];
  }
  return assignWords(sentence, frame, quotes, main, embedded, relatives);
}

interface Span {
  start: number;
  end: number;
}

/** ", who previously said …,", ", in which the US accused …,": clauses inside the sentence's subject or object. */
function relativeClauses(frame: string): Span[] {
  return [...frame.matchAll(/,\s*(?:who|which|whose|where|(?:in|at|during|under|after|before) which)\b[^,]*,/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const isDocumentSpeaker = (c: Attribution): boolean => c.speaker.head !== null && DOCUMENT_HEADS.has(c.speaker.head);

/**
 * A reporting verb inside another clause's reported content is content ("Lavrov said
 * the US promised …"), unless the outer speaker is a document or an outlet that
 * relays it ("A readout said Lavrov told Blinken …"): then the inner one speaks.
 */
function dropNested(frame: string, clauses: readonly Attribution[]): Attribution[] {
  const dropped = new Set<Attribution>();
  for (const [i, outer] of clauses.entries()) {
    if (outer.continues || outer.speaker.form === 'relative' || dropped.has(outer)) continue;
    for (const inner of clauses.slice(i + 1)) {
      if (inner.continues || inner.coordinated || inner.cueAt <= outer.clause.end || dropped.has(inner)) continue;
      if (inner.clause.start < outer.clause.end) continue;
      // "Moscow said … after Western governments warned that …": a subordinate clause of its own, not content.
      const between = frame.slice(outer.clause.end, inner.clause.start + 1);
      const separate = /\b(?:after|before|while|because|since|when|whereas)\b|;|,\s*(?:and|but)\b|\band\s+(?:has|have|had)?\s*$/.exec(between);
      if (separate && !/\bthat\b/.test(between)) continue;
      dropped.add(isDocumentSpeaker(outer) ? outer : inner);
      if (dropped.has(outer)) break;
    }
  }
  return clauses.filter((c) => !dropped.has(c));
}

/** Gives each quote to the clause that reports it, folds continuations in, and gives indirect clauses their content. */
function assignWords(
  sentence: string,
  frame: string,
  quotes: readonly QuoteInSentence[],
  clauses: Attribution[],
  embedded: Attribution[],
  relatives: readonly Span[],
): Attribution[] {
  const claimed = new Set(embedded.flatMap((c) => c.quotes));
  for (const [qi, q] of quotes.entries()) {
    if (claimed.has(qi) || isNamingQuote(frame, q)) continue;
    // "…,” X said": the clause right after a quote reports it — not "… to “…” and said he would …", a verb of its own.
    const after = clauses.find(
      (c) => !c.continues && !c.coordinated && c.cueAt >= q.end && adjacent(frame, q.end, Math.min(c.clause.start, c.cueAt)),
    );
    // A verb inside a relative clause reports nothing quoted after that clause closes.
    const enclosed = (c: Attribution) => relatives.some((r) => c.cueAt > r.start && c.cueAt < r.end && q.start >= r.end);
    const before = [...clauses].reverse().find((c) => c.cueAt < q.start && !enclosed(c));
    (after ?? before)?.quotes.push(qi);
  }
  const owned = [...embedded, ...clauses].flatMap((c) => c.quotes.map((i) => quotes[i]!));
  const folded: Attribution[] = [];
  for (const c of clauses) {
    const previous = folded.at(-1);
    if (c.continues && previous) {
      // "…,” she said, adding that the line could reopen": reported words after quoted ones are a statement of their own.
      if (c.quotes.length === 0 && previous.quotes.length > 0) {
        folded.push({ ...c, continues: false });
        continue;
      }
      previous.quotes.push(...c.quotes);
      if (c.quotes.length === 0) previous.content = joinContent(previous.content, reportedContent(sentence, frame, c, clauses, owned));
      continue;
    }
    folded.push(c);
  }
  const withEmbedded = [...embedded, ...folded];
  for (const c of folded) {
    if (c.quotes.length > 0 || c.content !== null) continue;
    // A clause whose only content is a quote that another clause reports is the medium ("…,” Price said).
    if (embedded.length > 0 && quotes.length > 0) continue;
    c.content = reportedContent(sentence, frame, c, clauses, owned);
  }
  return withEmbedded
    .filter((c) => c.quotes.length > 0 || (c.content !== null && c.content.split(/\s+/).length >= 3))
    .sort((a, b) => a.clause.start - b.clause.start);
}

/**
 * Quotation marks that name rather than report: titles ("the film “The Long Night”"),
 * terms ("the so-called “corridor”"), and someone else's words held at a distance
 * ("Sylvania's demands for “security guarantees”").
 */
const NAMING_CONTEXT = new RegExp(
  String.raw`(?:so-called|dubbed|titled|entitled|named|called|known as|the (?:film|book|novel|song|documentary|play|series|movie|album|report|article|memoir|term|word|phrase|slogan|label|notion|concept|idea of|operation|programme|program|campaign|plan|initiative|doctrine|format|motto)|(?:demands?|calls?|appeals?|requests?|pleas?|hopes?|search|push|quest|proposals?) for)\s*$`,
  'u',
);

export function isNamingQuote(frame: string, q: QuoteInSentence): boolean {
  return NAMING_CONTEXT.test(frame.slice(Math.max(0, q.start - 60), q.start));
}

function joinContent(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  return b === null ? a : `${a} … ${b}`;
}

/** Indirect speech: "X said (that) CONTENT" or "CONTENT, X said". */
function reportedContent(
  sentence: string,
  frame: string,
  c: Attribution,
  clauses: readonly Attribution[],
  owned: readonly QuoteInSentence[],
): string | null {
  const next = clauses.find((d) => d.cueAt > c.cueAt && !d.continues);
  const from = c.addressees.filter((a) => !a.inContent).reduce((end, a) => Math.max(end, a.end), c.clause.end);
  // A relative clause ("…, who previously said …, said") ends at its closing comma.
  const relativeEnd = c.speaker.form === 'relative' ? frame.indexOf(',', from) : -1;
  const to = relativeEnd > from ? relativeEnd : next && next.clause.start > from ? next.clause.start : frame.length;
  // Quoted words inside the content that another clause reports make this clause their channel.
  if (owned.some((q) => q.start >= from && q.end <= to)) return null;
  let tail = sentence.slice(from, to);
  // "in writing on July 5, arguing that …": how and when it was said, not what.
  for (let before = ''; before !== tail; ) {
    before = tail;
    tail = tail.replace(/^[\s,:]*(?:in writing|by (?:tele)?phone|by letter|in person)\b/u, '');
    const t = findTimeExpressions(tail)[0];
    if (t && /^[\s,:]*(?:on|in|at|by)?\s*$/.test(tail.slice(0, t.start))) tail = tail.slice(t.end);
  }
  // "at a press conference", "in a statement", "during talks with …": where it was said, not what.
  tail = tail.replace(/^[\s,:]*(?:(?:at|during|in|on|after|via)\s+(?:a|an|the|his|her|its|their)\s[^,]*?(?=,|\sthat\s|$)[\s,]*)?/u, '');
  tail = tail.replace(/(?:^|,?\s+)(?:according to|citing)\b.*$/su, '').replace(/[\s.,;:]+$/, '').trim();
  // "…, Kazinform correspondent reports": the outlet's tag, not what was said.
  tail = tail.replace(/(?:^|,\s*)(?:\p{Lu}[\p{L}-]*\s+)+(?:correspondent|reporter)s?\s+reports?$/u, '').trim();
  // "Washington responded to a list of Russian demands and ahead of …": nothing reported after the addressee;
  // the verb with its addressee is what was done.
  if (/^(?:and|but|or)\b/i.test(tail) && from > c.clause.end && c.quotes.length === 0) {
    return `${c.cue} ${sentence.slice(c.clause.end, from).trim()}`;
  }
  const subordinate = /^(?:as|while|amid|when|because|since|after|before)\b/i.test(tail);
  const words = tail.split(/\s+/).filter(Boolean).length;
  if (!subordinate && words >= 3) return tail;
  // "The Elysee has confirmed the contact": an object too short to stand alone reads with its verb.
  // "responded to Y's list of demands": with the addressee it names, if there is one.
  if (!subordinate && words >= 1 && !isForm('plain', c.cue) && c.quotes.length === 0) {
    return `${c.cue} ${sentence.slice(c.clause.end, from).trim()} ${tail}`.replace(/\s+/g, ' ');
  }
  // Post-posed: "Russia is still awaiting …, Russia's top diplomat said Tuesday as …".
  const head = sentence.slice(0, c.clause.start).replace(/(?:[\s,]+|,\s*(?:as|while)\s*)$/u, '').replace(/^(?:[A-Z]\p{Ll}+ly|However|Meanwhile|But|And),\s*/u, '').trim();
  // "Manila had lodged a diplomatic protest on the 30th …": a cue that names the act is its own content.
  if (c.cue.includes(' ') && !/\bsaying$/.test(c.cue)) return c.cue;
  const ownedQuoteBefore = owned.some((q) => q.start < c.clause.start);
  const afterComma = /,\s*$/.test(frame.slice(0, c.clause.start));
  return afterComma && head.split(/\s+/).length >= 3 && !ownedQuoteBefore ? head : null;
}
