/**
 * Reading one written date (and optional time of day) at a given position.
 *
 * Deliberately narrow: only the forms that datelines use, anchored where the
 * caller says, so that a date mentioned inside a sentence is never mistaken for
 * the article's own date. Times are kept as written (local to the outlet); time
 * zones are consumed but not converted, because a dateline rarely says which zone
 * it means and a wrong conversion would be worse than none.
 */
import { MONTHS, isoDay } from './calendar.ts';

export interface DateMatch {
  /** ISO day, or null when the written date has no year or is not a real day. */
  date: string | null;
  year: number | null;
  month: number;
  day: number;
  /** `HH:MM`, 24-hour. */
  time: string | null;
  /** Characters consumed from the starting position. */
  length: number;
}

export interface DateOptions {
  /** Accept "Feb 1" without a year (wire datelines). Default false. */
  allowMissingYear?: boolean;
  /**
   * How to read an ambiguous all-numeric date such as 01/02/2022. Day first is the
   * default because most of the world writes dates that way; an unambiguous one
   * (13/02 or 02/13) is read correctly either way.
   */
  numericOrder?: 'dmy' | 'mdy';
}

/** Month names and the abbreviations datelines use → 1–12. */
const MONTH_NUMBERS: Record<string, number> = {
  ...Object.fromEntries(MONTHS.map((name, i) => [name, i + 1])),
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|' + 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';
const END = '(?![\\p{L}\\p{N}])';

const WEEKDAY_RE = new RegExp(
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|' + 'Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.?' + END + ',?\\s+',
  'iyu',
);

const ISO_RE = new RegExp(`(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])`, 'yu');
const YMD_RE = new RegExp(`(\\d{4})([/.])(\\d{1,2})\\2(\\d{1,2})${END}`, 'yu');
const MONTH_FIRST_RE = new RegExp(`${MONTH}\\s+(\\d{1,2})${ORDINAL}${END}(?:,?\\s+(\\d{4})${END})?`, 'iyu');
const DAY_FIRST_RE = new RegExp(`(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH}${END}(?:,?\\s+(\\d{4})${END})?`, 'iyu');
const NUMERIC_RE = new RegExp(`(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})${END}`, 'yu');

const TIME_RE = new RegExp(
  '(?:T|\\s*(?:,|\\bat\\b|\\||-|–|—)?\\s*)' +
    '(\\d{1,2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?' +
    '(?:\\s*([ap])\\.?\\s?m\\.?(?![\\p{L}]))?' +
    '(?:\\s*(?:Z|[+-]\\d{2}:?\\d{2}|\\(?(?:UTC|GMT|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|MSK|KST|CET|CEST|EET|EEST|BST|JST)\\)?)' +
    END +
    ')?',
  'iyu',
);

function monthNumber(name: string): number {
  return MONTH_NUMBERS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}

function execAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

interface DayParts {
  year: number | null;
  month: number;
  day: number;
  end: number;
}

function matchDayAt(text: string, pos: number, options: DateOptions): DayParts | null {
  let m = execAt(ISO_RE, text, pos);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), end: pos + m[0].length };
  m = execAt(YMD_RE, text, pos);
  if (m) return { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]), end: pos + m[0].length };
  m = execAt(MONTH_FIRST_RE, text, pos);
  if (m) {
    return { year: m[3] ? Number(m[3]) : null, month: monthNumber(m[1] ?? ''), day: Number(m[2]), end: pos + m[0].length };
  }
  m = execAt(DAY_FIRST_RE, text, pos);
  if (m) {
    return { year: m[3] ? Number(m[3]) : null, month: monthNumber(m[2] ?? ''), day: Number(m[1]), end: pos + m[0].length };
  }
  m = execAt(NUMERIC_RE, text, pos);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const monthFirst = a > 12 ? false : b > 12 ? true : options.numericOrder === 'mdy';
    return {
      year: Number(m[4]),
      month: monthFirst ? a : b,
      day: monthFirst ? b : a,
      end: pos + m[0].length,
    };
  }
  return null;
}

function matchTimeAt(text: string, pos: number): { time: string; end: number } | null {
  const m = execAt(TIME_RE, text, pos);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const meridiem = m[3]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    if (meridiem === 'p' && hour !== 12) hour += 12;
    if (meridiem === 'a' && hour === 12) hour = 0;
  }
  if (hour > 23 || minute > 59) return null;
  return { time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, end: pos + m[0].length };
}

/**
 * A date (optionally preceded by a weekday, optionally followed by a time) starting
 * exactly at `from`, or null.
 */
export function matchDateAt(text: string, from = 0, options: DateOptions = {}): DateMatch | null {
  let pos = from;
  const weekday = execAt(WEEKDAY_RE, text, pos);
  if (weekday) pos += weekday[0].length;
  const day = matchDayAt(text, pos, options);
  if (!day || day.month === 0) return null;
  if (day.year === null && !options.allowMissingYear) return null;
  const time = matchTimeAt(text, day.end);
  const end = time ? time.end : day.end;
  return {
    date: day.year === null ? null : isoDay(day.year, day.month, day.day),
    year: day.year,
    month: day.month,
    day: day.day,
    time: time ? time.time : null,
    length: end - from,
  };
}
