import { defineError } from './definition.js';

/**
 * A self-reading the portal cannot take: dated in the future or not after the last reading, or a
 * register below the last reading of the same meter. The problem's `plausibility` says which.
 */
export const readingRefused = defineError('READING_REFUSED', 422);
