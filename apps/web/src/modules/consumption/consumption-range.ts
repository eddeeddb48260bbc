// The range picker: the billing months of the last three years that have a bill, and a range of them as
// the API's dates ("today" is the server's: composables/use-today.ts).
import type { BilledMonthsView } from '@portal/contract';

/** A month range, "YYYY-MM" both ends, inclusive. */
export interface MonthRange {
  from: string;
  to: string;
}

function shiftMonth(month: string, by: number): string {
  const [year, number] = month.split('-').map(Number);
  const index = year! * 12 + (number! - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from the same month `years` years before `today` ("YYYY-MM-DD") to today's, oldest first. */
export function rangeMonths(today: string, years = 3): string[] {
  const last = today.slice(0, 7);
  return Array.from({ length: years * 12 + 1 }, (_, i) => shiftMonth(last, i - years * 12));
}

/**
 * The months of `window` a range can be chosen from: the first billed month to the last (the API's
 * `billedMonths`), so that no end of a range is a month without data. Not yet known: the whole window.
 */
export function billedRangeMonths(window: readonly string[], billed: BilledMonthsView | undefined): string[] {
  if (billed === undefined) return [...window];
  if (billed === null) return [];
  return window.filter((month) => month >= billed.first && month <= billed.last);
}

/** A range moved inside the offered months (oldest first); unchanged when nothing is offered. */
export function clampRange(range: MonthRange, offered: readonly string[]): MonthRange {
  const first = offered[0];
  const last = offered.at(-1);
  if (first === undefined || last === undefined) return range;
  const clamp = (month: string) => (month < first ? first : month > last ? last : month);
  return { from: clamp(range.from), to: clamp(range.to) };
}

/** The whole of `rangeMonths`. */
export function fullRange(today: string, years = 3): MonthRange {
  const months = rangeMonths(today, years);
  return { from: months[0]!, to: months.at(-1)! };
}

/** The last `months` months up to today's (the overview card). */
export function lastMonths(today: string, months: number): MonthRange {
  const to = today.slice(0, 7);
  return { from: shiftMonth(to, 1 - months), to };
}

/** The API's dates for a range: the first day of the first month to the last day of the last. */
export function rangeDates(range: MonthRange): { from: string; to: string } {
  const [year, number] = range.to.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year!, number!, 0)).getUTCDate();
  return { from: `${range.from}-01`, to: `${range.to}-${lastDay}` };
}

/** `rangeDates` as a query string. */
export function rangeQuery(range: MonthRange): string {
  return new URLSearchParams(rangeDates(range)).toString();
}
