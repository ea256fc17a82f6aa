/**
 * Pieces of patterns that several rules share, defined once: the mask that stands
 * for quoted words, a noun phrase's characters, weekday and month names.
 */
import { MONTHS, WEEKDAYS } from '../dates/calendar.ts';

/** Stands for every character of a quotation in a sentence's frame, so offsets stay the sentence's. */
export const MASK = '\uE000';

/** Titles written with a full stop: the stop does not end the phrase or the sentence ("Sen. Ana Ruiz"). */
export const TITLE_ABBREVIATIONS = [
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'Gen',
  'Lt',
  'Col',
  'Maj',
  'Capt',
  'Sgt',
  'Cpl',
  'Pvt',
  'Adm',
  'Cmdr',
  'Sen',
  'Sens',
  'Rep',
  'Reps',
  'Gov',
  'Govs',
  'Pres',
  'Rev',
  'Msgr',
  'St',
  'Jr',
  'Sr',
  'Atty',
  'Supt',
  'Insp',
  'Det',
  'Amb',
  'Hon',
] as const;
const AFTER_TITLE = String.raw`(?<=\b(?:${TITLE_ABBREVIATIONS.join('|')}))`;

/** A month written short before its day, as US copy does: "Jan. 31", "Sept. 11". */
const MONTH_BEFORE_DAY = String.raw`(?<=\b(?:Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec))\.(?=\s+\d)`;

/** A full stop that ends something: not an initial's ("J.", "U.S."), a title's ("Sen.") nor a short month's ("Jan. 31"). */
export const FULL_STOP = String.raw`(?<!\b\p{Lu})(?<!\b(?:${TITLE_ABBREVIATIONS.join('|')}))(?!${MONTH_BEFORE_DAY})\.`;

/**
 * Characters of a noun phrase: anything but clause punctuation, though the dots of an initialism
 * ("U.S."), a title ("Sen.") and an abbreviation inside a word or a bracket ("example.org", "(D-Ore.)") stay in.
 */
export const PHRASE = String.raw`(?:[^,.;:!?\uE000]|(?<=\b\p{Lu})\.|${AFTER_TITLE}\.|${MONTH_BEFORE_DAY}|\.(?=[)\p{L}\p{N}]))`;

const capitalise = (word: string): string => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

/** "Monday|…|December", as written in copy: words that look like a name and never are one. */
export const WEEKDAY_OR_MONTH = [...WEEKDAYS.slice(1), WEEKDAYS[0], ...MONTHS].map(capitalise).join('|');

/** A capitalised word as names are written: "Ruiz", "O'Brien", "Thomas-Greenfield" (two letters at least). */
export const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]+`;

/** A capitalised word of a name that owns nothing: "Kovic", "O’Malley", not "Kovic’s". */
export const NAME_WORD_NOT_POSSESSIVE = String.raw`\p{Lu}[\p{Ll}-]*(?:['’]\p{Lu}[\p{Ll}-]+)?`;

/** A capitalised word, an initial or an initialism: "Ruiz", "J.", "U.S.". */
export const CAPITALISED = String.raw`\p{Lu}[\p{L}.'’-]*`;

/** Capitalised words one space apart: "Port Sylvan", "U.S. State Department". */
export const CAPITALISED_RUN = String.raw`${CAPITALISED}(?:\s+${CAPITALISED})*`;

/**
 * A party and state after a politician's name: "(D-Ore.)", "(R)", "(I-Vt.)", "R-Utah", or the
 * state alone: "(Tex.)", "(N.Y.)", "(Ohio)", "(New Mexico)" — but not an acronym ("(UN)").
 */
export const PARTY_TAG = String.raw`(?:\((?:[RDI]|Dem|Rep|Ind)(?:-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?\)|\((?:\p{Lu}\p{Ll}+\.?|\p{Lu}\.)(?:\s?(?:\p{Lu}\p{Ll}+\.?|\p{Lu}\.))?\)|\b[RDI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?(?=,|$))`;

/** A subordinator that opens the sentence: "When Otten …", "As Ivo Lenz, an expert, noted", "After the mayor …". */
export const OPENING_SUBORDINATOR = /^\W*(?:When|After|As|While|Although|Though|Because|Since|If|Before|Once|Until|Whereas)\s/u;

/** "continued to insist", "tried to explain", "was quick to say", "went out of her way to say": the verb before "to" carries on with the saying. */
export const GOES_ON_TO =
  /\s*\b(?:continu(?:e|es|ed|ing)|tr(?:y|ies|ied|ying)|seek(?:s|ing)?|sought|rush(?:es|ed|ing)?|hasten(?:s|ed|ing)?|attempt(?:s|ed|ing)?|moved|(?:pivot|turn|resort|switch)(?:s|ed|ing)?|went on|goes on|go on|(?:was|were|is|are) quick|t(?:ake|akes|ook|aking)(?:\s+\p{L}+){1,2}?|(?:go|goes|went|going) out of (?:his|her|their|its|my|our|your) way)\s+to$/iu;

/** An aside that quotes someone else: "Otten, citing “…”, said", "Citing “…,” the spokeswoman told". */
export const QUOTED_IN_ASIDE = /(?:^|,)\s*(?:citing|quoting)\s+$/iu;

/** Auxiliary verbs: a clause of its own has one, or a finite verb. */
export const AUXILIARY = 'is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might|must|did|does|do';

/** A finite verb: an auxiliary, or a word in -s or -ed after another ("the board does not care", "the firm raised"). */
export const HAS_VERB = new RegExp(String.raw`\b(?:${AUXILIARY})\b|\s\p{Ll}+(?:s|ed)\s`, 'u');

/** "… after the chairman said": what comes before a clause told only as before or after another act. */
export const BEFORE_OR_AFTER = /\b(?:after|before|until)\s+$/i;
