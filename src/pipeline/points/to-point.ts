import type { Actor, ArticleStatement, DatePrecision, Point, Source } from '../types.ts';
import { UNKNOWN_ACTOR } from '../actors/directory.ts';
import { pointId } from './point-id.ts';

const pointPath = (id: string): string => `/points/${id}/`;

/** Named people speak more precisely than bodies, bodies than unnamed sources, and anyone than no one. */
function speakerRank(actor: Actor): number {
  if (actor.id === UNKNOWN_ACTOR.id) return 0;
  if (actor.id.startsWith('unnamed-')) return 1;
  if (actor.kind === 'country' || actor.kind === 'group') return 2;
  if (actor.kind === 'organisation') return 3;
  return 4;
}

const rangeWidth = (s: ArticleStatement): number => (s.when ? Date.parse(s.when.dateEnd) - Date.parse(s.when.date) : Number.POSITIVE_INFINITY);

const truncate = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`);

function summaryOf(speaker: Actor, addressees: readonly Actor[], words: string): string {
  const to = addressees.length > 0 ? ` to ${addressees.map((a) => a.name).join(', ')}` : '';
  return `${speaker.name}${to}: ${truncate(words.replace(/^that\s+/i, ''), 120)}`;
}

/**
 * The report whose own words date the act, most narrowly, dates the point; a report
 * dated only by its article's day refines that range when it falls inside it.
 */
function pointDate(statements: readonly ArticleStatement[]): ArticleStatement['when'] {
  const byWidth = statements.filter((s) => s.when).sort((a, b) => rangeWidth(a) - rangeWidth(b));
  const textual = byWidth.find((s) => s.datedByText)?.when;
  if (!textual) return byWidth[0]?.when ?? null;
  const inside = byWidth.find((s) => !s.datedByText && s.when!.date >= textual.date && s.when!.dateEnd <= textual.dateEnd);
  return inside && rangeWidth(inside) < Date.parse(textual.dateEnd) - Date.parse(textual.date) ? inside.when : textual;
}

function toSource(s: ArticleStatement): Source {
  return { article: s.article, direct: s.direct, quote: s.words, excerpt: s.excerpt, cue: s.cue, offset: s.offset };
}

/** One point from the reports of one act. `statements` come in reading order: article date, article id, offset. */
export function toPoint(statements: readonly ArticleStatement[]): Point {
  const first = statements[0]!;
  const speaker = statements.reduce((best, s) => (speakerRank(s.speaker) > speakerRank(best) ? s.speaker : best), first.speaker);
  const when = pointDate(statements);
  const direct = statements.find((s) => s.direct);
  const addressees: Actor[] = [];
  for (const s of statements) {
    for (const a of s.addressees) if (a.id !== speaker.id && !addressees.some((x) => x.id === a.id)) addressees.push(a);
  }
  const words = direct?.words ?? first.words;
  const precision: DatePrecision = when?.precision ?? 'unknown';
  const id = pointId(when?.date ?? null, speaker.id, words);
  return {
    id,
    path: pointPath(id),
    kind: statements.find((s) => s.kind !== 'statement')?.kind ?? 'statement',
    speaker: speaker.id,
    addressees: addressees.map((a) => a.id),
    quote: direct ? direct.words : null,
    summary: summaryOf(speaker, addressees, words),
    date: when?.date ?? null,
    dateEnd: when?.dateEnd ?? null,
    datePrecision: precision,
    sources: statements.map(toSource),
  };
}
