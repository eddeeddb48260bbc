// The tests' one clock. CI runs the integration tests again with CLOCK_START on other days (see
// scripts/test.mjs), so that a test whose outcome depends on the calendar fails there and not on a
// user's machine; every test app, demo database and sandbox gateway of a test file keeps this time.
import { clockFrom, type Clock } from '@portal/domain';

export const testClock: Clock = clockFrom(process.env.CLOCK_START || undefined);
