import { defineError } from './definition.js';

/** The request conflicts with the current state (for example, already exists). */
export const conflict = defineError('CONFLICT', 409);
