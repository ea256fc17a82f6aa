/**
 * When: the day (or range) of each act an article reports. A time expression near
 * the reporting verb dates it; otherwise the article's own conventions do — the
 * lead's day is the scene of what follows, a speaker going on speaks on the same
 * day, a party to a call just told speaks in that call — and what the text tells as
 * background or habit has no single day. Every decision is a named rule.
 */
import type { ArticleStatement, DateRange, ParsedArticle } from '../types.ts';
import { addDays, dayNumber } from '../dates/calendar.ts';
import { findTimeExpressions, isFutureClause, offsetFromNamedEvent, opensRelativeToEvent, relativeToEvent } from '../dates/time-expressions.ts';
import { UNKNOWN_ACTOR } from '../actors/directory.ts';
import { contentWords, overlap } from '../content-words.ts';
import type { Actor } from '../types.ts';
import type { Act } from './acts.ts';
import type { Attribution } from './clause.ts';
import { findCues } from './cues.ts';
import { BEFORE_OR_AFTER } from './patterns.ts';
import { DOCUMENT_HEADS } from '../lexicon.ts';
import type { MentionInfo } from './mention.ts';
import { fire, type Rule } from '../rule.ts';
import { isForm } from './verbs.ts';

export const DATE_RULES = {
  timeInClause: {
    name: 'date.time-in-clause',
    what: 'a time expression around the reporting verb (not inside what was reported) dates the act',
    fires: ['Ana Ruiz said on Tuesday that the border would reopen.'],
    doesNotFire: ['Ana Ruiz said the border would reopen on Saturday.'],
  },
  daysFromEvent: {
    name: 'date.days-from-event',
    what: '"a day after the incident", "three days later": counted from the last day the text gave',
    fires: ['Sylvanian boats crossed the line on Monday.\n\nA day after the incident, Ana Ruiz said Freedonia would lodge a protest.'],
  },
  relativeToAct: {
    name: 'date.relative-to-undated-act',
    what: '"a day after Sylvania responded": dated only against another act the text does not date, so undated',
    fires: ['A day after Sylvania responded, Ana Ruiz said Freedonia would lodge a protest.'],
  },
  toldAsBeforeOrAfter: {
    name: 'date.told-as-before-or-after',
    what: '"Freedonia protested after Sylvania warned that …": a statement told only as what came before or after another act has no day of its own',
    fires: ['Freedonia lodged a protest last month after Sylvania warned that the dam would close.'],
  },
  habitual: {
    name: 'date.habitual',
    what: '"has repeatedly warned", "has long demanded": a habit has no single day',
    fires: ['Ana Ruiz has repeatedly warned that the dam would leave farmers without water.'],
  },
  background: {
    name: 'date.background-stance',
    what: 'a stance ("rejected", "insisted") or a document\'s words under a subheading, with no day given, is background',
    fires: ['Ana Ruiz spoke on Tuesday about the river.\n\nBackground\n\nSylvania rejected the proposal for joint patrols on the river.'],
  },
  occasion: {
    name: 'date.occasion-told-before',
    what: '"in its account of the call", "after the talks": the day of the call or meeting the article dated',
    fires: ['Ana Ruiz spoke by phone with Tomas Brenner on Tuesday.\n\nIn its account of the call, Freedonia said the two ministers agreed to meet again.'],
  },
  sameSpeakerGoesOn: {
    name: 'date.same-speaker-goes-on',
    what: 'a speaker going on right after a dated statement ("He continued, …") speaks on that day',
    fires: ['Ana Ruiz said on Tuesday that the border would reopen. She added that lorries would be checked at the crossing.'],
  },
  partyToEncounter: {
    name: 'date.party-to-encounter',
    what: 'a party to a call or meeting just told, speaking in the next paragraph (not to reporters), speaks in it',
    fires: [
      'A telephone conversation took place between Ana Ruiz and Tomas Brenner on Tuesday.\n\nTomas Brenner underlined that the dam gates would stay open all summer.',
    ],
  },
  narrativeScene: {
    name: 'date.narrative-scene',
    what: "the lead's day (two days old at most) is the day of the undated statements after it",
    fires: ['On Tuesday, Ana Ruiz said Freedonia would reopen the border.\n\nTomas Brenner said Sylvania welcomed the decision.'],
  },
  articleDay: {
    name: 'date.article-day',
    what: 'with nothing else to go by, an act is dated the day of the article',
    fires: ['Ana Ruiz said the border would reopen.'],
  },
  actTime: {
    name: 'date.act-time',
    what: 'a call, meeting or text is dated by a time expression in its own words, not by the day its telling was reported',
    fires: ['Ana Ruiz met Tomas Brenner in Port Sylvan on Tuesday.'],
  },
  actReportedLater: {
    name: 'date.act-told-later-undated',
    what: '"Sylvania has delivered …, the Herald reported Monday": the report is dated, the act before it is not',
    fires: ['Sylvania delivered its written response to Freedonia, the Port Sylvan Herald reported on Monday.'],
  },
  fromNextBySameSpeaker: {
    name: 'date.from-next-by-same-speaker',
    what: "a speaker's undated words right before the same speaker's dated ones share their day",
    fires: ['“The river belongs to both of us,” Ana Ruiz said.\n\nRuiz said on Tuesday that the border would reopen.'],
  },
  fromLaterRetelling: {
    name: 'date.from-later-retelling',
    what: 'a lead that sums up what the body then tells with its day takes that day',
    fires: [
      'Freedonia announced that it has delivered a written reply to Sylvania about the river quotas.\n\nOn Tuesday, Ana Ruiz stated: “We have delivered a written reply to Sylvania about the river quotas.”',
    ],
  },
} satisfies Record<string, Rule>;

const R = DATE_RULES;

export interface Dated {
  when: DateRange | null;
  datedByText: boolean;
}

/** What the text has dated so far, latest last: what undated statements after it take their day from. */
export class Chronology {
  /** The last day it gave to a past act it reports, by paragraph (a map: a long article has thousands). */
  readonly #scene = new Map<number, DateRange>();
  /** Calls and meetings it dated, and in which paragraph: what their parties say right after was said there. */
  readonly encounters: Array<{ act: ArticleStatement; paragraph: number }> = [];
  /** Every past day it gave, to anything ("blasted a boat on the 5th"): what "a day after the incident" counts from. */
  readonly days: DateRange[] = [];
  /** The paragraph being read, and the first that had statements (the lead), or -1. */
  paragraph = 0;
  lead = -1;

  constructor(readonly article: ParsedArticle) {}

  /** A statement told with a day of its own, already past, sets the scene for what follows. */
  noteScene(statement: ArticleStatement, frame: string): boolean {
    if (!statement.datedByText || statement.when?.precision !== 'day' || isFutureClause(frame)) return false;
    this.#scene.set(this.paragraph, statement.when);
    return true;
  }

  /**
   * News copy dates its lead and not each sentence after it: the lead's day is the day of
   * what follows. A day given later is the scene of its own paragraph only; an older date
   * (more than NARRATIVE_DAYS before the article) is background, not scene.
   */
  narrativeDay(): DateRange | null {
    const last = this.#scene.get(this.paragraph) ?? this.#scene.get(this.lead);
    if (!last || !this.article.date) return null;
    const age = dayNumber(this.article.date) - dayNumber(last.date);
    return age >= 0 && age <= NARRATIVE_DAYS ? last : null;
  }
}

/** How far before the article's day a dated report still sets the scene for the undated ones after it. */
const NARRATIVE_DAYS = 2;

const dayRange = (date: string): DateRange => ({ date, dateEnd: date, precision: 'day' });

const articleDay = (article: ParsedArticle): DateRange | null => (article.date ? dayRange(article.date) : null);

/** The date a time expression inside `region` of the frame gives, nearest `near` first. */
function dateIn(
  articleDate: string,
  frame: string,
  region: { start: number; end: number },
  near: number,
  future: boolean,
  anchor: DateRange | null,
  why: string[],
): DateRange | null {
  const candidates = findTimeExpressions(frame)
    .filter((t) => t.start >= region.start && t.end <= region.end)
    .sort((x, y) => Math.abs(x.start - near) - Math.abs(y.start - near));
  for (const t of candidates) {
    const when = t.resolve(articleDate, future, anchor);
    if (when) {
      why.push(t.rule);
      return when;
    }
  }
  return null;
}

/** The past days a sentence gives, to whatever it tells. */
export function daysGiven(article: ParsedArticle, frame: string): DateRange[] {
  if (!article.date || isFutureClause(frame)) return [];
  return findTimeExpressions(frame)
    .map((t) => t.resolve(article.date!, false, null))
    .filter((d): d is DateRange => d?.precision === 'day');
}

const HABITUAL = /\b(?:repeatedly|continuously|previously|on (?:several|many|numerous) occasions|in the past|in previous|has long|have long|often|always)\b/i;

const isDocumentHead = (mention: MentionInfo): boolean => mention.head !== null && DOCUMENT_HEADS.has(mention.head);

/**
 * "Both the US and NATO rejected Russia's demand", with no day given, in a section under a
 * subheading (where news copy puts its background): a past stance whose day the article does
 * not know. The present perfect ("have rejected") is news of the day.
 */
function isBackground(frame: string, a: Attribution, section: number): boolean {
  if (section === 0) return false;
  // What a document says dates from when it was written, which a background section does not give.
  if (isDocumentHead(a.speaker)) return true;
  if (!isForm('stance', a.cue)) return false;
  return !/\b(?:has|have|had)\s+(?:\p{L}+\s+)?$/u.test(frame.slice(0, a.cueAt));
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

/** A decision, noted in `why` and among the firings. */
function decided(r: Rule, why: string[], dated: Dated): Dated {
  fire(r, why);
  return dated;
}

/**
 * The act's date: a time expression near the reporting verb (not inside the reported
 * content), else what the article's conventions give (see DATE_RULES), else the article's day.
 */
export function dateStatement(
  chronology: Chronology,
  frame: string,
  a: Attribution,
  speaker: Actor,
  earlier: readonly ArticleStatement[],
  section: number,
  why: string[],
): Dated {
  const article = chronology.article;
  if (article.date === null) return { when: null, datedByText: false };
  const previous = earlier.at(-1);
  const future = isFutureClause(frame.slice(a.time.start, a.time.end));
  // What was reported ("he expected answers early this week") dates something else, unless it is the act itself.
  const contentAt = a.content && a.kind === 'statement' ? frame.indexOf(a.content.replace(/^\S+\s/, ''), a.cueAt) : -1;
  const region = contentAt > a.cueAt ? { start: a.time.start, end: Math.min(a.time.end, contentAt) } : a.time;
  const when = dateIn(article.date, frame, region, a.cueAt, future, previous?.when ?? null, why);
  if (when) return decided(R.timeInClause, why, { when, datedByText: true });
  // Not a participle ("…, adding"): its clause is the sentence's, whatever stands before it.
  if (!/ing$/.test(a.cue) && BEFORE_OR_AFTER.test(frame.slice(0, a.clause.start)))
    return decided(R.toldAsBeforeOrAfter, why, { when: null, datedByText: false });
  const regionText = frame.slice(region.start, region.end);
  const offset = offsetFromNamedEvent(regionText);
  const event = offset === null ? undefined : (daysGiven(article, frame.slice(0, region.start)).at(-1) ?? chronology.days.at(-1));
  if (offset !== null && event) return decided(R.daysFromEvent, why, { when: dayRange(addDays(event.date, offset)), datedByText: true });
  // "A day after Sylvania responded, Ruiz said": the phrase that opens the sentence dates the clause after it, a verb inside it or not.
  const opening = frame.slice(0, a.clause.start);
  if (relativeToEvent(regionText) || (/,\s*$/.test(opening) && opensRelativeToEvent(opening)))
    return decided(R.relativeToAct, why, { when: null, datedByText: false });
  if (HABITUAL.test(frame.slice(a.time.start, a.time.end))) return decided(R.habitual, why, { when: null, datedByText: false });
  if (isBackground(frame, a, section)) return decided(R.background, why, { when: null, datedByText: false });
  // Only where the act is told, not in what was said ("would present its figures at the talks in April").
  const occasion = occasionNamed(frame.slice(a.time.start, a.time.end), earlier, article);
  if (occasion) return decided(R.occasion, why, { when: occasion.when, datedByText: false });
  if (previous && previous.speaker.id === speaker.id && previous.article === article.id) {
    return decided(R.sameSpeakerGoesOn, why, { when: previous.when, datedByText: false });
  }
  const encounter = chronology.encounters.at(-1);
  const toPress = a.addressees.some((m) => m.info === 'press');
  if (
    encounter &&
    !toPress &&
    encounter.paragraph >= chronology.paragraph - 1 &&
    [encounter.act.speaker, ...encounter.act.addressees].some((p) => p.id === speaker.id)
  ) {
    return decided(R.partyToEncounter, why, { when: encounter.act.when, datedByText: false });
  }
  const scene = chronology.narrativeDay();
  if (scene) return decided(R.narrativeScene, why, { when: scene, datedByText: false });
  return decided(R.articleDay, why, { when: articleDay(article), datedByText: false });
}

/** "will meet", and in reported speech "said he would meet": an act still to come when the article was written. */
const isPlanned = (act: Act): boolean => isFutureClause(act.words) || /^would\s/.test(act.words);

/** A call, meeting or document the sentence reports outside any quotation: dated by its own words, or by nothing. */
export function dateAct(article: ParsedArticle, frame: string, act: Act, earlier: readonly ArticleStatement[], why: string[]): Dated {
  // "Russia has delivered …, the Post reported Monday": Monday dates the report; the act came before, on a day not given.
  const report = findCues(frame.slice(act.end)).find((cue) => cue.kind === 'statement');
  // "A spokesman said on Monday that Brenner would meet Ruiz on Friday": Monday dates the saying, not the act.
  const toldBefore = findCues(frame.slice(0, act.start)).some((cue) => cue.kind === 'statement');
  const region = { start: toldBefore ? act.start : 0, end: report ? act.end + report.at : frame.length };
  const when =
    article.date && !relativeToEvent(act.words) ? dateIn(article.date, frame, region, act.start, isPlanned(act), earlier.at(-1)?.when ?? null, why) : null;
  if (when) return decided(R.actTime, why, { when, datedByText: true });
  if (report || relativeToEvent(act.words)) return decided(report ? R.actReportedLater : R.relativeToAct, why, { when: null, datedByText: false });
  return decided(R.articleDay, why, { when: articleDay(article), datedByText: false });
}

/**
 * A speaker's undated words right before the same speaker's dated ones ("… “initial
 * reactions” …" then "… Price said at a press briefing Monday") share that date.
 */
export function dateFromNextBySameSpeaker(statements: ArticleStatement[]): void {
  for (const [i, s] of statements.entries()) {
    if (s.datedByText || s.when === null) continue;
    // The next sentence's: an act reported inside this one ("… during Tuesday's call with …") is not what follows.
    let next: ArticleStatement | undefined;
    for (let j = i + 1; j < statements.length && !next; j++) if (statements[j]!.offset !== s.offset) next = statements[j];
    // What was said is dated by when it was said, not by the day of a letter or a call the speaker tells of.
    if (!next || !next.datedByText || next.speaker.id !== s.speaker.id || next.kind !== 'statement') continue;
    if (next.when?.precision === 'day') {
      s.when = next.when;
      fire(R.fromNextBySameSpeaker, s.why.date);
    }
  }
}

/** How much of its words a later statement must share to be the same act told again. */
const RETOLD = 0.6;
const RETOLD_WORDS = 5;
/**
 * How many statements on a retelling is looked for: the body retells its lead within a few
 * statements (two at most on PolNeAR's 840 articles), and looking further made a long article
 * cost the square of its statements.
 */
const RETOLD_WITHIN = 40;

/**
 * A lead sums up what the body then tells with its day ("The United States announced that
 * it has delivered a written response …", then "On the 26th, Blinken stated, “We have
 * delivered a written response …”"): an undated statement that a later one from the same
 * side retells, dated by the text and done by then, took place that day.
 */
export function dateFromLaterRetelling(statements: ArticleStatement[]): void {
  const sideOf = (s: ArticleStatement) => s.speaker.side ?? s.speaker.id;
  const words = statements.map((s) => contentWords(s.words));
  // A plan told again ("will meet on Friday") is not the act itself.
  const retells = statements.map((t) => t.datedByText && t.when?.precision === 'day' && !isFutureClause(t.words));
  for (const [i, s] of statements.entries()) {
    if (s.datedByText || s.when === null || s.speaker.id === UNKNOWN_ACTOR.id || new Set(words[i]).size < RETOLD_WORDS) continue;
    for (let j = i + 1; j < Math.min(statements.length, i + 1 + RETOLD_WITHIN); j++) {
      const t = statements[j]!;
      if (!retells[j] || sideOf(t) !== sideOf(s) || overlap(words[i]!, words[j]!) < RETOLD) continue;
      s.when = t.when;
      fire(R.fromLaterRetelling, s.why.date);
      break;
    }
  }
}
