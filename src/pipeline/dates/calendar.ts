/** Calendar arithmetic on ISO days, in UTC so that no machine's time zone shifts a day. */

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
] as const;

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

/** A real calendar day: rejects "2022-02-30". */
export function isValidDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
