import { defineError } from './definition.js';

/** This API process runs no import queue (no database of its own to give it): run `pnpm billing:import`. */
export const importQueueUnavailable = defineError('IMPORT_QUEUE_UNAVAILABLE', 503);
