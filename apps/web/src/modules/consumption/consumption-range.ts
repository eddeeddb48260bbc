// The range picker: the billing months of the last three years, and a range of them as the API's dates
// ("today" is the server's: composables/use-today.ts).

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
