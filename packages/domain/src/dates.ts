// Calendar dates (billing periods, due dates) as 'YYYY-MM-DD' strings and day numbers (days since
// 1970-01-01): no time zones involved. Periods are Europe/Belgrade calendar dates by definition.

// Pure integer arithmetic (H. Hinnant's civil-date algorithms): much faster than Date parsing, which
// matters when the demo data generator handles millions of dates.

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function toDayNumber(date: string): number {
  let y = +date.slice(0, 4);
  const m = +date.slice(5, 7);
  const d = +date.slice(8, 10);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The last day of the month `offset` months after the month of `date`. */
export function endOfMonth(date: string, offset = 0): string {
  const months = +date.slice(0, 4) * 12 + (+date.slice(5, 7) - 1) + offset + 1;
  const firstOfNext = `${Math.floor(months / 12)}-${pad2((months % 12) + 1)}-01`;
  return addDays(firstOfNext, -1);
}

/**
 * The same calendar day `years` years later (earlier when negative). Feb 29 has no such day in a common
 * year and becomes Feb 28, the end of that February, as PostgreSQL's `date - interval '1 year'` does.
 */
export function addYears(date: string, years: number): string {
  const year = +date.slice(0, 4) + years;
  const monthDay = date.slice(4) === '-02-29' && !isLeapYear(year) ? '-02-28' : date.slice(4);
  return `${String(year).padStart(4, '0')}${monthDay}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function yymm(date: string): string {
  return date.slice(2, 4) + date.slice(5, 7);
}

export function monthOf(date: string): number {
  return Number(date.slice(5, 7));
}

/** A real calendar date written 'YYYY-MM-DD' (rejects 2025-02-29 and 2025-2-1). */
export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && fromDayNumber(toDayNumber(text)) === text;
}
