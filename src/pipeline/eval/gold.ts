/**
 * The gold-annotation format (test/fixtures/eval/GUIDELINES.md) and its validation.
 *
 * Gold files are written by hand, so validation reports every problem at once, each
 * naming the file and the field, instead of stopping at the first.
 */
import { isIsoDay } from '../dates/calendar.ts';
import type { DatePrecision, PointKind } from '../types.ts';

export interface GoldStatement {
  id: string;
  kind: PointKind;
  /** True when the article puts (some of) the words in quotation marks. */
  direct: boolean;
  /** Quoted text (fragments joined by " … ") or, for indirect speech, the reported content. */
  words: string;
  /** Acceptable names of the one speaker; null when no reader could tell who spoke. */
  speaker: string[] | null;
  /** One list of acceptable names per addressee. */
  addressees: string[][];
  date: string | null;
  dateEnd: string | null;
  precision: DatePrecision;
  /** Shared by gold statements of different articles that report the same act. */
  same?: string;
  /** The statement this one answers: an id in the same file, or `same:KEY` for an act only other articles annotate. */
  inReplyTo?: string;
  /** The call or meeting this statement was made in or about, referred to as `inReplyTo` is. */
  about?: string;
  note?: string;
}

export interface GoldArticle {
  /** The article's file name without `.txt`. */
  article: string;
  articleDate: string | null;
  statements: GoldStatement[];
  /** Quoted strings (headlines, scare quotes, titles) that must not become statements. */
  noise: string[];
}

export class GoldError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: invalid gold file\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'GoldError';
  }
}

const KINDS: readonly PointKind[] = ['statement', 'document', 'call', 'meeting', 'denial'];
const PRECISIONS: readonly DatePrecision[] = ['day', 'week', 'month', 'year', 'unknown'];
const ARTICLE_KEYS = new Set(['article', 'articleDate', 'statements', 'noise']);
const STATEMENT_KEYS = new Set([
  'id',
  'kind',
  'direct',
  'words',
  'speaker',
  'addressees',
  'date',
  'dateEnd',
  'precision',
  'same',
  'note',
  'inReplyTo',
  'about',
]);

/** The two reply links a gold statement may carry (GUIDELINES.md, "Reply links"). */
export const LINK_FIELDS = ['inReplyTo', 'about'] as const;
export type LinkField = (typeof LINK_FIELDS)[number];

/** A link target naming another article's act by its `same` key. */
export const SAME_PREFIX = 'same:';

/** Validates parsed JSON as a gold article; throws a GoldError listing every problem. */
export function parseGold(json: unknown, file: string): GoldArticle {
  const problems: string[] = [];
  if (!isRecord(json)) throw new GoldError(file, ['expected a JSON object at the top level']);

  for (const key of Object.keys(json)) {
    if (!ARTICLE_KEYS.has(key)) problems.push(`unknown field "${key}"`);
  }
  const article = json['article'];
  if (typeof article !== 'string' || article.trim() === '') {
    problems.push('article: expected the article file name without ".txt"');
  } else if (article.endsWith('.txt')) {
    problems.push(`article: "${article}" must not end in ".txt"`);
  }
  const articleDate = json['articleDate'];
  if (articleDate !== null && !isDayValue(articleDate)) problems.push('articleDate: expected "YYYY-MM-DD" or null');

  const statements: GoldStatement[] = [];
  const rawStatements = json['statements'];
  if (!Array.isArray(rawStatements)) {
    problems.push('statements: expected a list');
  } else {
    const ids = new Set<string>();
    const keys = new Set<string>();
    rawStatements.forEach((raw, index) => {
      const statement = parseStatement(raw, `statements[${index}]`, problems);
      if (!statement) return;
      if (ids.has(statement.id)) problems.push(`statements[${index}].id: duplicate id "${statement.id}"`);
      ids.add(statement.id);
      // One article reports an act once; a repeated key means two acts were conflated.
      if (statement.same !== undefined) {
        if (keys.has(statement.same)) problems.push(`statements[${index}].same: key "${statement.same}" used twice in one article`);
        keys.add(statement.same);
      }
      statements.push(statement);
    });
    for (const [index, statement] of statements.entries()) {
      for (const field of LINK_FIELDS) {
        const target = statement[field];
        if (target === undefined || target.startsWith(SAME_PREFIX)) continue;
        if (target === statement.id) problems.push(`statements[${index}] (${statement.id}).${field}: a statement cannot answer itself`);
        else if (!ids.has(target)) problems.push(`statements[${index}] (${statement.id}).${field}: no statement "${target}" in this file`);
      }
    }
  }

  const noise = json['noise'];
  if (!Array.isArray(noise) || !noise.every(isNonEmptyString)) {
    problems.push('noise: expected a list of non-empty strings (may be empty)');
  }

  if (problems.length > 0) throw new GoldError(file, problems);
  return {
    article: article as string,
    articleDate: articleDate as string | null,
    statements,
    noise: noise as string[],
  };
}

function parseStatement(raw: unknown, at: string, problems: string[]): GoldStatement | null {
  if (!isRecord(raw)) {
    problems.push(`${at}: expected an object`);
    return null;
  }
  const before = problems.length;
  const id = raw['id'];
  const where = isNonEmptyString(id) ? `${at} (${id})` : at;
  const problem = (field: string, message: string) => problems.push(`${where}.${field}: ${message}`);

  for (const key of Object.keys(raw)) {
    if (!STATEMENT_KEYS.has(key)) problems.push(`${where}: unknown field "${key}"`);
  }
  if (!isNonEmptyString(id)) problem('id', 'expected a non-empty string');
  const kind = raw['kind'];
  if (!KINDS.includes(kind as PointKind)) problem('kind', `expected one of ${KINDS.join(', ')}`);
  const direct = raw['direct'];
  if (typeof direct !== 'boolean') problem('direct', 'expected true or false');
  const words = raw['words'];
  if (!isNonEmptyString(words)) problem('words', 'expected non-empty text');

  const speaker = raw['speaker'];
  if (speaker !== null && !isNameList(speaker)) problem('speaker', 'expected null or a non-empty list of names');
  const addressees = raw['addressees'];
  if (!Array.isArray(addressees) || !addressees.every(isNameList)) {
    problem('addressees', 'expected a list of non-empty name lists ([] when none)');
  }

  const date = raw['date'];
  const dateEnd = raw['dateEnd'];
  const precision = raw['precision'];
  if (date !== null && !isDayValue(date)) problem('date', 'expected "YYYY-MM-DD" or null');
  if (dateEnd !== null && !isDayValue(dateEnd)) problem('dateEnd', 'expected "YYYY-MM-DD" or null');
  if (!PRECISIONS.includes(precision as DatePrecision)) {
    problem('precision', `expected one of ${PRECISIONS.join(', ')}`);
  } else if ((date === null || isDayValue(date)) && (dateEnd === null || isDayValue(dateEnd))) {
    const rangeProblem = checkRange(date, dateEnd, precision as DatePrecision);
    if (rangeProblem) problem('date', rangeProblem);
  }

  const same = raw['same'];
  if (same !== undefined && !isNonEmptyString(same)) problem('same', 'expected a non-empty key when present');
  const note = raw['note'];
  if (note !== undefined && typeof note !== 'string') problem('note', 'expected text when present');
  for (const field of LINK_FIELDS) {
    const target = raw[field];
    if (target !== undefined && !isNonEmptyString(target)) problem(field, 'expected a statement id or "same:KEY" when present');
  }

  if (problems.length > before) return null;
  return {
    id: id as string,
    kind: kind as PointKind,
    direct: direct as boolean,
    words: words as string,
    speaker: speaker as string[] | null,
    addressees: addressees as string[][],
    date: date as string | null,
    dateEnd: dateEnd as string | null,
    precision: precision as DatePrecision,
    ...(same === undefined ? {} : { same: same as string }),
    ...(note === undefined ? {} : { note: note as string }),
    ...Object.fromEntries(LINK_FIELDS.filter((f) => raw[f] !== undefined).map((f) => [f, raw[f] as string])),
  };
}

/** A range must have exactly the span its precision names, or annotators' slips go unnoticed. */
function checkRange(date: string | null, dateEnd: string | null, precision: DatePrecision): string | null {
  if (date === null || dateEnd === null) {
    if (date !== dateEnd) return 'date and dateEnd must both be null or both be set';
    return precision === 'unknown' ? null : `precision "${precision}" needs a date`;
  }
  if (precision === 'unknown') return 'precision "unknown" needs null dates';
  if (date > dateEnd) return `date ${date} is after dateEnd ${dateEnd}`;
  const start = new Date(`${date}T00:00:00Z`);
  const end = new Date(`${dateEnd}T00:00:00Z`);
  const days = Math.round((end.getTime() - start.getTime()) / 86_400_000);
  switch (precision) {
    case 'day':
      return days === 0 ? null : 'precision "day" needs date === dateEnd';
    case 'week':
      return start.getUTCDay() === 1 && days === 6 ? null : 'precision "week" needs Monday to Sunday';
    case 'month': {
      const last = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
      return start.getUTCDate() === 1 && end.getTime() === last.getTime() ? null : 'precision "month" needs the first to the last day of one month';
    }
    case 'year':
      return date.endsWith('-01-01') && dateEnd === `${date.slice(0, 4)}-12-31` ? null : 'precision "year" needs 1 January to 31 December';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isNameList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length > 0 && value.every(isNonEmptyString);
}

/** A JSON value that is a string holding a real ISO day. */
function isDayValue(value: unknown): value is string {
  return typeof value === 'string' && isIsoDay(value);
}
