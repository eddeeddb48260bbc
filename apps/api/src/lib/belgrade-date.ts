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
