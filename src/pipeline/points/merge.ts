/**
 * The same act reported by several articles — or twice in one — becomes one
 * point with several sources. Different acts are never merged: two reports merge
 * only when their dates can coincide, their speakers can be the same, and their
 * words largely coincide.
 */
import type { ArticleStatement } from '../extract/extract-article.ts';
import type { Actor } from '../types.ts';
import { UNKNOWN_ACTOR } from '../actors/directory.ts';
import { contentWords, overlap } from './words.ts';

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

/**
 * Whether two reports can date the same act. A report that the text does not date
 * carries its article's day, which may be a day after the act: that much slack is allowed.
 */
function datesMeet(a: ArticleStatement, b: ArticleStatement): boolean {
  if (!a.when || !b.when) return true;
  const slack = a.datedByText && b.datedByText ? 0 : DAY_MS;
  return Date.parse(a.when.date) <= Date.parse(b.when.dateEnd) + slack && Date.parse(b.when.date) <= Date.parse(a.when.dateEnd) + slack;
}

const DAY_MS = 86_400_000;

function speakersMeet(a: Actor, b: Actor): 'same' | 'compatible' | 'different' {
  if (a.id === b.id && a.id !== UNKNOWN_ACTOR.id) return 'same';
  if (a.side && b.side && a.side === b.side) return 'compatible';
  return 'different';
}

/** A call, a meeting or a document sent: the same parties on days that can coincide make it the same act. */
function sameEncounter(a: ArticleStatement, b: ArticleStatement): boolean {
  if (a.kind !== b.kind || !ACT_KINDS.has(a.kind) || !a.when || !b.when) return false;
  const parties = (s: ArticleStatement) => new Set([s.speaker.id, ...s.addressees.map((x) => x.id)]);
  const pa = parties(a);
  const pb = parties(b);
  return pa.size > 1 && pa.size === pb.size && [...pa].every((id) => pb.has(id));
}

function sameAct(a: ArticleStatement, b: ArticleStatement): boolean {
  if (a.article === b.article) return a.words === b.words && a.speaker.id === b.speaker.id;
  if (!datesMeet(a, b)) return false;
  if (sameEncounter(a, b)) return true;
  const speakers = speakersMeet(a.speaker, b.speaker);
  if (speakers === 'different') return false;
  const wa = contentWords(a.words);
  const wb = contentWords(b.words);
  const shared = new Set(wa.filter((w) => wb.includes(w))).size;
  const needed = !a.when || !b.when ? UNDATED_OVERLAP : speakers === 'same' ? SAME_SPEAKER_OVERLAP : OTHER_SPEAKER_OVERLAP;
  return shared >= Math.min(MIN_SHARED_WORDS, new Set(wa).size, new Set(wb).size) && overlap(wa, wb) >= needed;
}

/** Groups statements into acts; input order decides nothing but the order of sources within a group. */
export function groupStatements(statements: readonly ArticleStatement[]): StatementGroup[] {
  const groups: StatementGroup[] = [];
  for (const statement of statements) {
    const home = groups.find((g) => g.statements.some((s) => sameAct(s, statement)));
    if (home) home.statements.push(statement);
    else groups.push({ statements: [statement] });
  }
  return groups;
}
