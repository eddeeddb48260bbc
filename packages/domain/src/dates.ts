// Calendar dates (billing periods, due dates) as 'YYYY-MM-DD' strings and day numbers (days since
// 1970-01-01): no time zones involved. Periods are Europe/Belgrade calendar dates by definition.

const msPerDay = 86_400_000;

export function toDayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / msPerDay);
}

export function fromDayNumber(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The last day of the month `offset` months after the month of `date`. */
export function endOfMonth(date: string, offset = 0): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m + offset, 0)).toISOString().slice(0, 10);
}

export function yymm(date: string): string {
  return date.slice(2, 4) + date.slice(5, 7);
}

export function monthOf(date: string): number {
  return Number(date.slice(5, 7));
}
