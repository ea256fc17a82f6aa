/**
 * Who says what in one sentence: the reporting clauses (speaker + reporting verb
 * + addressee) and the words each one reports, quoted or not.
 *
 * The sentence is read as a "frame": the text with every quotation masked, so
 * that reporting verbs inside a quotation are never taken for the writer's, and
 * offsets stay those of the sentence.
 */
import type { PointKind } from '../types.ts';
import { DOCUMENT_HEADS } from '../lexicon.ts';
import { findCues, type Cue } from './cues.ts';
import { CUE_KINDS, isForm } from './verbs.ts';
import { analyseMention } from './mention.ts';
import { AUXILIARY, BEFORE_OR_AFTER, HAS_VERB, MASK, OPENING_SUBORDINATOR, PHRASE, QUOTED_IN_ASIDE, WEEKDAY_OR_MONTH } from './patterns.ts';
import { fire, type Rule } from '../rule.ts';
import { SPEAKER_RULES as R, isSpeaker, leadingSubject, notingPartyTag, speakerAfter, subjectAfter, subjectBefore, type Subject } from './speakers.ts';
import { findAddressees } from './addressees.ts';
import { isMedia, isNamingQuote } from './noise.ts';
import { adjacent, assignWords } from './words.ts';
import type { Attribution, QuoteInSentence } from './clause.ts';

export function maskQuotes(sentence: string, quotes: readonly QuoteInSentence[]): string {
  let frame = sentence;
  for (const q of quotes) frame = frame.slice(0, q.start) + MASK.repeat(q.end - q.start) + frame.slice(q.end);
  return frame;
}

const QUOTED_AS_SAYING = /^quoted\s+(.+?)\s+as\s+saying$/;

/** A form of "be" right before a verb, an adverb allowed between: "is telling", "are quietly saying". */
const PROGRESSIVE = /(?:\b(?:is|are|was|were)|['’](?:s|re))\s+(?:\p{Ll}+ly\s+)?$/u;

/** A lone participle ("adding", "saying") continues a clause; "was quoted as saying" is a clause of its own. */
const PARTICIPLE = /^\p{Ll}+ing$/u;

/** "In a call with Y, X said", "Responding to Y, X said": an opening phrase that can name the addressee. */
const OPENING_ADVERBIAL = /^(?:In|During|After|At|Over|Responding|Replying|Speaking|Writing)\b/;

/** Where the reported content starts after a cue: at "that", a colon, a quote, or the first word after the addressee. */
function attributionEnd(frame: string, from: number): number {
  const m = /\bthat\b|:|\uE000|,\s*(?:in which|which|who|where|when)\b/.exec(frame.slice(from));
  return m ? from + m.index : frame.length;
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

/** An auxiliary after a word ("That would hurt Ruiz"). */
const CLAUSE_WITH_AUXILIARY = new RegExp(String.raw`\S\s+(?:${AUXILIARY})\s`, 'u');

/** A clause of its own, not a noun phrase with a relative clause in it ("The judges who ruled that …"). */
const ownClause = (text: string): boolean => CLAUSE_WITH_AUXILIARY.test(`${text} `) && !/\b(?:who|whom|whose|which|that)\b/.test(text);

/**
 * `floor`: where the previous reporting verb ends, so "A readout said she told him" gives "she" to "told";
 * `nextAt`: where a second verb of the same subject starts, so "joked about it and told reporters" gives the reporters to "told" only.
 */
function clauseAt(
  frame: string,
  cue: Cue,
  nextAt: number,
  quotes: readonly QuoteInSentence[],
  relatives: readonly Span[],
  previous: Attribution | undefined,
  floor: number,
): Attribution | null {
  // Not a title in a description ("X, host of Radio North's “Harbour Hour,” suggested"), nor what an aside cites.
  // Nor what a relative clause quotes ("Lenz - who once said he would “…” - said"): that clause is not the one the verb closes.
  const inRelative = (q: QuoteInSentence) => relatives.some((r) => q.start > r.start && q.end <= r.end);
  const quoteBefore = quotes.some(
    (q) => q.end <= cue.at && adjacent(frame, q.end, cue.at) && !QUOTED_IN_ASIDE.test(frame.slice(0, q.start)) && !isNamingQuote(frame, q) && !inRelative(q),
  );
  // "Brenner is telling farmers that …": with a form of "be" before it, the -ing form is the clause's own verb.
  const progressive = PROGRESSIVE.test(frame.slice(0, cue.at));
  if (progressive) fire(R.progressive);
  const participle = PARTICIPLE.test(cue.word) && !progressive;
  // "… defense of “valley values,” saying": the comma may stand inside the closing mark.
  const afterComma = /,\s*$/.test(frame.slice(0, cue.at)) || quotes.some((q) => q.commaInside && adjacent(frame, q.end, cue.at));
  // "Said Ruiz, “…”": a verb that opens the sentence has its subject after it.
  let inverted = (quoteBefore || /^\s*$/.test(frame.slice(0, cue.at))) && !participle;
  let subject: Subject | null = inverted ? subjectAfter(frame, cue) : subjectBefore(frame, cue, floor);
  // "The dam will open in April, said Ana Ruiz": no quotation, yet the verb comes first.
  // So in "That would hurt Ruiz, said Ivo Lenz": a clause with an auxiliary of its own is what was said, not who said it.
  if (!inverted && !participle && afterComma && (!isSpeaker(analyseMention(subject.text)) || ownClause(subject.text))) {
    const after = speakerAfter(frame, cue);
    // Only when who said it closes the clause: not "X, for example, said the minister's visit would …".
    // A relative clause on it may run to the end: "…, said an engineer who was briefed on the talks."
    const closes = /^\s*(?:[,.;:—–]|$)|^\s+(?:who|whose)\s[^,;:—–]*$/.test(frame.slice(after.at + after.text.length));
    if (after.text !== '' && closes && !ownClause(after.text) && isSpeaker(analyseMention(after.text))) {
      subject = because({ text: after.text, at: after.at, why: [] }, R.invertedAfterContent);
      inverted = true;
    }
  }
  // "… by warning the board that …": a gerund after "by" is the sentence subject's doing, as a participle after a comma is.
  const byGerund = participle && /\bby\s*$/iu.test(frame.slice(0, cue.at));
  // "…, he added, while also saying that …": a participle after "while" goes on with the clause before it, as after a comma.
  const whileAlso = participle && /,\s*(?:while|and)\s+(?:also\s+)?$/u.test(frame.slice(0, cue.at));
  // Not after "rebuked critics who say …, saying": the group inside the object is not who goes on.
  const fromObject = previous?.why.speaker.includes(R.groupBeforeWho.name) === true;
  const continues = participle && previous !== undefined && !fromObject && (subject.text === '' || afterComma || byGerund || whileAlso);
  // "… at the hearing - saying …", "…, while saying that …": a dash or "while" sets the participle off as a comma does.
  const setOff = afterComma || byGerund || whileAlso || (participle && /\s[-–—]+\s*$/u.test(frame.slice(0, cue.at)));
  if (participle && !continues && setOff) subject = because(leadingSubject(frame), R.participleSentenceSubject);
  // "Conceding that a deal would come, Ana Ruiz warned …": a participle opening the sentence speaks for the subject after its comma.
  const comma = participle && /^\W*$/.test(frame.slice(0, cue.at)) ? frame.indexOf(',', cue.end) : -1;
  const mainAt = comma > 0 ? frame.slice(comma + 1).search(/\S/) + comma + 1 : -1;
  const main = comma > 0 ? leadingSubject(frame.slice(mainAt)) : null;
  if (main) subject = because({ ...main, at: mainAt + main.at }, R.participleSentenceSubject);
  // "The Elysee has confirmed the contact and has highlighted …": a second verb of the same subject.
  // "… but did note that …", "… and on Tuesday said …": an auxiliary, an adverb or a day may stand between.
  const conjunction = inverted ? null : COORDINATING.exec(frame.slice(0, cue.at));
  const coordinated = conjunction !== null;
  if (coordinated) {
    const own =
      previous && !previous.continues ? { text: previous.speaker.text, at: previous.speakerAt, why: [...previous.why.speaker] } : leadingSubject(frame);
    subject = because(own, R.coordinated);
  }
  if (!subject) return null;
  // "The ministry quoted Rakhimov as saying": the ministry is the channel, Rakhimov the speaker.
  const quoted = QUOTED_AS_SAYING.exec(cue.word);
  if (quoted) subject = because({ text: quoted[1]!, at: cue.at + cue.word.indexOf(quoted[1]!), why: [] }, R.quotedAsSaying);
  const clauseStart = Math.min(subject.at, cue.at);
  // "“…,” wrote Mara Quist, citing participants": who writes the quotation is its speaker.
  const citing = inverted ? null : CITING.exec(frame.slice(cue.end));
  if (citing) subject = because({ text: citing[1]!, at: cue.end + citing[0].length - citing[1]!.length, why: [] }, R.citing);
  const told = frame.slice(Math.min(subject.at, cue.at), Math.max(cue.at, subject.at + subject.text.length));
  let speaker = analyseMention(notingPartyTag(subject, told).text);
  let why = subject.why;
  if (continues || (coordinated && previous)) {
    speaker = previous.speaker;
    why = continues ? [...previous.why.speaker, R.participleContinues.name] : why;
    if (continues) fire(R.participleContinues);
  } else if (!isSpeaker(speaker)) return null;
  // "In a call with Lavrov, Blinken said …": an opening adverbial can name the addressee.
  const opening = OPENING_ADVERBIAL.test(frame.slice(0, subject.at).trim()) ? 0 : subject.at;
  // "wrote to Y on Monday, and told reporters two days later …": the second verb's clause starts at "and".
  const andAt = conjunction ? conjunction.index : -1;
  const from = inverted ? cue.at : coordinated ? andAt : Math.min(opening, subject.at);
  // A verb inside "…, who said …," addresses no one after the clause closes.
  const enclosing = relatives.find((r) => cue.at > r.start && cue.at < r.end);
  const to = inverted ? frame.length : Math.min(attributionEnd(frame, cue.end), enclosing?.end ?? frame.length, nextAt);
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
    inverted,
    why: { speaker: why, words: [] },
  };
}

/** "and", "but" (or ", then"), then what may stand before a second verb of the same subject: "has", "also", "did", "quickly", "on Tuesday". */
const COORDINATING = new RegExp(
  String.raw`(?:\b(?:and|but)|,(?=\s+then\b))\s+(?:(?:has|have|had|also|then|did|does|do|later|again|still|\p{Ll}+ly|(?:on|last)\s+(?:${WEEKDAY_OR_MONTH}))\s+)*$`,
  'u',
);

const CITING = new RegExp(String.raw`^[^.;\uE000]*?,\s*citing\s+(${PHRASE}+)`, 'u');

/** The subject, found by `r` on top of whatever found it before; null stays null. */
function because<S extends Subject | null>(subject: S, r: Rule): S {
  if (!subject) return subject;
  fire(r);
  return { ...subject, why: [...subject.why, r.name] };
}

const ACCORDING_TO = new RegExp(String.raw`\b[Aa]ccording to\s+(${PHRASE}+)`, 'u');

/** "according to X" names the speaker only when nothing else in the sentence does; otherwise X is the medium. */
function accordingTo(sentence: string, frame: string): Attribution | null {
  const m = ACCORDING_TO.exec(frame);
  if (!m) return null;
  // "according to engineers who have seen the reports", "… her lawyers in a court filing": what follows the source describes it.
  const source = [m[1]!, m[1]!.split(/\s+(?:who|whose|that|which|in|at|on|during)\s/u)[0]!].find((text) => isSpeaker(analyseMention(text)));
  const speaker = source === undefined || isMedia(source) ? null : analyseMention(source);
  if (!isSpeaker(speaker)) return null;
  const at = m.index + m[0].length - m[1]!.length;
  fire(R.accordingTo);
  return {
    kind: 'statement',
    speaker,
    speakerAt: at,
    addressees: [],
    cue: 'according to',
    cueAt: m.index,
    quotes: [],
    content: accordingToContent(sentence, frame, m.index, m.index + m[0].length),
    clause: { start: m.index, end: m.index + m[0].length },
    time: { start: 0, end: frame.length },
    continues: false,
    why: { speaker: [R.accordingTo.name], words: [R.accordingTo.name] },
  };
}

/** ", a pollster at …, who …, writing for …": what describes the source after "according to X". */
const SOURCE_DESCRIPTIONS = /^(?:,\s*(?:an?|who|which|\p{Ll}+ing|\p{Ll}+ed)\b[^,]*)*/u;

/**
 * What "according to X" attributes: the clause it is attached to, whichever side of it it
 * stands on, never the source's own description ("according to Bill Ross, a pollster at …").
 */
function accordingToContent(sentence: string, frame: string, start: number, end: number): string | null {
  const before = sentence
    .slice(0, start)
    .replace(/[\s,;:—–-]+$/u, '')
    .trim();
  if (before.split(/\s+/).length >= 3) return before;
  // "According to X, a description, the race is tied": the content starts after the source's descriptions.
  const descriptions = SOURCE_DESCRIPTIONS.exec(frame.slice(end))?.[0] ?? '';
  const content = sentence
    .slice(end + descriptions.length)
    .replace(/^[\s,:]+/, '')
    .replace(/[\s.]+$/, '')
    .trim();
  return content.split(/\s+/).length >= 3 ? content : null;
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
  fire(R.embeddedCue);
  return {
    kind,
    speaker,
    speakerAt: subject.at,
    addressees: findAddressees(frame, opening, q.start),
    cue: first,
    cueAt: q.start,
    quotes: [index],
    content: null,
    clause: { start: subject.at, end: q.start },
    time: timeRegion(frame, subject.at, q.start, kind),
    continues: false,
    why: { speaker: [...subject.why, R.embeddedCue.name], words: [R.embeddedCue.name] },
  };
}

/** A personal pronoun opening a clause: "He went further: …". */
const LEADING_PRONOUN = /^(?:He|She|They|We|I)\b/;

/**
 * "In a Fox interview, Brenner went further: “…”": no verb reports the quotation, but the clause that
 * leads into it through a colon has a subject, and by news convention the quotation is that subject's.
 */
function colonLeadIn(frame: string, quotes: readonly QuoteInSentence[]): Attribution | null {
  const index = quotes.findIndex((q) => /[^\s:]\s*:\s*$/u.test(frame.slice(0, q.start)));
  const q = quotes[index];
  if (!q || q.words.split(/\s+/).length < 4) return null;
  return ledBy(frame, frame.lastIndexOf(':', q.start), [index]);
}

/** A name of two to five capitalised words (not a heading in capitals), alone or after a headline's dash. */
const SPEAKER_LABEL = /(?:^|\s[-–—]\s+)((?=[^]*\p{Ll})(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]+)\s*$/u;

/** The clause before the colon at `colonAt`, if its subject is someone: it reports the quotations `quotes`. */
function ledBy(frame: string, colonAt: number, quotes: number[]): Attribution | null {
  const lead = frame.slice(0, colonAt);
  if (lead.includes('\uE000')) return null;
  // "Dana Kovic: “…”", "A HEADLINE - Dana Kovic: “…”": a name alone before the colon labels who speaks.
  const label = SPEAKER_LABEL.exec(lead);
  // Not a label ("Editor's note:", "UPDATE:") nor a heading in capitals.
  if (!label && (lead.split(/\s+/).length < 3 || !/\p{Ll}/u.test(lead))) return null;
  const opening = /^(?:[^,]*,\s*)?/.exec(lead)![0];
  const pronoun = LEADING_PRONOUN.exec(lead.slice(opening.length));
  const subject = label
    ? { text: label[1]!, at: label.index + label[0].length - label[1]!.length, why: [] }
    : pronoun
      ? { text: pronoun[0], at: opening.length, why: [] }
      : leadingSubject(lead);
  if (!subject) return null;
  const speaker = analyseMention(subject.text);
  // Someone named, a pronoun, a role: not "The sign on the gate read:".
  if (!isSpeaker(speaker) || !['name', 'pronoun', 'role'].includes(speaker.form)) return null;
  fire(R.colonLeadIn);
  return {
    kind: 'statement',
    speaker,
    speakerAt: subject.at,
    addressees: findAddressees(frame, subject.at, colonAt),
    cue: ':',
    cueAt: colonAt,
    quotes,
    content: null,
    clause: { start: subject.at, end: colonAt + 1 },
    time: timeRegion(frame, subject.at, colonAt, 'statement'),
    continues: false,
    why: { speaker: [...subject.why, R.colonLeadIn.name], words: [R.colonLeadIn.name] },
  };
}

/** A dash, then a name or a role, closing the sentence: "“…” ― Tom Reyes", "- Tomas Brenner." */
const SIGNATURE = /(?:^|\uE000)\s*[―—–-]\s*([^―—–\uE000]{2,80}?)\s*\.?\s*$/u;

/**
 * "“The river is ours.” ― Tom Reyes": a quotation signed with a dash is the signer's. A signature
 * alone in its paragraph signs the quotation of the paragraph before (`signs`, with no words).
 */
function signature(frame: string, quotes: readonly QuoteInSentence[]): Attribution | null {
  const m = SIGNATURE.exec(frame);
  if (!m) return null;
  const index = quotes.findLastIndex((q) => q.end <= m.index + 1);
  if (index < 0 && m.index !== 0) return null;
  const at = m.index + m[0].indexOf(m[1]!);
  const speaker = analyseMention(m[1]!);
  if (!isSpeaker(speaker) || !['name', 'role'].includes(speaker.form)) return null;
  fire(R.dashSignature);
  return {
    kind: 'statement',
    speaker,
    speakerAt: at,
    addressees: [],
    cue: '―',
    cueAt: at,
    quotes: index < 0 ? [] : [index],
    content: null,
    clause: { start: at, end: frame.length },
    time: { start: at, end: frame.length },
    continues: false,
    ...(index < 0 ? { signs: true } : {}),
    why: { speaker: [R.dashSignature.name], words: [R.dashSignature.name] },
  };
}

/** Reads the reporting clauses of one sentence. */
export function attribute(sentence: string, quotes: readonly QuoteInSentence[]): Attribution[] {
  const frame = maskQuotes(sentence, quotes);
  const clauses: Attribution[] = [];
  const cues = findCues(frame);
  const relatives = relativeClauses(frame, quotes);
  let floor = 0;
  for (const [i, cue] of cues.entries()) {
    const next = cues[i + 1];
    const nextAt = next && COORDINATING.test(frame.slice(0, next.at)) ? next.at : frame.length;
    const clause = clauseAt(frame, cue, nextAt, quotes, relatives, clauses.at(-1), floor);
    if (clause) clauses.push(clause);
    // A verb inside "…, who previously said …," must not cut its antecedent off from the main verb.
    if (!relatives.some((r) => cue.at > r.start && cue.at < r.end)) floor = cue.end;
  }
  const embedded = quotes.map((_, i) => embeddedCue(frame, quotes, i)).filter((c): c is Attribution => c !== null);
  if (clauses.length === 0 && embedded.length === 0) {
    const led = colonLeadIn(frame, quotes) ?? signature(frame, quotes);
    if (led?.signs) return [led];
    if (led) embedded.push(led);
  }
  let main = dropNested(frame, clauses);
  if (main.filter((c) => !c.continues).length === 0 && embedded.length === 0) {
    const according = accordingTo(sentence, frame);
    if (according) main = [according];
  }
  const reported = assignWords(sentence, frame, quotes, main, [...embedded], relatives);
  const lead = leadInto(frame, main, reported);
  return lead ? [...reported, lead] : reported;
}

/**
 * "Brenner said:", "Brenner went further:" closing the sentence with no quotation after it: by print
 * convention the next paragraph opens with what was said. The clause is kept, marked, with no words.
 */
function leadInto(frame: string, main: readonly Attribution[], reported: readonly Attribution[]): Attribution | null {
  const colonAt = frame.trimEnd().length - 1;
  if (frame[colonAt] !== ':' || frame.includes('\uE000')) return null;
  const last = main.at(-1);
  if (last && reported.some((c) => c.cueAt === last.cueAt)) return null;
  const clause = last ? { ...last, quotes: [], continues: false } : ledBy(frame, colonAt, []);
  if (clause) fire(R.leadsIntoParagraph);
  return clause ? { ...clause, content: null, leadsIn: true } : null;
}

interface Span {
  start: number;
  end: number;
}

/**
 * ", who previously said …,", ", in which the US accused …,", " - who once said … -": clauses inside the sentence's subject or object.
 * The comma that closes one may stand inside a quotation's closing mark (", who called it “reckless,” said").
 */
function relativeClauses(frame: string, quotes: readonly QuoteInSentence[]): Span[] {
  const commas = quotes.reduce((f, q) => (q.commaInside ? `${f.slice(0, q.end - 1)},${f.slice(q.end)}` : f), frame);
  return [
    ...commas.matchAll(
      /,\s*(?:who|which|whose|where|(?:in|at|during|under|after|before|to) which)\b[^,]*,|\s(?:--|—|–|-)\s*(?:who|which|whose)\b[^—–]*?\s(?:--|—|–|-)\s/gu,
    ),
  ].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * Whether a verb reports words with what follows it: a verb of saying, "that", or words said as its object
 * ("predicted about a third of …"), not a preposition's ("thinks often about the father").
 */
function reportsWords(cue: string, after: string): boolean {
  if (isForm('plain', cue) || /^\s+that\b/.test(after)) return true;
  return (
    isForm('objectIsContent', cue) &&
    !/^\s+(?:\p{Ll}+\s+)?(?:about(?!\s+(?:\d|one|two|three|four|five|half|a\s+(?:third|quarter|fifth)))|of|to|on|over|for|with|at|in)\b/u.test(after)
  );
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
      // "…,” said one aide, who said she had warned …", "…, who predicted that …": a relative clause speaks for whom it follows,
      // not inside the words, when it reports words (not "who urged him to quit", "who thinks often about the father").
      if (inner.speaker.form === 'relative' && outer.inverted && reportsWords(inner.cue, frame.slice(inner.cueAt + inner.cue.length))) continue;
      // "Moscow said … after Western governments warned that …", "…, with 45 percent saying …": a clause of its own, not content.
      const between = frame.slice(outer.clause.end, inner.clause.start + 1);
      const separate =
        /\b(?:after|before|while|because|since|when|whereas|though|although)\b|;|,\s*(?:and|but|compared (?:with|to)|with)\b|\band\s+(?:has|have|had)?\s*$/.exec(
          between,
        );
      // "Ruiz said the weir was mended, but she conceded that …": a conjunction right before the inner subject starts a clause of its own, even after "that".
      // "… the board does not care and one in four said …": so does one after the outer verb's words, with a verb of their own.
      const coordinate = /(?:[,;]|\s[—–-])\s*(?:and|but|yet)\s+\S$/.test(between) || (/\s(?:and|but)\s+\S$/.test(between) && HAS_VERB.test(between));
      // "When Otten suggested that …, Kovic fired back": the clause that opens the sentence ends at its comma.
      const opening = frame.slice(0, outer.clause.start);
      // So does a participle that opens the sentence ("Conceding that …, Ruiz warned").
      const fronted =
        (OPENING_SUBORDINATOR.test(opening) || BEFORE_OR_AFTER.test(opening) || (/^\W*$/.test(opening) && PARTICIPLE.test(outer.cue))) &&
        !opening.includes(',') &&
        between.includes(',');
      // "X suggested that …, while Y said …": a contrast after a comma starts a clause of its own, even after "that".
      const contrast = /[,;]\s*(?:while|whereas|although|though|compared (?:with|to))\s[^,]*$/.test(between);
      if ((separate && (!/\bthat\b/.test(between) || contrast)) || coordinate || fronted) {
        fire(R.subordinateSpeaks);
        continue;
      }
      fire(isDocumentSpeaker(outer) ? R.documentRelays : R.nestedIsContent);
      dropped.add(isDocumentSpeaker(outer) ? outer : inner);
      if (dropped.has(outer)) break;
    }
  }
  return clauses.filter((c) => !dropped.has(c));
}
