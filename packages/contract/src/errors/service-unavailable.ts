import { defineError } from './definition.js';

/** A dependency (such as the database) is briefly unreachable: try again shortly (database outages send Retry-After). */
export const serviceUnavailable = defineError('SERVICE_UNAVAILABLE', 503);
