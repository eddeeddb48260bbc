// Inputs many routes share: an id in the path, the language of a document.
import { z } from 'zod';
import { locales } from '../i18n/index.js';

/** `:id` of a bill, a metering point, a payment order or a session. */
export const uuidParams = z.object({ id: z.uuid() });

/** `locale` of a PDF: the language asked, or the request's when left out. */
export const documentLocaleQuery = z.object({ locale: z.enum(locales).optional() });
