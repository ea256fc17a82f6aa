/**
 * Time expressions in news copy and the date range each one means, resolved
 * against the article's publication day: "on Tuesday", "later Tuesday", "last
 * week", "last month", "on the 26th", "on the 15th of last month", "January 26",
 * "the same day", "a day after", "will meet on Friday".
 */
import type { DateRange } from '../types.ts';
import { fire, worthTrying, type PatternRule } from '../rule.ts';
import { memoiseBounded } from '../memoise.ts';
import { MONTHS, WEEKDAYS, addDays, addMonths, endOfMonth, isoDay, startOfMonth, startOfWeek, weekday } from './calendar.ts';

export interface TimeExpression {
  /** The rule that read it. */
  rule: string;
  /** Offsets in the text searched. */
  start: number;
  end: number;
  text: string;
  /** Resolves against the article's day, whether the act lies ahead, and the time of the act mentioned just before. */
  resolve(articleDate: string, future: boolean, anchor: DateRange | null): DateRange | null;
}

const day = (d: string): DateRange => ({ date: d, dateEnd: d, precision: 'day' });
const WEEKDAY = WEEKDAYS.join('|');
const MONTH = `${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec`;
const ORDINAL = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3))) + 1;
}

/** The weekday nearest the article's day in the direction of the act. */
function nearestWeekday(articleDate: string, target: number, future: boolean, strict: boolean): string {
  const today = weekday(articleDate);
  if (future) {
    const ahead = (target - today + 7) % 7;
    return addDays(articleDate, ahead === 0 && strict ? 7 : ahead);
  }
  const back = (today - target + 7) % 7;
  return addDays(articleDate, back === 0 && strict ? -7 : -back);
}

/** A day of the month without a month: this month, or the last one when the day is still ahead. */
function dayOfMonth(articleDate: string, n: number, monthsBack: number): string | null {
  let base = addMonths(articleDate, -monthsBack);
  if (monthsBack === 0 && n > Number(articleDate.slice(8, 10))) base = addMonths(articleDate, -1);
  const [y, m] = [Number(base.slice(0, 4)), Number(base.slice(5, 7))];
  return isoDay(y, m, n);
}

function monthDay(articleDate: string, month: number, n: number, year: number | null): string | null {
  let y = year ?? Number(articleDate.slice(0, 4));
  const asWritten = isoDay(y, month, n);
  if (asWritten === null) return null;
  // "January 26" in an article of 3 February is this year's; "December 15" in January, last year's.
  if (year === null && asWritten > addDays(articleDate, 31)) y -= 1;
  return isoDay(y, month, n);
}

interface TimeRule extends PatternRule {
  resolve(m: RegExpExecArray, articleDate: string, future: boolean, anchor: DateRange | null): DateRange | null;
}

export const TIME_RULES: readonly TimeRule[] = [
  {
    name: 'date.iso-day',
    what: 'an ISO day: "2024-03-12"',
    fires: ['Ana Ruiz said on 2024-03-12 that the border would reopen.'],
    pattern: new RegExp(String.raw`\b(\d{4})-(\d{2})-(\d{2})\b`, 'gi'),
    resolve: (m) => {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const iso = isoDay(y, mo, d);
      return iso === null ? null : day(iso);
    },
  },
  {
    name: 'date.month-day',
    what: '"January 26, 2022", "Jan. 26", "on March 12"',
    fires: ['Ana Ruiz said on March 12 that the border would reopen.'],
    pattern: new RegExp(String.raw`\b(${MONTH})\.?\s+${ORDINAL}(?:,?\s+(\d{4}))?\b`, 'gi'),
    resolve: (m, a) => {
      const d = monthDay(a, monthIndex(m[1]!), Number(m[2]), m[3] ? Number(m[3]) : null);
      return d ? day(d) : null;
    },
  },
  {
    name: 'date.day-month',
    what: '"26 January 2022", "the 12th of March"',
    fires: ['Ana Ruiz said on 12 March that the border would reopen.'],
    pattern: new RegExp(String.raw`\b(?:the\s+)?${ORDINAL}\s+(?:of\s+)?(${MONTH})\.?(?:,?\s+(\d{4}))?\b`, 'gi'),
    resolve: (m, a) => {
      const d = monthDay(a, monthIndex(m[2]!), Number(m[1]), m[3] ? Number(m[3]) : null);
      return d ? day(d) : null;
    },
  },
  {
    name: 'date.day-of-relative-month',
    what: '"on the 15th of last month"',
    fires: ['Ana Ruiz said on the 15th of last month that the border would reopen.'],
    pattern: /\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+(last|this|next)\s+month\b/gi,
    resolve: (m, a) => {
      const back = { last: 1, this: 0, next: -1 }[m[2]!.toLowerCase() as 'last' | 'this' | 'next'];
      const d = dayOfMonth(a, Number(m[1]), back);
      return d ? day(d) : null;
    },
  },
  {
    name: 'date.ordinal-day',
    what: '"on the 12th": this month\'s, or last month\'s when the day is still ahead',
    fires: ['Ana Ruiz said on the 12th that the border would reopen.'],
    pattern: /\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:century|anniversary|time|round|floor))/gi,
    resolve: (m, a) => {
      const d = dayOfMonth(a, Number(m[1]), 0);
      return d ? day(d) : null;
    },
  },
  {
    name: 'date.relative-period',
    what: '"last week", "this month", "next year", "earlier this week": a range',
    fires: ['Ana Ruiz said last week that the border would reopen.'],
    pattern: /\b(last|this|next|earlier this|later this)\s+(week|month|year)\b/gi,
    resolve: (m, a) => {
      const which = m[1]!.toLowerCase();
      const unit = m[2]!.toLowerCase();
      if (unit === 'week') {
        const monday = startOfWeek(a);
        if (which === 'last') return { date: addDays(monday, -7), dateEnd: addDays(monday, -1), precision: 'week' };
        if (which === 'next') return { date: addDays(monday, 7), dateEnd: addDays(monday, 13), precision: 'week' };
        if (which === 'earlier this') return { date: monday, dateEnd: a, precision: 'week' };
        if (which === 'later this') return { date: a, dateEnd: addDays(monday, 6), precision: 'week' };
        return { date: monday, dateEnd: addDays(monday, 6), precision: 'week' };
      }
      if (unit === 'month') {
        const offset = which === 'last' ? -1 : which === 'next' ? 1 : 0;
        const first = addMonths(a, offset);
        return { date: startOfMonth(first), dateEnd: endOfMonth(first), precision: 'month' };
      }
      const year = Number(a.slice(0, 4)) + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
      const [first, last] = [isoDay(year, 1, 1), isoDay(year, 12, 31)];
      return first && last ? { date: first, dateEnd: last, precision: 'year' } : null;
    },
  },
  {
    name: 'date.weekday',
    what: '"on Tuesday", "last Friday": the nearest such day in the direction of the act',
    fires: ['Ana Ruiz said on Tuesday that the border would reopen.'],
    pattern: new RegExp(String.raw`\b(?:(last|next|this|on|early|late|later|earlier)\s+)?(${WEEKDAY})\b`, 'gi'),
    resolve: (m, a, future) => {
      const target = WEEKDAYS.indexOf(m[2]!.toLowerCase() as (typeof WEEKDAYS)[number]);
      const modifier = m[1]?.toLowerCase();
      if (modifier === 'last') return day(nearestWeekday(a, target, false, true));
      if (modifier === 'next') return day(nearestWeekday(a, target, true, true));
      return day(nearestWeekday(a, target, future, false));
    },
  },
  {
    name: 'date.yesterday',
    what: '"yesterday": the day before the article',
    fires: ['Ana Ruiz said yesterday that the border would reopen.'],
    pattern: /\byesterday\b/gi,
    resolve: (_m, a) => day(addDays(a, -1)),
  },
  {
    name: 'date.today',
    what: '"today", "this morning", "tonight"',
    fires: ['Ana Ruiz said this morning that the border would reopen.'],
    pattern: /\b(?:today|tonight|this morning|this afternoon|this evening)\b/gi,
    resolve: (_m, a) => day(a),
  },
  {
    name: 'date.tomorrow',
    what: '"tomorrow": the day after the article',
    fires: ['Ana Ruiz will meet Tomas Brenner tomorrow in Port Sylvan.'],
    pattern: /\btomorrow\b/gi,
    resolve: (_m, a) => day(addDays(a, 1)),
  },
  {
    name: 'date.same-day',
    what: '"the same day": the day of the act told just before',
    fires: ['Ana Ruiz met Tomas Brenner on Tuesday. Sylvania lodged a protest the same day.'],
    pattern: /\b(?:on\s+)?the\s+same\s+day\b/gi,
    resolve: (_m, _a, _f, anchor) => (anchor?.precision === 'day' ? anchor : null),
  },
  {
    name: 'date.a-day-after',
    what: '"a day later", "the next day": from the act told just before',
    fires: ['Ana Ruiz met Tomas Brenner on Tuesday. A day later, Brenner said the talks had failed.'],
    // Standing alone ("A day after, Brenner said"): the day after the act before. "A day after the talks" is
    // relative to the talks instead: see relativeToEvent.
    pattern: /\b(?:a|one|the)\s+day\s+(?:(later|earlier)\b|(?:after|before)\b(?!\s+[\p{L}\p{N}]))|\bthe\s+(next|following|previous)\s+day\b/giu,
    needs: /\bday\b/i,
    resolve: (m, _a, _f, anchor) => {
      if (anchor?.precision !== 'day') return null;
      const word = (m[1] ?? m[2] ?? m[0].trim().split(/\s+/).at(-1))!.toLowerCase();
      return day(addDays(anchor.date, ['after', 'later', 'next', 'following'].includes(word) ? 1 : -1));
    },
  },
];

/**
 * Every time expression in `text`, longest first where two overlap. A sentence is searched by
 * several stages (its words, its date, the days it gives): each text is scanned once, and a
 * second search only notes again the rules the first one fired.
 */
export function findTimeExpressions(text: string): readonly TimeExpression[] {
  const { found, rules } = scanTimes(text);
  for (const rule of rules) fire(rule);
  return found;
}

const scanTimes = memoiseBounded((text: string): { found: readonly TimeExpression[]; rules: readonly TimeRule[] } => {
  const found: TimeExpression[] = [];
  const rules: TimeRule[] = [];
  for (const rule of TIME_RULES) {
    if (!worthTrying(rule, text)) continue;
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const match = m;
      rules.push(rule);
      found.push({ rule: rule.name, start, end, text: m[0], resolve: (a, future, anchor) => rule.resolve(match, a, future, anchor) });
    }
  }
  return { found: found.sort((x, y) => x.start - y.start), rules };
}, 10_000);

/** Words that put the act ahead of the article: "will meet on Friday", "is due to", "scheduled for". */
export function isFutureClause(text: string): boolean {
  return /\b(?:will|shall|is to|are to|is due to|are due to|is expected to|are expected to|expects? to|hopes? to|scheduled|plans? to|planned|next|upcoming|going to)\b/i.test(
    text,
  );
}

/**
 * "came a day after Washington responded", "two days before the summit": dated only
 * against another event. Unless that event is dated, neither is the act.
 */
export function relativeToEvent(text: string): boolean {
  return RELATIVE_TO_EVENT.test(text);
}

/** The same, opening the text: "A day after Sylvania responded, …". */
export function opensRelativeToEvent(text: string): boolean {
  const m = RELATIVE_TO_EVENT.exec(text);
  return m !== null && /^\W*$/.test(text.slice(0, m.index));
}

const RELATIVE_TO_EVENT = /\b(?:a|one|two|three|four|five|several|a few|\d+)\s+(?:days?|weeks?)\s+(?:after|before)\s+[\p{L}\p{N}]/iu;

const COUNTS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };

/**
 * "a day after the incident", "two days before the vote", "three days later": the offset in
 * days from an event named by a noun, or from the day last given, which the text will have
 * dated before; null for anything else,
 * including a clause ("a day after Washington responded"), which names an act of its own.
 */
export function offsetFromNamedEvent(text: string): number | null {
  const m =
    /\b(a|one|two|three|four|five|\d+)\s+days?\s+(after|before)\s+the\s+(?:\p{Ll}+\s+)?\p{Ll}+(?<!ed)(?=\s*(?:[,.;:]|$)|\s+(?:in|at|on|near|off|over|with)\b)/iu.exec(
      text,
    ) ??
    // "three days later", "a day earlier": from the day the text last gave.
    /\b(a|one|two|three|four|five|\d+)\s+days?\s+(later|earlier)\b/iu.exec(text);
  if (!m) return null;
  const count = COUNTS[m[1]!.toLowerCase()] ?? Number(m[1]);
  return /^(?:after|later)$/i.test(m[2]!) ? count : -count;
}
