import type { DatePrecision } from './dataset.ts';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

const utcDay = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** A day, in words: "1 February 2022". */
export function formatDay(iso: string): string {
  return dayFormat.format(utcDay(iso));
}

/** A date range as precisely as the sources give it, never more. */
export function formatDateRange(date: string | null, dateEnd: string | null, precision: DatePrecision): string {
  if (date === null) return 'Undated';
  if (precision === 'month') return monthFormat.format(utcDay(date));
  if (precision === 'year') return date.slice(0, 4);
  if (dateEnd === null || dateEnd === date) return formatDay(date);
  return `${formatDay(date)} – ${formatDay(dateEnd)}`;
}

const countFormat = new Intl.NumberFormat('en-GB');

/** A count with thousands marked: "9,056". */
export function formatCount(n: number): string {
  return countFormat.format(n);
}
