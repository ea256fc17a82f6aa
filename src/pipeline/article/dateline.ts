/**
 * Datelines: where an article says when (and sometimes by whom) it was published.
 *
 * Three shapes are recognised, each only where it can occur, never mid-text:
 * - the clipping tool's `date YYYY-MM-DD` prefix on the very first line, possibly
 *   followed on the same line by the outlet's own dateline or by the body;
 * - a line that is nothing but a dateline ("Published: 01/02/2022",
 *   "EP Tuesday, February 1, 2022, 09:49", "2022-02-01T09:49");
 * - a wire dateline opening the first body paragraph
 *   ("WASHINGTON, Feb 1 (Reuters) - ", "KYIV, Ukraine (AP) — ").
 */
import { isoDay } from '../dates/calendar.ts';
import { matchDateAt, type DateMatch, type DateOptions } from '../dates/written-date.ts';
import { findOutletByName } from './outlet-lookup.ts';

export interface Dateline {
  /** The dateline as written (trimmed), for the list of removed lines. */
  text: string;
  /** ISO day, or null when the dateline has no usable date. */
  date: string | null;
  /** `HH:MM` when given (and, for a prefix, consistent with the prefix's day). */
  time: string | null;
  /** An outlet abbreviation or agency written in the dateline ("EP", "Reuters"), as written. */
  outletHint: string | null;
  /** What follows the dateline on the same line or paragraph; '' when nothing does. */
  rest: string;
}

export interface WireDateline extends Dateline {
  /** The date as written even without a year, so the caller can complete it from another source. */
  monthDay: { month: number; day: number } | null;
}

const CLIP_PREFIX_RE = /^\s*date:?\s+(\d{4})-(\d{2})-(\d{2})(?=\s|$)/i;
const LABEL_RE = /(?:(?:first\s+)?published|(?:last\s+)?updated|posted|issued|dated?|release[d]?)(?:\s+on)?\s*[:\-–—]?\s*/iy;
/** An outlet abbreviation in front of a date ("EP Tuesday, ..."). */
const ABBREVIATION_RE = /([A-Z][A-Z&]{1,5})\s+/y;
const SEPARATOR_RE = /\s*(?:--|[-–—|])\s+/y;
const UPDATED_LABEL_RE = /^(?:last\s+)?updated/i;

interface DatelineCore {
  date: string | null;
  time: string | null;
  abbreviation: string | null;
  labelled: boolean;
  updated: boolean;
  end: number;
}

function execAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** `[label] [ABBR] [weekday,] date [time]` starting exactly at `pos`. */
function matchDatelineCore(text: string, pos: number, options: DateOptions = {}): DatelineCore | null {
  let cursor = pos;
  const label = execAt(LABEL_RE, text, cursor);
  if (label) cursor += label[0].length;
  let abbreviation: string | null = null;
  let date = matchDateAt(text, cursor, options);
  if (!date) {
    const abbr = execAt(ABBREVIATION_RE, text, cursor);
    if (!abbr) return null;
    date = matchDateAt(text, cursor + abbr[0].length, options);
    if (!date) return null;
    abbreviation = abbr[1] ?? null;
    cursor += abbr[0].length;
  }
  return {
    date: date.date,
    time: date.time,
    abbreviation,
    labelled: label !== null,
    updated: label !== null && UPDATED_LABEL_RE.test(label[0]),
    end: cursor + date.length,
  };
}

export interface DatelineLine extends Dateline {
  /** Introduced by "Published", "Updated", "Posted"...: unmistakably about the article. */
  labelled: boolean;
  /** A revision date, to be used only when nothing better is known. */
  updated: boolean;
}

/** A line that is nothing but a dateline. */
export function parseDatelineOnly(line: string): DatelineLine | null {
  const text = line.trim();
  const core = matchDatelineCore(text, 0);
  if (!core) return null;
  if (!/^\s*\.?\s*$/.test(text.slice(core.end))) return null;
  return {
    text,
    date: core.date,
    time: core.time,
    outletHint: core.abbreviation,
    rest: '',
    labelled: core.labelled,
    updated: core.updated,
  };
}

/**
 * The clipping tool's `date YYYY-MM-DD` prefix on the first line. What follows it
 * is either the outlet's own dateline (consumed too) or ordinary text, returned in
 * `rest` so it is classified and kept like any other line.
 *
 * When the outlet's dateline names a different day, the explicit prefix wins and
 * the time is dropped, because that time belongs to the other day.
 */
export function parseClipPrefix(line: string): Dateline | null {
  const prefix = CLIP_PREFIX_RE.exec(line);
  if (!prefix) return null;
  const prefixDate = isoDay(Number(prefix[1]), Number(prefix[2]), Number(prefix[3]));
  const start = line.length - line.trimStart().length;
  let consumedEnd = prefix[0].length;
  let date = prefixDate;
  let time: string | null = null;
  let outletHint: string | null = null;

  const afterPrefix = line.slice(consumedEnd).replace(/^\s+/, '');
  const offset = line.length - afterPrefix.length;
  const core = matchDatelineCore(afterPrefix, 0);
  if (core) {
    const tail = afterPrefix.slice(core.end);
    const separator = execAt(SEPARATOR_RE, afterPrefix, core.end);
    const endsLine = /^\s*\.?\s*$/.test(tail);
    if (endsLine || separator) {
      consumedEnd = offset + (endsLine ? afterPrefix.length : core.end + (separator?.[0].length ?? 0));
      outletHint = core.abbreviation;
      if (date === null) {
        date = core.date;
        time = core.time;
      } else if (core.date === null || core.date === date) {
        time = core.time;
      }
    }
  }
  return {
    text: line.slice(start, consumedEnd).trim(),
    date,
    time,
    outletHint,
    rest: line.slice(consumedEnd).trim(),
  };
}

/** Capitalised words that open sentences far more often than they name a dateline city. */
const NOT_A_PLACE = new Set(['NATO', 'OPEC', 'ASEAN', 'UNESCO', 'UNICEF', 'NASA', 'BRICS', 'OSCE', 'IAEA', 'BREAKING', 'UPDATE', 'EXCLUSIVE']);

const PLACE_RE = /(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})/uy;
const REGION_RE = /,\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})/uy;
const AGENCY_RE = /\s*\(([^()\n]{2,40})\)/y;
/** "ASTANA. KAZINFORM - ": an agency in capitals after the place and a full stop. */
const DOTTED_AGENCY = /^(\p{Lu}[\p{Lu}'’-]+)\.\s+(\p{Lu}{3,}(?:[\s-]\p{Lu}{3,})?)$/u;
const WIRE_DASH_RE = /\s*(--|—|–|-)\s+/y;

/** The agency of a "PLACE. AGENCY - " dateline, unless either part is a label ("BREAKING. UPDATE - "). */
function dottedAgency(place: string): string | null {
  const m = DOTTED_AGENCY.exec(place);
  return m && !NOT_A_PLACE.has(m[1]!) && !NOT_A_PLACE.has(m[2]!) ? m[2]! : null;
}

/**
 * A wire dateline opening a paragraph: `PLACE[, Region][, date] [(Agency)] - `.
 * A bare `PLACE — ` (no date, no agency) is accepted only with a long dash and an
 * all-capital place, since a hyphen after a capitalised word is common in prose.
 */
export function parseWireDateline(paragraph: string): WireDateline | null {
  const place = execAt(PLACE_RE, paragraph, 0);
  if (!place) return null;
  const placeName = place[1] ?? '';
  const allCaps = placeName === placeName.toUpperCase() && /\p{Lu}{3}/u.test(placeName);
  let cursor = place[0].length;

  let when: DateMatch | null = null;
  let region = false;
  for (let i = 0; i < 2 && paragraph[cursor] === ','; i++) {
    const comma = /,\s*/y;
    comma.lastIndex = cursor;
    const commaMatch = comma.exec(paragraph);
    const dateStart = cursor + (commaMatch?.[0].length ?? 1);
    const date: DateMatch | null = when ? null : matchDateAt(paragraph, dateStart, { allowMissingYear: true });
    if (date) {
      when = date;
      cursor = dateStart + date.length;
      continue;
    }
    if (region || when) break;
    const regionMatch = execAt(REGION_RE, paragraph, cursor);
    if (!regionMatch) break;
    region = true;
    cursor += regionMatch[0].length;
  }
  if (!when) {
    // "MOSCOW Feb 1 (Reuters)" without a comma.
    const spaced = /\s+/y;
    spaced.lastIndex = cursor;
    const gap = spaced.exec(paragraph);
    const date = gap ? matchDateAt(paragraph, cursor + gap[0].length, { allowMissingYear: true }) : null;
    if (gap && date) {
      when = date;
      cursor += gap[0].length + date.length;
    }
  }
  const agency = execAt(AGENCY_RE, paragraph, cursor);
  if (agency) cursor += agency[0].length;
  const dash = execAt(WIRE_DASH_RE, paragraph, cursor);
  if (!dash) return null;

  const agencyName = agency?.[1]?.trim() ?? dottedAgency(placeName);
  if (!allCaps && !agencyName) return null;
  if (!when && !agencyName) {
    if (dash[1] === '-' || NOT_A_PLACE.has(placeName) || placeName.replace(/\W/g, '').length < 4) return null;
  }
  const agencyIsOutlet = agencyName !== null && findOutletByName(agencyName) !== null;
  if (agencyName && !agencyIsOutlet && !allCaps) return null;

  cursor += dash[0].length;
  const rest = paragraph.slice(cursor);
  if (rest.trim() === '') return null;
  return {
    text: paragraph.slice(0, cursor).trim(),
    date: when?.date ?? null,
    time: when?.time ?? null,
    outletHint: agencyName,
    rest,
    monthDay: when ? { month: when.month, day: when.day } : null,
  };
}
