/**
 * Diplomacy is a conversation: which point answers which (`inReplyTo`), and which call or
 * meeting a statement was made in or about (`about`). Worked out once points exist, from the
 * statements each point was built from, and only where the text says so: a link is made when
 * exactly one point fits, never by picking among several.
 *
 * - A reply is a report that says it answers ("replied", "responded", "answered", a document
 *   that is a "written response" or a "follow-up") to someone. It answers what that someone
 *   said in the sentence just before, or else the one dated text from them to the replier that
 *   came before it.
 * - A statement is about a call or meeting of the same article when its speaker (or someone
 *   of the same side) took part in it and the text ties the two: in the same sentence or the
 *   next ("In a call with Y, X stressed …"; "X spoke by phone with Y. She told him …") unless it is
 *   dated apart or says where else it was said ("in an interview"), by
 *   words that name an encounter ("during talks with", "after the meeting", "in its account of
 *   the call"), or by being said to the other party on the day they met.
 */
import { PRESS_ID, UNKNOWN_ACTOR } from '../actors/directory.ts';
import type { Actor, ArticleStatement, Point } from '../types.ts';

/** A point with the reports it was built from. */
export interface PointReports {
  point: Point;
  statements: readonly ArticleStatement[];
}

/** Reporting verbs that say the words answer someone ("Lavrov responded by citing …"). */
const REPLY_CUES = new Set(['replied', 'replies', 'responded', 'responds', 'answered', 'answers']);

/** A sent text that calls itself an answer ("delivered written responses to …", "a written follow-up"). */
const ANSWER_TEXT = /\b(?:respons(?:e|es)|repl(?:y|ies)|answers?|follow-?ups?|rejoinders?)\b/i;

/** Encounters a statement can be made in or about. */
const ENCOUNTER_KINDS = new Set(['call', 'meeting']);

/** How the words of a sentence tie a statement to an encounter, and when it must then lie relative to the encounter. */
interface EncounterTie {
  name: string;
  /** Its last group is the encounter's noun, which must fit the encounter's kind ("the meeting" is no call). */
  pattern: RegExp;
  /** `during`: their days meet; `after`: not before it; `before`: not after it. */
  timing: 'during' | 'after' | 'before';
  example: string;
}

/** An encounter as the words name it: "talks", "a call", "Tuesday's phone call", "the meeting". */
const ENCOUNTER = String.raw`(?:(?:the|a|an|their|its|his|her|this|that|\w+['’]s)\s+)?(?:[\w-]+\s+){0,2}?(call|conversation|talks|meeting|session|summit|visit)s?\b`;

/** The nouns that name each kind of encounter. */
const ENCOUNTER_NOUNS: Record<string, ReadonlySet<string>> = {
  call: new Set(['call', 'conversation']),
  meeting: new Set(['talks', 'meeting', 'session', 'summit', 'visit']),
};

export const ENCOUNTER_TIES: readonly EncounterTie[] = [
  {
    name: 'in the encounter',
    pattern: new RegExp(String.raw`\b(?:in|during|at)\s+${ENCOUNTER}`, 'i'),
    timing: 'during',
    example: 'Lavrov said during talks with his German counterpart',
  },
  {
    name: 'after the encounter',
    pattern: new RegExp(String.raw`\b(?:after|following)\s+${ENCOUNTER}`, 'i'),
    timing: 'after',
    example: 'told a news conference after the meeting',
  },
  {
    name: 'before the encounter',
    pattern: new RegExp(String.raw`\b(?:ahead of|before)\s+${ENCOUNTER}`, 'i'),
    timing: 'before',
    example: 'said ahead of Friday’s meeting',
  },
  {
    name: 'account of the encounter',
    pattern: new RegExp(String.raw`\b(?:account|readout|outcome|results?)\s+of\s+${ENCOUNTER}`, 'i'),
    timing: 'during',
    example: 'in its own account of the call, quoted Rakhimov',
  },
];

/**
 * A sentence that says where its words were said, other than at the encounter told just before:
 * "…, Reid said in an interview Tuesday", "she said in a video message", "wrote on Telegram".
 */
const OTHER_OCCASION =
  /\b(?:in|during|on)\s+(?:an?\s+|the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:interview|statement|video|post|tweet|op-ed|speech|broadcast|podcast|press release|Twitter|Facebook|Instagram|Telegram|X)\b/i;

/** Two sentences are next to each other when only a space or a paragraph break lies between them. */
const ADJACENT_GAP = 2;

/** Whether report `later` is told in the sentence right after report `earlier`'s. */
/** Where a report's sentence ends in its article. */
const end = (s: ArticleStatement): number => s.offset + s.excerpt.length;

function nextTo(earlier: ArticleStatement, later: ArticleStatement): boolean {
  const gap = later.offset - (earlier.offset + earlier.excerpt.length);
  return earlier.article === later.article && gap >= 0 && gap <= ADJACENT_GAP;
}

const isPress = (a: Actor): boolean => a.id === PRESS_ID;
const isState = (a: Actor): boolean => a.kind === 'country' || a.kind === 'group';

/** The same party in an exchange: one actor, or a state and someone who speaks for it ("Russia" and its foreign ministry). */
function sameParty(a: Actor, b: Actor): boolean {
  return a.id === b.id || (!!a.side && a.side === b.side && (isState(a) || isState(b)));
}

/** On the same side of an encounter: one actor, or of one side (a ministry's readout of its minister's call). */
const sameSide = (a: Actor, b: Actor): boolean => a.id === b.id || (!!a.side && a.side === b.side);

/** The earliest and latest day a point can have happened; its reports' articles bound an undated one. */
interface Span {
  from: string | null;
  to: string | null;
}

/** The first of the days that are known: an act lies before every article that reports it. */
function firstDay(days: readonly (string | null)[]): string | null {
  return days.filter((d): d is string => d !== null).sort()[0] ?? null;
}

/** The links of every point, found from the reports they were built from; `articleDay` gives each article's day. */
export function linkReplies(entries: readonly PointReports[], articleDay: (article: string) => string | null): Point[] {
  const index = new ReportIndex(entries, articleDay);
  const replies = new Map(entries.map((e) => [e, index.answered(e)]));
  return entries.map((e) => {
    const answered = replies.get(e) ?? null;
    // Two points that would answer each other say nothing certain about either.
    const mutual = answered !== null && replies.get(answered) === e;
    const about = index.encounter(e);
    return { ...e.point, inReplyTo: mutual ? null : (answered?.point.id ?? null), about: about?.point.id ?? null };
  });
}

/** The reports of every point, by article and position, and what can be asked of them. */
class ReportIndex {
  readonly #owner = new Map<ArticleStatement, PointReports>();
  readonly #byArticle = new Map<string, ArticleStatement[]>();
  readonly #spans = new Map<PointReports, Span>();
  /** Reports by article and sentence offset: what one sentence holds, found without a scan. */
  readonly #bySentence = new Map<string, ArticleStatement[]>();
  /** Each article's reports ordered by where their sentence ends, for "the sentence just before". */
  readonly #byEnd = new Map<string, ArticleStatement[]>();
  readonly #encounters = new Map<string, Set<PointReports>>();
  /** Dated texts: the only points a reply can answer by date. */
  readonly #datedTexts: readonly PointReports[];

  constructor(entries: readonly PointReports[], articleDay: (article: string) => string | null) {
    for (const entry of entries) {
      for (const s of entry.statements) {
        this.#owner.set(s, entry);
        const list = this.#byArticle.get(s.article) ?? [];
        list.push(s);
        this.#byArticle.set(s.article, list);
      }
      const { date, dateEnd } = entry.point;
      this.#spans.set(entry, { from: date, to: dateEnd ?? firstDay(entry.statements.map((s) => articleDay(s.article))) });
    }
    for (const [article, list] of this.#byArticle) {
      for (const s of list) {
        const key = `${article}\u0000${s.offset}`;
        this.#bySentence.set(key, [...(this.#bySentence.get(key) ?? []), s]);
      }
      this.#byEnd.set(
        article,
        [...list].sort((a, b) => end(a) - end(b)),
      );
      this.#encounters.set(article, new Set(list.map((t) => this.#owner.get(t)!).filter((q) => ENCOUNTER_KINDS.has(q.point.kind))));
    }
    this.#datedTexts = entries.filter((q) => q.point.kind === 'document' && q.point.date !== null);
  }

  /** The reports whose sentence ends just before `later`'s begins, in its article. */
  private sentenceBefore(later: ArticleStatement): ArticleStatement[] {
    const list = this.#byEnd.get(later.article) ?? [];
    // The first report ending at or after the gap's start: a binary search, so a long article stays linear.
    let lo = 0;
    for (let hi = list.length; lo < hi;) {
      const mid = (lo + hi) >> 1;
      if (end(list[mid]!) < later.offset - ADJACENT_GAP) lo = mid + 1;
      else hi = mid;
    }
    const found: ArticleStatement[] = [];
    for (let i = lo; i < list.length && end(list[i]!) <= later.offset; i++) if (nextTo(list[i]!, later)) found.push(list[i]!);
    return found;
  }

  /** The point `entry` answers, if it is a reply and exactly one point is what it answers. */
  answered(entry: PointReports): PointReports | null {
    if (entry.point.speaker === UNKNOWN_ACTOR.id) return null;
    for (const s of entry.statements) {
      const to = s.addressees.filter((a) => !isPress(a));
      const speech = REPLY_CUES.has(s.cue?.toLowerCase() ?? '');
      if (s.kind === 'denial' || to.length === 0 || !(speech || (s.kind === 'document' && ANSWER_TEXT.test(s.words)))) continue;
      const found = (speech ? this.justBefore(entry, s, to) : null) ?? this.answeredText(entry, s.speaker, to);
      if (found) return found;
    }
    return null;
  }

  /** What the addressees said in the sentence just before the reply, when that is one point and not dated after it. */
  private justBefore(entry: PointReports, reply: ArticleStatement, to: readonly Actor[]): PointReports | null {
    const before = this.sentenceBefore(reply).filter((t) => to.some((a) => sameParty(a, t.speaker)));
    const points = new Set(before.map((t) => this.#owner.get(t)!));
    const [answered] = points;
    return points.size === 1 && !this.precedes(entry, answered!) ? answered! : null;
  }

  /** Whether `a` certainly ends before `b` begins. */
  private precedes(a: PointReports, b: PointReports): boolean {
    const sa = this.#spans.get(a)!;
    const sb = this.#spans.get(b)!;
    return sa.to !== null && sb.from !== null && sa.to < sb.from;
  }

  /** The one dated text from the addressees to the replier that came before the reply. */
  private answeredText(entry: PointReports, replier: Actor, to: readonly Actor[]): PointReports | null {
    const span = this.#spans.get(entry)!;
    const latest = span.from ?? span.to;
    if (latest === null) return null;
    const candidates = this.#datedTexts.filter(
      (q) =>
        q !== entry &&
        q.point.date! <= latest &&
        q.statements.some((t) => to.some((a) => sameParty(a, t.speaker)) && t.addressees.some((a) => sameParty(a, replier))),
    );
    return candidates.length === 1 ? candidates[0]! : null;
  }

  /** The call or meeting `entry` was said in or about, if the text ties it to exactly one. */
  encounter(entry: PointReports): PointReports | null {
    const { point } = entry;
    if (ENCOUNTER_KINDS.has(point.kind) || point.kind === 'document' || point.speaker === UNKNOWN_ACTOR.id) return null;
    const found = new Set<PointReports>();
    const dated = new Set<PointReports>();
    for (const s of entry.statements) {
      // What one speaker says in one sentence shares its occasion ("urged Warsaw to … and proposed …").
      const sentence = this.#bySentence.get(`${s.article}\u0000${s.offset}`)!.filter((t) => t.speaker.id === s.speaker.id);
      for (const q of this.#encounters.get(s.article) ?? []) {
        if (q === entry || !sentence.some((t) => this.tied(t, this.#owner.get(t)!, q))) continue;
        found.add(q);
        if (this.meet(entry, q)) dated.add(q);
      }
    }
    if (found.size === 1) return [...found][0]!;
    return dated.size === 1 ? [...dated][0]! : null;
  }

  /** Whether the text ties report `s` of `entry` to encounter `q`, whose parties include its speaker's side. */
  private tied(s: ArticleStatement, entry: PointReports, q: PointReports): boolean {
    const told = q.statements.filter((t) => t.article === s.article);
    const parties = q.statements.flatMap((t) => [t.speaker, ...t.addressees]);
    if (!parties.some((p) => sameSide(p, s.speaker))) return false;
    const others = parties.filter((p) => !sameSide(p, s.speaker));
    const to = s.addressees.filter((a) => !isPress(a));
    if (!to.every((a) => parties.some((p) => sameSide(p, a)))) return false;
    const toOtherParty = to.length > 0 && to.every((a) => others.some((p) => sameParty(p, a)));
    const party = parties.some((p) => p.id === s.speaker.id);
    // In the encounter's own sentence; or in the next, by a party or to the other party ("She told him …"),
    // unless the two are dated apart or the sentence names an occasion of its own ("in an interview").
    const next = (party || toOtherParty) && !OTHER_OCCASION.test(s.excerpt) && (this.meet(entry, q) || !this.dated(entry, q));
    if (told.some((t) => t.offset === s.offset || (next && nextTo(t, s)))) return true;
    // A party's own words to the other on the day they spoke.
    if (toOtherParty && party && this.meet(entry, q)) return true;
    return ENCOUNTER_TIES.some((tie) => {
      const noun = tie.pattern.exec(s.excerpt)?.at(-1)?.toLowerCase();
      return noun !== undefined && ENCOUNTER_NOUNS[q.point.kind]!.has(noun) && this.timed(entry, q, tie.timing);
    });
  }

  /** Whether both are dated. */
  private dated(a: PointReports, b: PointReports): boolean {
    return this.#spans.get(a)!.from !== null && this.#spans.get(b)!.from !== null;
  }

  /** Whether both are dated and their days can coincide. */
  private meet(a: PointReports, b: PointReports): boolean {
    const sa = this.#spans.get(a)!;
    const sb = this.#spans.get(b)!;
    return sa.from !== null && sb.from !== null && sa.from <= sb.to! && sb.from <= sa.to!;
  }

  /** Whether the statement's days fit the timing the words give; without both dates, nothing can be said to fit. */
  private timed(statement: PointReports, encounter: PointReports, timing: EncounterTie['timing']): boolean {
    const s = this.#spans.get(statement)!;
    const e = this.#spans.get(encounter)!;
    if (s.from === null || e.from === null) return false;
    if (timing === 'during') return this.meet(statement, encounter);
    return timing === 'after' ? s.to! >= e.from : s.from <= e.to!;
  }
}
