/**
 * Pieces of patterns that several rules share, defined once: the mask that stands
 * for quoted words, a noun phrase's characters, weekday and month names.
 */
import { MONTHS, WEEKDAYS } from '../dates/calendar.ts';

/** Stands for every character of a quotation in a sentence's frame, so offsets stay the sentence's. */
export const MASK = '\uE000';

/** Characters of a noun phrase: anything but clause punctuation, though an initialism's dots ("U.S.") stay in. */
export const PHRASE = String.raw`(?:[^,.;:!?\uE000]|(?<=\b\p{Lu})\.)`;

const capitalise = (word: string): string => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

/** "Monday|…|December", as written in copy: words that look like a name and never are one. */
export const WEEKDAY_OR_MONTH = [...WEEKDAYS.slice(1), WEEKDAYS[0], ...MONTHS].map(capitalise).join('|');

/** A capitalised word as names are written: "Ruiz", "O'Brien", "Thomas-Greenfield" (two letters at least). */
export const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]+`;

/** A capitalised word, an initial or an initialism: "Ruiz", "J.", "U.S.". */
export const CAPITALISED = String.raw`\p{Lu}[\p{L}.'’-]*`;

/** Capitalised words one space apart: "Port Sylvan", "U.S. State Department". */
export const CAPITALISED_RUN = String.raw`${CAPITALISED}(?:\s+${CAPITALISED})*`;
