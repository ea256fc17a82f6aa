/**
 * A report that does not date a text it tells of — "the follow-up document came a day after
 * Washington responded", "Russia has delivered written responses to the U.S. letter" — rarely
 * shares enough words with other reports of that text to merge by wording. But news tells a
 * sent text without its day when the text is recent, and who sent it to whom narrows it down:
 *
 * - an undated report of a text from A to B, in an article of day D, is the text from A to B that
 *   other reports date within the RECENT_DAYS before D — when there is exactly one such text;
 * - with none dated, undated reports of a text from A to B in articles a day apart are one text
 *   when each matches all the others and no article tells of two such texts.
 *
 * Whatever is ambiguous stays apart: a wrong merge is worse than a missed one.
 */
import type { ArticleStatement } from '../types.ts';
import { UNKNOWN_ACTOR } from '../actors/directory.ts';
import { dayNumber } from '../dates/calendar.ts';
import { perStatement } from './per-statement.ts';

/** How long before its article an undated text can lie and still be news. */
const RECENT_DAYS = 14;
/** Articles this many days apart report the same day's news. */
const SAME_NEWS_DAYS = 1;

/** "Washington responded to Russia": a response with no words of its own is the act of sending an answer. */
const RESPONSE_CUES = new Set(['responded', 'replied', 'answered']);
/** A text that is an answer: what a response act can be the same as. */
const ANSWER_TEXT = /\b(?:respons|repl(?:y|ies)\b|answers?\b)/i;

export interface TextGroup {
  statements: ArticleStatement[];
}

/** Who sent a text to whom ("a>b,c"), and whether the report is only of answering; null when it is no sent text. */
function sentText(s: ArticleStatement): { parties: string; answering: boolean } | null {
  if (s.addressees.length === 0 || s.speaker.id === UNKNOWN_ACTOR.id) return null;
  const parties = `${s.speaker.id}>${s.addressees
    .map((a) => a.id)
    .sort()
    .join(',')}`;
  if (s.kind === 'document') return { parties, answering: false };
  const cue = s.cue?.toLowerCase() ?? '';
  const bareAct = s.kind === 'statement' && !s.direct && RESPONSE_CUES.has(cue) && s.words.toLowerCase().startsWith(cue);
  return bareAct ? { parties, answering: true } : null;
}

/** What sort of text a report names: a treaty or a protest is never the letter another report tells of. */
function textSort(words: string): string {
  if (/\b(?:treat(?:y|ies)|agreements?|accords?|drafts?|memorand(?:um|a))\b/i.test(words)) return 'instrument';
  if (/\b(?:protests?|complaints?|d[ée]marches?|objections?)\b/i.test(words)) return 'protest';
  return 'correspondence';
}

/** "a second letter", "a new note": the text says it is not the one before. */
const NEW_TEXT =
  /\b(?:second|third|fourth|new|another|fresh|further|latest)\s+(?:[\p{L}-]+\s+){0,2}?(?:letters?|notes?|repl(?:y|ies)|responses?|messages?|documents?|proposals?|drafts?|texts?|answers?|follow-ups?)\b|\brejoinders?\b/iu;

/** Two reports can tell of one text: same sender and receivers, one of them a text, an answer if either is only answering. */
function sameText(a: ArticleStatement, b: ArticleStatement): boolean {
  const ta = sentText(a);
  const tb = sentText(b);
  if (!ta || !tb || ta.parties !== tb.parties || (ta.answering && tb.answering) || differentTexts(a, b)) return false;
  return (!ta.answering || ANSWER_TEXT.test(b.words)) && (!tb.answering || ANSWER_TEXT.test(a.words));
}

/** A report's sort of text, and whether it calls the text new. */
const textSignature = perStatement((s: ArticleStatement) => `${textSort(s.words)}|${NEW_TEXT.test(s.words)}`);

/** Two reports that name texts of different sorts, or of which one calls its text new, tell of two texts. */
export function differentTexts(a: ArticleStatement, b: ArticleStatement): boolean {
  return textSignature(a) !== textSignature(b);
}

/** The groups that tell of sent texts, indexed by sender and receivers, and what can be asked of them. */
class SentTexts<G extends TextGroup> {
  readonly #byParties = new Map<string, G[]>();
  readonly order: Map<G, number>;

  constructor(
    readonly groups: readonly G[],
    readonly articleDay: (article: string) => string | null,
  ) {
    this.order = new Map(groups.map((g, i) => [g, i]));
    for (const g of groups) {
      for (const parties of new Set(g.statements.map((s) => sentText(s)?.parties).filter((p) => p !== undefined))) {
        const list = this.#byParties.get(parties);
        if (list) list.push(g);
        else this.#byParties.set(parties, [g]);
      }
    }
  }

  /** Groups whose every report is undated, and that tell of a sent text. */
  undated(): G[] {
    return this.groups.filter((g) => g.statements.every((s) => !s.when) && g.statements.some(sentText));
  }

  /** The latest day an undated group's act can have: its first article's; null when an article is undated. */
  lastDay(g: G): number | null {
    const days = g.statements.map((s) => this.articleDay(s.article));
    return days.every((d) => d !== null) ? Math.min(...days.map((d) => dayNumber(d))) : null;
  }

  /** Other groups that can tell of the same text as `g`. */
  matchesOf(g: G): G[] {
    const seen = new Set<G>();
    for (const s of g.statements) for (const o of this.#byParties.get(sentText(s)?.parties ?? '') ?? []) if (o !== g) seen.add(o);
    return [...seen].filter((o) => g.statements.some((s) => o.statements.some((t) => sameText(s, t))));
  }
}

const shareArticle = (a: TextGroup, b: TextGroup): boolean => a.statements.some((s) => b.statements.some((t) => t.article === s.article));

const datedIn = (g: TextGroup, from: number, to: number): boolean =>
  g.statements.some((s) => s.when && dayNumber(s.when.date) <= to && dayNumber(s.when.dateEnd) >= from);

/** Each undated report to the one dated text it can be; those with none dated are returned for the next step. */
function joinDated<G extends TextGroup>(texts: SentTexts<G>, absorbedBy: Map<G, G>): G[] {
  const stillUndated: G[] = [];
  const joining = new Map<G, G>();
  for (const g of texts.undated()) {
    const day = texts.lastDay(g);
    if (day === null) continue;
    const dated = texts.matchesOf(g).filter((o) => datedIn(o, day - RECENT_DAYS, day));
    if (dated.length === 0) stillUndated.push(g);
    else if (dated.length === 1 && !shareArticle(g, dated[0]!)) joining.set(g, dated[0]!);
  }
  // Two texts one article tells of cannot both be the one dated text.
  for (const [g, into] of joining) {
    const rivals = [...joining].some(([o, other]) => o !== g && other === into && shareArticle(o, g));
    if (!rivals) absorbedBy.set(g, into);
  }
  return stillUndated;
}

/** Undated reports of the same day's news that can be one text; each set joins only if every pair matches and no article tells two. */
function joinSameNews<G extends TextGroup>(texts: SentTexts<G>, undated: readonly G[], absorbedBy: Map<G, G>): void {
  const unplaced = new Set(undated);
  const matches = new Map<G, Set<G>>();
  for (const g of undated) {
    const day = texts.lastDay(g)!;
    matches.set(g, new Set(texts.matchesOf(g).filter((o) => unplaced.has(o) && Math.abs(texts.lastDay(o)! - day) <= SAME_NEWS_DAYS)));
  }
  for (const g of undated) {
    if (!unplaced.has(g)) continue;
    const together = [g];
    for (let i = 0; i < together.length; i += 1) {
      for (const o of matches.get(together[i]!)!) if (!together.includes(o)) together.push(o);
    }
    together.forEach((o) => unplaced.delete(o));
    const oneText = together.every((a) => together.every((b) => a === b || (matches.get(a)!.has(b) && !shareArticle(a, b))));
    if (together.length < 2 || !oneText) continue;
    // Later groups join the earliest, so the first report keeps leading the point.
    const [first, ...rest] = together.sort((a, b) => texts.order.get(a)! - texts.order.get(b)!);
    for (const o of rest) absorbedBy.set(o, first!);
  }
}

/**
 * Joins undated reports of sent texts to the one text they can be, keeping `groups`' order;
 * `articleDay` gives each article's day, `readingOrder` the order of statements within a group.
 */
export function joinRecentTexts<G extends TextGroup>(
  groups: readonly G[],
  articleDay: (article: string) => string | null,
  readingOrder: (a: ArticleStatement, b: ArticleStatement) => number,
): G[] {
  const texts = new SentTexts(groups, articleDay);
  const absorbedBy = new Map<G, G>();
  joinSameNews(texts, joinDated(texts, absorbedBy), absorbedBy);
  for (const [g, into] of absorbedBy) into.statements = [...into.statements, ...g.statements].sort(readingOrder);
  return groups.filter((g) => !absorbedBy.has(g));
}
