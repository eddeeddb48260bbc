import { defineError } from './definition.js';

/** No such route or resource (also used for resources the caller may not see). */
export const notFound = defineError('NOT_FOUND', 404);
