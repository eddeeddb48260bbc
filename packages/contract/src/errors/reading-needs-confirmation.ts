import { defineError } from './definition.js';

/**
 * A self-reading far above what the season's consumption predicts: taken only when sent again with
 * `confirm: true`. The problem's `plausibility` gives the figures.
 */
export const readingNeedsConfirmation = defineError('READING_NEEDS_CONFIRMATION', 409);
