import { z } from 'zod';
import { openPaymentOrderSchema } from '../payments/payments.schemas.js';
import { readingPlausibilitySchema } from '../readings/readings.schemas.js';
import { errorCodes } from './codes.js';
import { fieldErrorCodes } from './field-errors.js';

/** The media type of every error response (RFC 9457). */
export const problemContentType = 'application/problem+json';

export const fieldErrorSchema = z.object({
  path: z.string().describe('dotted path of the field inside the body, query or params, e.g. `address.city`'),
  code: z.enum(fieldErrorCodes),
  message: z.string().describe('translated to the language of the request'),
});

export type FieldError = z.infer<typeof fieldErrorSchema>;

/** The body of every error response of the API (`application/problem+json`). */
export const problemSchema = z
  .object({
    type: z.string().describe('URI of the problem type, e.g. `urn:eps-portal:problem:not-found`'),
    title: z.string().describe('what went wrong, translated to the language of the request'),
    status: z.number().int().min(400).max(599),
    code: z.enum(errorCodes).describe('stable code to switch on'),
    detail: z.string().optional(),
    instance: z.string().optional().describe('the path of the request'),
    errors: z.array(fieldErrorSchema).optional(),
    /** PAYMENT_ORDER_OPEN: the unfinished card payments that already cover some of the chosen bills */
    openOrders: z.array(openPaymentOrderSchema).optional(),
    /** READING_REFUSED, READING_NEEDS_CONFIRMATION: why, with the figures */
    plausibility: readingPlausibilitySchema.optional(),
  })
  .describe('An error (RFC 9457 problem details)');

export type Problem = z.infer<typeof problemSchema>;

/** What a problem may carry beyond the standard members. */
export type ProblemExtensions = Pick<Problem, 'openOrders' | 'plausibility'>;
