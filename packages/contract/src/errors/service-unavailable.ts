import { defineError } from './definition.js';

/** A dependency (such as the database) is not reachable right now. */
export const serviceUnavailable = defineError('SERVICE_UNAVAILABLE', 503);
