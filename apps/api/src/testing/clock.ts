// The tests' one clock. CI runs the integration tests again with CLOCK_START on other days (see
// scripts/test.mjs), so that a test whose outcome depends on the calendar fails there and not on a
// user's machine; every test app, demo database and sandbox gateway of a test file keeps this time.
import { clockFrom, clockStartingAt, type Clock } from '@portal/domain';

export const testClock: Clock = clockFrom(process.env.CLOCK_START || undefined);

/** A clock for data generated as of a fixed day: 08:00 UTC that day, running on. */
export function clockOnDay(day: string): Clock {
  return clockStartingAt(new Date(`${day}T08:00:00Z`));
}
