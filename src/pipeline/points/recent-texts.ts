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
import type { ArticleStatement } from '../extract/extract-article.ts';
import { UNKNOWN_ACTOR } from '../actors/directory.ts';

/** How long before its article an undated text can lie and still be news. */
const RECENT_DAYS = 14;
/** Articles this many days apart report the same day's news. */
const SAME_NEWS_DAYS = 1;
const DAY_MS = 86_400_000;

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
  const parties = `${s.speaker.id}>${s.addressees.map((a) => a.id).sort().join(',')}`;
  if (s.kind === 'document') return { parties, answering: false };
  const cue = s.cue?.toLowerCase() ?? '';
  const bareAct = s.kind === 'statement' && !s.direct && RESPONSE_CUES.has(cue) && s.words.toLowerCase().startsWith(cue);
  return bareAct ? { parties, answering: true } : null;
}

/** Two reports can tell of one text: same sender and receivers, one of them a text, and an answer if either is only answering. */
function sameText(a: ArticleStatement, b: ArticleStatement): boolean {
  const ta = sentText(a);
  const tb = sentText(b);
  if (!ta || !tb || ta.parties !== tb.parties || (ta.answering && tb.answering)) return false;
  return (!ta.answering || ANSWER_TEXT.test(b.words)) && (!tb.answering || ANSWER_TEXT.test(a.words));
}

const dayNumber = (iso: string): number => Date.parse(iso) / DAY_MS;

/**
 * Joins undated reports of sent texts to the one text they can be, in place of `groups`' order;
 * `articleDay` gives each article's day, `readingOrder` the order of statements within a group.
 */
export function joinRecentTexts<G extends TextGroup>(
  groups: readonly G[],
  articleDay: (article: string) => string | null,
  readingOrder: (a: ArticleStatement, b: ArticleStatement) => number,
): G[] {
  const byParties = new Map<string, G[]>();
  for (const g of groups) {
    for (const parties of new Set(g.statements.map((s) => sentText(s)?.parties).filter((p) => p !== undefined))) {
      const list = byParties.get(parties);
      if (list) list.push(g);
      else byParties.set(parties, [g]);
    }
  }
  const undated = groups.filter((g) => g.statements.every((s) => !s.when) && g.statements.some(sentText));
  /** The latest day an undated group's act can have: its first article's. */
  const lastDay = (g: G): number | null => {
    const days = g.statements.map((s) => articleDay(s.article));
    return days.every((d) => d !== null) ? Math.min(...days.map((d) => dayNumber(d!))) : null;
  };
  const shareArticle = (a: G, b: G) => a.statements.some((s) => b.statements.some((t) => t.article === s.article));
  const tellSameText = (a: G, b: G) => a.statements.some((s) => b.statements.some((t) => sameText(s, t)));
  const others = (g: G): G[] => {
    const seen = new Set<G>();
    for (const s of g.statements) for (const o of byParties.get(sentText(s)?.parties ?? '') ?? []) if (o !== g) seen.add(o);
    return [...seen].filter((o) => tellSameText(g, o));
  };

  const order = new Map(groups.map((g, i) => [g, i]));
  const datedIn = (g: G, from: number, to: number) =>
    g.statements.some((s) => s.when && dayNumber(s.when.date) <= to && dayNumber(s.when.dateEnd) >= from);
  const absorbedBy = new Map<G, G>();
  const stillUndated: G[] = [];
  for (const g of undated) {
    const day = lastDay(g);
    if (day === null) continue;
    const dated = others(g).filter((o) => datedIn(o, day - RECENT_DAYS, day));
    if (dated.length === 0) stillUndated.push(g);
    else if (dated.length === 1 && !shareArticle(g, dated[0]!)) absorbedBy.set(g, dated[0]!);
  }

  // Undated reports that can be one text form groups; each joins only if every pair in it matches and no article tells two.
  const unplaced = new Set(stillUndated);
  const matches = new Map<G, Set<G>>();
  for (const g of stillUndated) {
    const day = lastDay(g)!;
    matches.set(g, new Set(others(g).filter((o) => unplaced.has(o) && Math.abs(lastDay(o)! - day) <= SAME_NEWS_DAYS)));
  }
  for (const g of stillUndated) {
    if (!unplaced.has(g)) continue;
    const together = [g];
    for (let i = 0; i < together.length; i += 1) {
      for (const o of matches.get(together[i]!)!) if (!together.includes(o)) together.push(o);
    }
    together.forEach((o) => unplaced.delete(o));
    const oneText = together.every((a) => together.every((b) => a === b || (matches.get(a)!.has(b) && !shareArticle(a, b))));
    if (together.length < 2 || !oneText) continue;
    // Later groups join the earliest, so the first report keeps leading the point.
    const [first, ...rest] = together.sort((a, b) => order.get(a)! - order.get(b)!);
    for (const o of rest) absorbedBy.set(o, first!);
  }

  for (const [g, into] of absorbedBy) into.statements = [...into.statements, ...g.statements].sort(readingOrder);
  return groups.filter((g) => !absorbedBy.has(g));
}
