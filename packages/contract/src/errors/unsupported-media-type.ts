import { defineError } from './definition.js';

/** The request body has a content type the route does not accept. */
export const unsupportedMediaType = defineError('UNSUPPORTED_MEDIA_TYPE', 415);
