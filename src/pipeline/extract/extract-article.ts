/**
 * One article → the statements it reports, each tied to the sentence that reports it.
 */
import type { Actor, ParsedArticle, PointKind, Warning } from '../types.ts';
import { UNKNOWN_ACTOR } from '../actors/directory.ts';
import type { ActorDirectory } from '../actors/directory.ts';
import { addDays, dayNumber } from '../dates/calendar.ts';
import { findTimeExpressions, isFutureClause, offsetFromNamedEvent, relativeToEvent, type DateRange } from '../dates/time-expressions.ts';
import { findActs, type Act } from './acts.ts';
import { contentWords, overlap } from '../points/words.ts';
import { DOCUMENT_HEADS } from './lexicon.ts';
import { attribute, maskQuotes, type Attribution, type QuoteInSentence } from './attribution.ts';
import { MIN_UNATTRIBUTED_WORDS, NOISE_RULES, isNamingQuote } from './noise.ts';
import { fire } from '../rule.ts';
import { findCues } from './cues.ts';
import { isForm } from './verbs.ts';
import { Discourse } from './discourse.ts';
import type { MentionInfo } from './mention.ts';
import { findQuoteSpans, isUnbalanced, quoteWords, type QuoteSpan } from './quote-spans.ts';
import { splitSentences, type Sentence } from './sentences.ts';

/** A statement as one article reports it: one future source of a point. */
export interface ArticleStatement {
  article: string;
  kind: PointKind;
  speaker: Actor;
  addressees: Actor[];
  direct: boolean;
  /** Direct: the quoted words (fragments joined by " … "); indirect: the reported content. */
  words: string;
  excerpt: string;
  /** Offset of the excerpt in the article's cleaned text. */
  offset: number;
  cue: string | null;
  when: DateRange | null;
  /** True when the sentence itself dates the act (not the article's day by default). */
  datedByText: boolean;
}

export interface ArticleExtraction {
  statements: ArticleStatement[];
  warnings: Warning[];
}

export function extractArticle(article: ParsedArticle, directory: ActorDirectory): ArticleExtraction {
  const discourse = new Discourse(directory);
  const statements: ArticleStatement[] = [];
  const chronology: Chronology = { scene: [], days: [], encounters: [], paragraph: 0, lead: -1 };
  const warnings: Warning[] = [];
  const warn = (kind: Warning['kind'], message: string) => warnings.push({ article: article.id, kind, message });

  for (const paragraph of article.paragraphs) {
    if (paragraph.kind === 'body') discourse.preview(paragraph.text, paragraph.offset);
  }
  /** How many subheadings came between body paragraphs so far: 0 is the lead section (a standfirst opens no section). */
  let section = 0;
  let seenBody = false;
  for (const [index, paragraph] of article.paragraphs.entries()) {
    if (paragraph.kind === 'subheading' && seenBody) section += 1;
    seenBody ||= paragraph.kind === 'body';
    if (paragraph.kind !== 'body') continue;
    const spans = findQuoteSpans(paragraph.text);
    if (isUnbalanced(spans)) warn('unbalanced-quotes', `paragraph ${index + 1}: quotation marks do not pair up ("${paragraph.text.slice(0, 60)}…")`);
    const sentences = splitSentences(paragraph.text, spans);
    const paragraphStart = statements.length;
    chronology.paragraph = index;
    for (const sentence of sentences) {
      const offset = paragraph.offset + sentence.start;
      const quotes = quotesIn(paragraph.text, sentence, spans);
      discourse.scan(maskQuotes(sentence.text, quotes), offset, sentence.text);
      const frame = maskQuotes(sentence.text, quotes);
      const attributions = attribute(sentence.text, quotes);
      const reporterOf = (at: number) => reporterBefore(attributions, at, offset, discourse);
      const found = findActs(sentence.text, frame);
      const actStatements = found.map((act) => actStatement(article, sentence, offset, frame, act, discourse, statements, reporterOf));
      const acts = [...actStatements];
      for (const act of acts) {
        if (!setsScene(act, frame)) continue;
        setScene(chronology, act.when!);
        if (act.kind === 'call' || act.kind === 'meeting') chronology.encounters.push({ act, paragraph: chronology.paragraph });
      }
      for (const a of attributions) {
        const ownAct = found.findIndex((act) => a.cueAt >= act.start && sentence.text.slice(act.start, a.cueAt).trim() === '');
        // "Ruiz called her counterpart": the verb is the act's, not "called it a provocation".
        if (ownAct >= 0 && a.cue === 'called') continue;
        const statement = toStatement(article, sentence, offset, quotes, a, discourse, statements, section, chronology);
        if (setsScene(statement, frame)) setScene(chronology, statement.when!);
        // "Ruiz wrote to Brenner on Monday that …": one act, told with what it said.
        if (ownAct >= 0) absorbAct(statement, acts, acts.indexOf(actStatements[ownAct]!));
        absorbReportedActs(statement, acts);
        if (reportsAnotherActor(statement, acts)) continue;
        statements.push(statement, ...jointSpeakers(statement, a, offset, discourse));
        if (statement.speaker.id === UNKNOWN_ACTOR.id) {
          warn('unresolved-speaker', `"${a.speaker.text}" (${a.cue}) in "${sentence.text.slice(0, 80)}…" could not be tied to an actor`);
        }
        acts.push(...impliedActs(statement, a, frame, acts));
      }
      statements.push(...acts);
      chronology.days.push(...daysGiven(article, frame));
      if (chronology.lead < 0 && statements.length > paragraphStart) chronology.lead = index;
      const owned = new Set(attributions.flatMap((a) => a.quotes));
      for (const [qi, q] of quotes.entries()) {
        if (owned.has(qi)) continue;
        if (q.words.split(/\s+/).length < MIN_UNATTRIBUTED_WORDS) {
          fire(NOISE_RULES.shortUnattributed);
          continue;
        }
        if (isNamingQuote(frame, q)) continue;
        const last = statements.at(-1);
        if (statements.length > paragraphStart && continuesQuote(last, q, sentence)) {
          extendQuote(last, q, paragraph.text.slice(last.offset - paragraph.offset, sentence.end));
          continue;
        }
        statements.push(unattributed(article, sentence, offset, q, statements.slice(paragraphStart - 1), warn));
      }
    }
  }
  dateFromNextBySameSpeaker(statements);
  dateFromLaterRetelling(statements);
  return { statements, warnings };
}

function quotesIn(text: string, sentence: Sentence, spans: readonly QuoteSpan[]): QuoteInSentence[] {
  return spans
    .filter((s) => s.start < sentence.end && s.end > sentence.start)
    .map((s) => ({
      start: Math.max(s.start, sentence.start) - sentence.start,
      end: Math.min(s.end, sentence.end) - sentence.start,
      words: quoteWords(text, { ...s, innerStart: Math.max(s.innerStart, sentence.start), innerEnd: Math.min(s.innerEnd, sentence.end) }),
    }));
}

function toStatement(
  article: ParsedArticle,
  sentence: Sentence,
  offset: number,
  quotes: readonly QuoteInSentence[],
  a: Attribution,
  discourse: Discourse,
  earlier: readonly ArticleStatement[],
  section: number,
  chronology: Chronology,
): ArticleStatement {
  const speaker = discourse.resolve(a.speaker, offset + a.speakerAt);
  if (speaker.id !== UNKNOWN_ACTOR.id) discourse.record(speaker, a.speaker, offset + a.speakerAt, true);
  const addressees: Actor[] = [];
  for (const mention of a.addressees) {
    const actor = mention.info === 'press' ? discourse.directory.byText('the press') : addresseeActor(mention.info, offset + mention.start, speaker, discourse);
    if (actor && actor.id !== UNKNOWN_ACTOR.id && actor.id !== speaker.id && !addressees.includes(actor)) {
      addressees.push(actor);
      if (mention.info !== 'press') discourse.record(actor, mention.info, offset + mention.start, false);
    }
  }
  const receiver = addressees.length === 0 ? documentReceiver(a.speaker, offset + a.speakerAt, speaker, discourse) : null;
  if (receiver) addressees.push(receiver);
  const direct = a.quotes.length > 0;
  const words = direct ? a.quotes.map((i) => quotes[i]!.words).join(' … ') : a.content!;
  // "rejected … in their own written response": the stance was taken in a document.
  // "replied to Y in writing": the manner stands between the verb and what was said.
  const manner = direct ? '' : sentence.text.slice(a.cueAt, Math.max(a.cueAt, sentence.text.indexOf(words, a.cueAt)));
  const kind = (a.kind !== 'statement' && WRITTEN.test(words)) || WRITTEN.test(manner) ? 'document' : a.kind;
  const { when, datedByText } = dateOf(article, maskQuotes(sentence.text, quotes), a, speaker, earlier, section, chronology);
  return {
    article: article.id,
    kind,
    speaker,
    addressees,
    direct,
    words,
    excerpt: sentence.text,
    offset,
    cue: a.cue,
    when,
    datedByText,
  };
}

/** "The document also stated …", "The follow-up document came …": written to whomever the text last named was for. */
function documentReceiver(mention: MentionInfo, at: number, speaker: Actor, discourse: Discourse): Actor | null {
  const document = isDocumentHead(mention) ? discourse.documentBefore(at) : null;
  return document?.addressee && document.author.id === speaker.id && document.addressee.id !== speaker.id ? document.addressee : null;
}

const WRITTEN = /\b(?:(?:in|with|through)\s+(?:its|their|his|her|a|an|the)\s+(?:own\s+)?(?:written\s+(?:response|reply|answer)s?|letter|note)|in\s+writing)\b/i;

const HABITUAL = /\b(?:repeatedly|continuously|previously|on (?:several|many|numerous) occasions|in the past|in previous|has long|have long|often|always)\b/i;

/** The date a time expression inside `region` of the frame gives, nearest `near` first. */
function dateIn(
  articleDate: string,
  frame: string,
  region: { start: number; end: number },
  near: number,
  future: boolean,
  anchor: DateRange | null,
): DateRange | null {
  const candidates = findTimeExpressions(frame)
    .filter((t) => t.start >= region.start && t.end <= region.end)
    .sort((x, y) => Math.abs(x.start - near) - Math.abs(y.start - near));
  for (const t of candidates) {
    const when = t.resolve(articleDate, future, anchor);
    if (when) return when;
  }
  return null;
}

const articleDay = (article: ParsedArticle): DateRange | null =>
  article.date ? { date: article.date, dateEnd: article.date, precision: 'day' } : null;

/** "told parliament": an institution named by a common noun is the speaker's own country's. */
function addresseeActor(info: MentionInfo, at: number, speaker: Actor, discourse: Discourse): Actor {
  // "She told him": whoever she is, he is someone else.
  const actor = discourse.resolve(info, at, speaker);
  if (actor.id !== UNKNOWN_ACTOR.id || info.form !== 'phrase' || /\p{Lu}/u.test(info.text)) return actor;
  const words = info.text.replace(/^(?:the|its|his|her|their)\s+/i, '');
  const side = speaker.side ?? null;
  return side && words.split(/\s+/).length <= 3 ? discourse.directory.byRole(words, side, true) : actor;
}

/**
 * The act's date: a time expression near the reporting verb (not inside the
 * reported content), else — for a speaker going on right after a dated statement
 * ("He continued, …") — that statement's date, else the article's day. What a
 * text reports as habitual ("has repeatedly warned") has no single date.
 */
function dateOf(
  article: ParsedArticle,
  frame: string,
  a: Attribution,
  speaker: Actor,
  earlier: readonly ArticleStatement[],
  section: number,
  chronology: Chronology,
): { when: DateRange | null; datedByText: boolean } {
  if (article.date === null) return { when: null, datedByText: false };
  const previous = earlier.at(-1);
  const future = isFutureClause(frame.slice(a.time.start, a.time.end));
  // What was reported ("he expected answers early this week") dates something else, unless it is the act itself.
  const contentAt = a.content && a.kind === 'statement' ? frame.indexOf(a.content.replace(/^\S+\s/, ''), a.cueAt) : -1;
  const region = contentAt > a.cueAt ? { start: a.time.start, end: Math.min(a.time.end, contentAt) } : a.time;
  const when = dateIn(article.date, frame, region, a.cueAt, future, previous?.when ?? null);
  if (when) return { when, datedByText: true };
  const regionText = frame.slice(region.start, region.end);
  // "a day after the incident", "three days later": from the last day the text gave, in this sentence or before.
  const offset = offsetFromNamedEvent(regionText);
  const event = offset === null ? undefined : (daysGiven(article, frame.slice(0, region.start)).at(-1) ?? chronology.days.at(-1));
  if (offset !== null && event) return { when: dayRange(addDays(event.date, offset)), datedByText: true };
  if (relativeToEvent(regionText)) return { when: null, datedByText: false };
  if (HABITUAL.test(frame.slice(a.time.start, a.time.end))) return { when: null, datedByText: false };
  if (isBackground(frame, a, section)) return { when: null, datedByText: false };
  // Only where the act is told, not in what was said ("would present its figures at the talks in April").
  const occasion = occasionNamed(frame.slice(a.time.start, a.time.end), earlier, article);
  if (occasion) return { when: occasion.when, datedByText: false };
  if (previous && previous.speaker.id === speaker.id && previous.article === article.id) {
    return { when: previous.when, datedByText: false };
  }
  // "A telephone conversation took place between A and B." then "A underlined …": said in that call (not to reporters).
  const encounter = chronology.encounters.at(-1);
  const toPress = a.addressees.some((m) => m.info === 'press');
  if (encounter && !toPress && encounter.paragraph >= chronology.paragraph - 1 && [encounter.act.speaker, ...encounter.act.addressees].some((p) => p.id === speaker.id)) {
    return { when: encounter.act.when, datedByText: false };
  }
  return { when: narrativeDay(article, chronology) ?? articleDay(article), datedByText: false };
}

/** "In its account of the call", "after the talks": an occasion the article already told ("because the talks are confidential" is not one). */
const THE_OCCASION = /\b(?:in|during|after|at|of|on)\s+(?:the|that|this|their|its)\s+(?:(?:phone|telephone|video)\s+)?(call|conversation|talks|meeting)\b/i;

/** The past call or meeting a statement says it was made in or about: the last one of that kind the article dated. */
function occasionNamed(frame: string, earlier: readonly ArticleStatement[], article: ParsedArticle): ArticleStatement | null {
  const m = THE_OCCASION.exec(frame);
  if (!m || !article.date) return null;
  const kind = /^(?:call|conversation)$/i.test(m[1]!) ? 'call' : 'meeting';
  const told = (s: ArticleStatement) => s.article === article.id && s.kind === kind && s.datedByText && s.when?.precision === 'day';
  return earlier.findLast((s) => told(s) && s.when!.date <= article.date!) ?? null;
}

const isDocumentHead = (mention: MentionInfo): boolean => mention.head !== null && DOCUMENT_HEADS.has(mention.head);

/**
 * "Both the US and NATO rejected Russia's demand", with no day given, in a section
 * under a subheading (where news copy puts its background): a past stance whose day
 * the article does not know. The present perfect ("have rejected") is news of the day.
 */
function isBackground(frame: string, a: Attribution, section: number): boolean {
  if (section === 0) return false;
  // What a document says dates from when it was written, which a background section does not give.
  if (isDocumentHead(a.speaker)) return true;
  if (!isForm('stance', a.cue)) return false;
  return !/\b(?:has|have|had)\s+(?:\p{L}+\s+)?$/u.test(frame.slice(0, a.cueAt));
}

/** What the text has dated so far, latest last. */
interface Chronology {
  /** Days it gave to past acts it reports, and in which paragraph: the scene undated statements after them belong to. */
  scene: Array<{ day: DateRange; paragraph: number }>;
  /** Calls and meetings it dated, and in which paragraph: what their parties say right after was said there. */
  encounters: Array<{ act: ArticleStatement; paragraph: number }>;
  /** The paragraph being read, and the first that had statements (the lead), or -1. */
  paragraph: number;
  lead: number;
  /** Every past day it gave, to anything ("blasted a boat on the 5th"): what "a day after the incident" counts from. */
  days: DateRange[];
}

/** The past days a sentence gives, to whatever it tells. */
function daysGiven(article: ParsedArticle, frame: string): DateRange[] {
  if (!article.date || isFutureClause(frame)) return [];
  return findTimeExpressions(frame)
    .map((t) => t.resolve(article.date!, false, null))
    .filter((d): d is DateRange => d?.precision === 'day');
}

const dayRange = (date: string): DateRange => ({ date, dateEnd: date, precision: 'day' });

/** How far before the article's day a dated report still sets the scene for the undated ones after it. */
const NARRATIVE_DAYS = 2;

/**
 * News copy dates its lead ("On Wednesday, the State Department acknowledged …")
 * and not each sentence after it: the lead's day is the day of what follows. A day
 * given later ("in a phone call on Tuesday") is the scene of its own paragraph only;
 * the story then returns to the lead's. An older date ("on the 15th of last month")
 * is background, not scene.
 */
function narrativeDay(article: ParsedArticle, chronology: Chronology): DateRange | null {
  const here = chronology.scene.findLast((s) => s.paragraph === chronology.paragraph);
  const lead = chronology.scene.findLast((s) => s.paragraph === chronology.lead);
  const last = (here ?? lead)?.day;
  if (!last || !article.date) return null;
  const age = dayNumber(article.date) - dayNumber(last.date);
  return age >= 0 && age <= NARRATIVE_DAYS ? last : null;
}

function setScene(chronology: Chronology, day: DateRange): void {
  chronology.scene.push({ day, paragraph: chronology.paragraph });
}

/** A day the text gives to something that already happened ("planned", "will" look ahead and set no scene). */
function setsScene(statement: ArticleStatement, frame: string): boolean {
  return statement.datedByText && statement.when?.precision === 'day' && !isFutureClause(frame);
}

/**
 * A speaker's undated words right before the same speaker's dated ones ("… “initial
 * reactions” …" then "… Price said at a press briefing Monday") share that date.
 */
function dateFromNextBySameSpeaker(statements: ArticleStatement[]): void {
  for (const [i, s] of statements.entries()) {
    // The next sentence's: an act reported inside this one ("… during Tuesday's call with …") is not what follows.
    const next = statements.slice(i + 1).find((t) => t.offset !== s.offset);
    // What was said is dated by when it was said, not by the day of a letter or a call the speaker tells of.
    if (s.datedByText || s.when === null || !next || !next.datedByText || next.speaker.id !== s.speaker.id || next.kind !== 'statement') continue;
    if (next.when?.precision === 'day') s.when = next.when;
  }
}

/** How much of its words a later statement must share to be the same act told again. */
const RETOLD = 0.6;
const RETOLD_WORDS = 5;

/**
 * A lead sums up what the body then tells with its day ("The United States announced that
 * it has delivered a written response …", then "On the 26th, Blinken stated, “We have
 * delivered a written response …”"): an undated statement that a later one from the same
 * side retells, dated by the text and done by then, took place that day.
 */
function dateFromLaterRetelling(statements: ArticleStatement[]): void {
  const sideOf = (s: ArticleStatement) => s.speaker.side ?? s.speaker.id;
  const words = statements.map((s) => contentWords(s.words));
  for (const [i, s] of statements.entries()) {
    if (s.datedByText || s.when === null || s.speaker.id === UNKNOWN_ACTOR.id || new Set(words[i]).size < RETOLD_WORDS) continue;
    const retold = statements.findIndex(
      (t, j) =>
        j > i &&
        t.datedByText &&
        t.when?.precision === 'day' &&
        // A plan told again ("will meet on Friday") is not the act itself.
        !isFutureClause(t.words) &&
        sideOf(t) === sideOf(s) &&
        overlap(words[i]!, words[j]!) >= RETOLD,
    );
    if (retold !== -1) s.when = statements[retold]!.when;
  }
}

/** "will meet", and in reported speech "said he would meet": an act still to come when the article was written. */
const isPlanned = (act: Act): boolean => isFutureClause(act.words) || /^would\s/.test(act.words);

/** A call, meeting or document the sentence reports outside any quotation. */
function actStatement(
  article: ParsedArticle,
  sentence: Sentence,
  offset: number,
  frame: string,
  act: Act,
  discourse: Discourse,
  earlier: readonly ArticleStatement[],
  reporterOf: (at: number) => Actor | null,
): ArticleStatement {
  const reporter = act.speaker.form === 'pronoun' ? reporterOf(act.speakerAt) : null;
  const speaker = reporter && fitsPronoun(reporter, act.speaker) ? reporter : discourse.resolve(act.speaker, offset + act.speakerAt);
  if (speaker.id !== UNKNOWN_ACTOR.id) discourse.record(speaker, act.speaker, offset + act.speakerAt, true);
  const named = act.addressee ? discourse.resolve(act.addressee, offset + act.addresseeAt, speaker) : null;
  // As for a statement's addressee: later mentions can point back to it, and the actor keeps the name the text gave.
  if (named && named.id !== UNKNOWN_ACTOR.id && act.addressee) discourse.record(named, act.addressee, offset + act.addresseeAt, false);
  const addressee = named && named.id !== UNKNOWN_ACTOR.id ? named : documentReceiver(act.speaker, offset + act.speakerAt, speaker, discourse);
  const actBase: ArticleStatement = {
    article: article.id,
    kind: act.kind,
    speaker,
    addressees: addressee && addressee.id !== speaker.id ? [addressee] : [],
    direct: false,
    words: act.words,
    excerpt: sentence.text,
    offset,
    cue: null,
    when: null,
    datedByText: false,
  };
  // "Russia has delivered …, the Post reported Monday": Monday dates the report; the act came before, on a day not given.
  const report = findCues(frame.slice(act.end)).find((cue) => cue.kind === 'statement');
  // "A spokesman said on Monday that Brenner would meet Ruiz on Friday": Monday dates the saying, not the act.
  const toldBefore = findCues(frame.slice(0, act.start)).some((cue) => cue.kind === 'statement');
  const region = { start: toldBefore ? act.start : 0, end: report ? act.end + report.at : frame.length };
  const when =
    article.date && !relativeToEvent(act.words)
      ? dateIn(article.date, frame, region, act.start, isPlanned(act), earlier.at(-1)?.when ?? null)
      : null;
  if (!when && (report || relativeToEvent(act.words))) {
    return { ...actBase, when: null, datedByText: false };
  }
  return { ...actBase, when: when ?? articleDay(article), datedByText: when !== null };
}

/** "X said on Monday that he would meet …": who reports, before `at`, what the sentence goes on to tell. */
function reporterBefore(attributions: readonly Attribution[], at: number, offset: number, discourse: Discourse): Actor | null {
  const a = attributions.findLast((x) => x.cueAt < at && x.speakerAt < x.cueAt);
  return a ? discourse.resolve(a.speaker, offset + a.speakerAt) : null;
}

/** "he" and "she" are people; "it" and "they" may be anyone. */
function fitsPronoun(actor: Actor, pronoun: MentionInfo): boolean {
  const personal = pronoun.pronoun === 'male' || pronoun.pronoun === 'female';
  return actor.id !== UNKNOWN_ACTOR.id && (!personal || actor.kind === 'person');
}

/**
 * "The United States announced that it has delivered a written response to Russia":
 * the announcement and the delivery are one act, told once. The statement takes the
 * act's kind and addressee; the act is not told again.
 */
function absorbReportedActs(statement: ArticleStatement, acts: ArticleStatement[]): void {
  for (const [i, act] of [...acts.entries()].reverse()) {
    if (act.speaker.id === statement.speaker.id && statement.words.includes(act.words)) absorbAct(statement, acts, i);
  }
}

/** The statement tells the act at `index` of `acts`: it takes the act's kind, day and parties, and the act is not told again. */
function absorbAct(statement: ArticleStatement, acts: ArticleStatement[], index: number): void {
  const act = acts[index];
  if (!act) return;
  statement.kind = act.kind;
  // "said on Monday that he would meet … on Friday": the act is on its own day, not the telling's.
  if (act.datedByText) Object.assign(statement, { when: act.when, datedByText: true });
  // "told parliament that she had written to Brenner": the letter went to Brenner, not to parliament.
  if (act.kind === 'document' && act.addressees.length > 0) statement.addressees = [...act.addressees];
  else for (const a of act.addressees) if (!statement.addressees.some((x) => x.id === a.id)) statement.addressees.push(a);
  acts.splice(index, 1);
}

/**
 * "Russia has delivered written responses …, the Post reported, citing an official":
 * what the sentence tells is Russia's act; the report is its channel, and the act's
 * point cites this very sentence.
 */
function reportsAnotherActor(statement: ArticleStatement, acts: readonly ArticleStatement[]): boolean {
  if (statement.direct) return false;
  const words = contentWords(statement.words);
  return acts.some((act) => act.speaker.id !== statement.speaker.id && act.speaker.id !== UNKNOWN_ACTOR.id && contentWords(act.words).length >= words.length * 0.4 && statement.words.includes(act.words));
}

/** "Washington and NATO rejected …": the same words, once for each speaker. */
function jointSpeakers(statement: ArticleStatement, a: Attribution, offset: number, discourse: Discourse): ArticleStatement[] {
  // Quoted words are one person's voice; what bodies say ("Washington and NATO rejected … as “non-starters”") is joint.
  const isBody = (actor: Actor) => actor.kind !== 'person' && actor.kind !== 'unknown';
  return a.speaker.partners.flatMap((partner) => {
    const speaker = discourse.resolve(partner, offset + a.speakerAt);
    if (speaker.id === UNKNOWN_ACTOR.id || speaker.id === statement.speaker.id) return [];
    if (statement.direct && !(isBody(speaker) && isBody(statement.speaker))) return [];
    return [{ ...statement, speaker, addressees: statement.addressees.filter((x) => x.id !== speaker.id) }];
  });
}

/** "Lavrov said during talks with Baerbock": the talks are an act of their own. */
function impliedActs(statement: ArticleStatement, a: Attribution, frame: string, found: readonly ArticleStatement[]): ArticleStatement[] {
  return a.addressees.flatMap((mention, i) => {
    const addressee = statement.addressees[i];
    if (!mention.act || !addressee) return [];
    const duplicate = found.some((f) => f.kind === mention.act!.kind && f.speaker.id === statement.speaker.id && f.addressees.some((x) => x.id === addressee.id));
    if (duplicate) return [];
    return [{ ...statement, kind: mention.act.kind, addressees: [addressee], direct: false, words: frame.slice(mention.act.start, mention.end), cue: null }];
  });
}

/** How much of a sentence a quotation must fill to be, by news convention, the last quoted speaker going on. */
const WHOLE_SENTENCE = 0.8;

/** A quoted sentence with no cue of its own, right after a quote: the same speaker going on. */
function continuesQuote(previous: ArticleStatement | undefined, q: QuoteInSentence, sentence: Sentence): previous is ArticleStatement {
  return previous !== undefined && previous.direct && q.end - q.start >= sentence.text.length * WHOLE_SENTENCE;
}

/** The statement goes on in the next sentence: its words and its excerpt take that sentence in. */
function extendQuote(statement: ArticleStatement, q: QuoteInSentence, excerpt: string): void {
  statement.words = `${statement.words} … ${q.words}`;
  statement.excerpt = excerpt;
}

/**
 * A long quotation no clause reports. A paragraph of quotation right after a
 * quoted speaker is, by news convention, that speaker going on; anything else is
 * kept with an unresolved speaker and a warning, never dropped.
 */
function unattributed(
  article: ParsedArticle,
  sentence: Sentence,
  offset: number,
  q: QuoteInSentence,
  recent: readonly ArticleStatement[],
  warn: (kind: Warning['kind'], message: string) => void,
): ArticleStatement {
  const previous = recent.findLast((s) => s.direct);
  const continues = continuesQuote(previous, q, sentence);
  if (!continues) warn('unresolved-speaker', `a quotation with no speaker: "${q.words.slice(0, 80)}"`);
  return {
    article: article.id,
    kind: 'statement',
    speaker: continues ? previous.speaker : UNKNOWN_ACTOR,
    addressees: continues ? previous.addressees : [],
    direct: true,
    words: q.words,
    excerpt: sentence.text,
    offset,
    cue: null,
    when: continues ? previous.when : article.date ? { date: article.date, dateEnd: article.date, precision: 'day' } : null,
    datedByText: false,
  };
}
