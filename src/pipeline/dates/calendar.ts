/** Calendar arithmetic on ISO days, in UTC so that no machine's time zone shifts a day. */

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

const DAY_MS = 86_400_000;

function parseDay(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return formatDay(new Date(parseDay(iso).getTime() + days * DAY_MS));
}

/** Whole days since 1970-01-01: days compare and subtract as numbers. */
export function dayNumber(iso: string): number {
  return Math.round(parseDay(iso).getTime() / DAY_MS);
}

export function weekday(iso: string): number {
  return parseDay(iso).getUTCDay();
}

/** Monday of the ISO week holding `iso`. */
export function startOfWeek(iso: string): string {
  return addDays(iso, -((weekday(iso) + 6) % 7));
}

export function startOfMonth(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

export function addMonths(iso: string, months: number): string {
  const d = parseDay(startOfMonth(iso));
  d.setUTCMonth(d.getUTCMonth() + months);
  return formatDay(d);
}

export function endOfMonth(iso: string): string {
  return addDays(addMonths(iso, 1), -1);
}

/**
 * `YYYY-MM-DD` when the three numbers make a real calendar day of a four-digit year, else
 * null: rejects "2022-02-30" (which Date would roll over) and a two-digit year misread.
 */
export function isoDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a string that is exactly a real ISO day, "2022-02-01". */
export function isIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && isoDay(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}
