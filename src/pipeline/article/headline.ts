/**
 * The shape of headlines, subtitles and subheadings, judged on one paragraph.
 *
 * A heading is short, starts like a title (capital letter, digit or quotation
 * mark) and does not end a sentence with a period. A line entirely inside
 * quotation marks, as some outlets print a quoted headline, also counts, as long
 * as the quotation itself does not end with a period (then it is a quoted
 * sentence, i.e. body). Where the paragraph stands decides what it is: before the
 * body it is a headline or subtitle; inside the body, a subheading.
 */
import { findOutletByName } from './outlet-lookup.ts';

const HEADING_START_RE = /^[\p{Lu}\p{N}"“‘'«]/u;
/** A closing period, comma, colon or semicolon (possibly inside closing quotes/brackets). */
const SENTENCE_END_RE = /[.,;:]["'”’»)\]]*$/u;
/** Two apostrophes are one mark ("''Time to Go''", as one major paper prints quotation marks): a line of quotations is not one quotation. */
const QUOTED_RE = /^(''|["“‘'«])((?:(?!'')[^"“”«»])+)(''|["”’'»])$/u;

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

export function isQuotedHeading(text: string): boolean {
  const m = QUOTED_RE.exec(text);
  return m !== null && !/[.,;:]$/u.test(m[2] ?? '');
}

/** Could be a headline or subtitle (position permitting). */
export function isHeadlineShaped(text: string): boolean {
  if (text.length > 200 || wordCount(text) > 30) return false;
  if (isQuotedHeading(text)) return true;
  return HEADING_START_RE.test(text) && !SENTENCE_END_RE.test(text);
}

/** Could be a subheading inside the body: a tighter version of a headline. */
export function isSubheadingShaped(text: string): boolean {
  return text.length <= 120 && wordCount(text) <= 15 && !/!["'”’»)\]]*$/u.test(text) && isHeadlineShaped(text);
}

export interface HeadlineSuffix {
  /** The headline without the suffix. */
  base: string;
  /** The suffix as written ("Washington Post"). */
  suffix: string;
  /** The known outlet it names. */
  outlet: string;
}

/**
 * A trailing " – Washington Post" / " | Reuters" / " - The Guardian" that names a
 * known outlet. Unknown suffixes ("– Part 2", "- Live") are not outlets.
 */
export function splitHeadlineSuffix(headline: string): HeadlineSuffix | null {
  const m = /^(.*\S)\s+[–—|-]\s+([^–—|]+?)\s*$/u.exec(headline);
  if (!m) return null;
  const outlet = findOutletByName(m[2] ?? '');
  if (!outlet) return null;
  return { base: m[1] ?? '', suffix: m[2] ?? '', outlet: outlet.name };
}
