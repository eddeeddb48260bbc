const belgradeDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Belgrade',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date (YYYY-MM-DD) in Europe/Belgrade at an instant: due dates and billing periods are
 * Belgrade dates, so "is it overdue" must be asked in Belgrade, not in UTC.
 */
export function belgradeDateOf(instant: Date): string {
  return belgradeDate.format(instant);
}

/**
 * A DATE column as Prisma returns it (midnight UTC of that calendar date) back to YYYY-MM-DD. Not for
 * instants: those go through belgradeDateOf.
 */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
