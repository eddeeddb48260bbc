import { defineError } from './definition.js';

/** Too many failed logins for this account: wait a little (Retry-After) before the next try. */
export const loginThrottled = defineError('LOGIN_THROTTLED', 429);
