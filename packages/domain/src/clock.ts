// "Now" for the whole portal. Every rule that asks what day it is (overdue, expired, due for a
// reminder, three years back) gets its instant from one Clock, so that tests, demos and CI can move
// "today" and nothing depends on the calendar by accident. Only systemClock reads the machine's time.

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that shows `start` at the moment it is made and then runs on at the real pace. */
export function clockStartingAt(start: Date, base: Clock = systemClock): Clock {
  const offset = start.getTime() - base.now().getTime();
  return { now: () => new Date(base.now().getTime() + offset) };
}

/** A clock that always shows the same instant (unit tests). */
export function fixedClock(instant: Date | string): Clock {
  const time = new Date(instant).getTime();
  return { now: () => new Date(time) };
}

const startPattern = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * The instant a CLOCK_START value names: a full ISO timestamp with its offset, or a calendar date,
 * which means 08:00 UTC that day (09:00 or 10:00 in Belgrade: that date in every time zone near us).
 * Undefined when the value is not a real date or time.
 */
export function parseClockStart(value: string): Date | undefined {
  if (!startPattern.test(value)) return undefined;
  const isDate = value.length === 10;
  const instant = new Date(isDate ? `${value}T08:00:00Z` : value);
  if (Number.isNaN(instant.getTime())) return undefined;
  // Date parsing rolls 2027-02-29 over to March: refuse dates that do not exist.
  if (isDate && instant.toISOString().slice(0, 10) !== value) return undefined;
  return instant;
}

/** The portal's clock: the system clock, or one that starts at CLOCK_START and runs on. */
export function clockFrom(clockStart: string | undefined): Clock {
  if (!clockStart) return systemClock;
  const start = parseClockStart(clockStart);
  if (!start) throw new Error(`CLOCK_START is not a date or an ISO timestamp: ${clockStart}`);
  return clockStartingAt(start);
}

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
