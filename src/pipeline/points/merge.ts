/**
 * The same act reported by several articles — or twice in one — becomes one
 * point with several sources. Different acts are never merged: two reports merge
 * only when their dates can coincide, their speakers can be the same, and their
 * words largely coincide.
 */
import type { Actor, ArticleStatement } from '../types.ts';
import { UNKNOWN_ACTOR } from '../actors/directory.ts';
import { dayNumber } from '../dates/calendar.ts';
import { contentWords, overlap } from '../content-words.ts';
import { perStatement } from './per-statement.ts';
import { differentTexts, joinRecentTexts } from './recent-texts.ts';

/** Word overlap needed when both reports name the same speaker. */
const SAME_SPEAKER_OVERLAP = 0.5;
/** Word overlap needed when the articles name the speaker differently (an official vs a spokesman). */
const OTHER_SPEAKER_OVERLAP = 0.7;
/** Fewer shared content words than this is too little evidence, whatever the ratio. */
const MIN_SHARED_WORDS = 3;
/** Word overlap needed when one report is undated: nothing else then tells two acts apart. */
const UNDATED_OVERLAP = 0.8;
/** Kinds whose identity is who, with whom and when, however each article words them. */
const ACT_KINDS = new Set(['call', 'meeting', 'document']);

export interface StatementGroup {
  statements: ArticleStatement[];
}

/** A report's days as day numbers. */
const daysOf = perStatement((s: ArticleStatement) => (s.when ? { from: dayNumber(s.when.date), to: dayNumber(s.when.dateEnd) } : null));

/**
 * Whether two reports can date the same act. A report that the text does not date
 * carries its article's day, which may be a day after the act: that much slack is allowed.
 */
function datesMeet(a: ArticleStatement, b: ArticleStatement): boolean {
  const da = daysOf(a);
  const db = daysOf(b);
  if (!da || !db) return true;
  const slack = a.datedByText && b.datedByText ? 0 : 1;
  return da.from <= db.to + slack && db.from <= da.to + slack;
}

function speakersMeet(a: Actor, b: Actor): 'same' | 'compatible' | 'different' {
  if (a.id === b.id && a.id !== UNKNOWN_ACTOR.id) return 'same';
  if (a.side && b.side && a.side === b.side) return 'compatible';
  return 'different';
}

/**
 * Who took part in an act. A call or a meeting is the same whoever the article names first;
 * a text goes one way: a letter from A to B is not B's reply to A.
 */
function partiesOf(s: ArticleStatement): string {
  const addressees = s.addressees.map((a) => a.id);
  const parties = s.kind === 'document' ? [s.speaker.id, '>', ...addressees.sort()] : [s.speaker.id, ...addressees].sort();
  return [s.kind, ...parties].join('|');
}

/** A call, a meeting or a document sent: the same parties on days that can coincide make it the same act. */
function sameEncounter(a: ArticleStatement, b: ArticleStatement): boolean {
  return isEncounter(a) && isEncounter(b) && partiesOf(a) === partiesOf(b);
}

/** A dated call, meeting or document with someone on the other side: its parties and day say which act it is. */
function isEncounter(s: ArticleStatement): boolean {
  return ACT_KINDS.has(s.kind) && s.addressees.length > 0 && !!s.when;
}

/** Content words are compared many times over: work them out once per statement. */
const wordsOf = perStatement((s: ArticleStatement) => contentWords(s.words));

function sameAct(a: ArticleStatement, b: ArticleStatement): boolean {
  if (a.article === b.article) return a.words === b.words && a.speaker.id === b.speaker.id;
  if (!datesMeet(a, b)) return false;
  if ((a.kind === 'document' || b.kind === 'document') && differentTexts(a, b)) return false;
  if (sameEncounter(a, b)) return true;
  const speakers = speakersMeet(a.speaker, b.speaker);
  if (speakers === 'different') return false;
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  const shared = new Set(wa.filter((w) => wb.includes(w))).size;
  const needed = !a.when || !b.when ? UNDATED_OVERLAP : speakers === 'same' ? SAME_SPEAKER_OVERLAP : OTHER_SPEAKER_OVERLAP;
  return shared >= Math.min(MIN_SHARED_WORDS, new Set(wa).size, new Set(wb).size) && overlap(wa, wb) >= needed;
}

/**
 * Two reports can only be one act if their speakers are one actor or share a side,
 * and — unless it is a call, meeting or document between the same parties — if they
 * share words. Candidates are found through those keys, not by comparing every pair,
 * so merging stays near-linear in the number of statements.
 */
/** A call or a meeting may be told from either side ("Ruiz spoke with Brenner", "Brenner spoke with Ruiz"): all share one bucket. */
const bucketOf = (s: ArticleStatement): string => (s.kind === 'call' || s.kind === 'meeting' ? 'encounters' : (s.speaker.side ?? `actor:${s.speaker.id}`));

interface Bucket {
  byWord: Map<string, Set<StatementGroup>>;
  byParties: Map<string, Set<StatementGroup>>;
}

/** A word shared by more groups than this says little about which act a report is: it nominates no candidates. */
const COMMON_WORD_GROUPS = 50;

interface Group extends StatementGroup {
  order: number;
  /** The statement being placed when `shared` was last counted, and how many of its words the group holds. */
  round: number;
  shared: number;
}

/** Groups that share enough words with a report, or the same parties, to be worth comparing with it. */
function candidatesFor(statement: ArticleStatement, bucket: Bucket, round: number): Group[] {
  // Only an encounter is the same act by its parties alone; for anything else, a speaker's
  // thousand other statements in a long transcript would all be candidates.
  const byParties = isEncounter(statement) ? bucket.byParties.get(partiesOf(statement)) : undefined;
  const candidates = new Set<Group>(byParties as Set<Group> | undefined);
  const words = [...new Set(wordsOf(statement))];
  const needed = Math.min(MIN_SHARED_WORDS, words.length);
  for (const word of words) {
    const holders = bucket.byWord.get(word) as Set<Group> | undefined;
    if (!holders || holders.size > COMMON_WORD_GROUPS) continue;
    // Counted on the group itself rather than in a map: this runs for every word of every statement.
    for (const g of holders) {
      if (g.round !== round) {
        g.round = round;
        g.shared = 0;
      }
      if (++g.shared === needed) candidates.add(g);
    }
  }
  return [...candidates].sort((a, b) => a.order - b.order);
}

function addToSet<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key) ?? new Set<V>();
  set.add(value);
  map.set(key, set);
}

/**
 * Groups statements into acts; input order decides nothing but the order of sources within a group.
 * `articleDay` gives each article's day, which bounds the acts it reports without dating them.
 */
export function groupStatements(statements: readonly ArticleStatement[], articleDay: (article: string) => string | null): StatementGroup[] {
  const groups: Group[] = [];
  const buckets = new Map<string, Bucket>();
  for (const [round, statement] of statements.entries()) {
    let bucket = buckets.get(bucketOf(statement));
    if (!bucket) buckets.set(bucketOf(statement), (bucket = { byWord: new Map(), byParties: new Map() }));
    // A group takes one report per article: two different statements of one article are two acts.
    const home = candidatesFor(statement, bucket, round).find(
      (g) => g.statements.some((s) => sameAct(s, statement)) && !g.statements.some((s) => s.article === statement.article && !sameAct(s, statement)),
    );
    const group = home ?? { statements: [], order: groups.length, round: -1, shared: 0 };
    if (!home) groups.push(group);
    group.statements.push(statement);
    for (const word of wordsOf(statement)) addToSet(bucket.byWord, word, group);
    addToSet(bucket.byParties, partiesOf(statement), group);
  }
  const position = new Map(statements.map((s, i) => [s, i]));
  return joinRecentTexts(groups, articleDay, (a, b) => position.get(a)! - position.get(b)!);
}
