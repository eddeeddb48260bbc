// The accounts API: request and response bodies, shared by the API (validation, OpenAPI) and the SPA.
import { z } from 'zod';
import { textInput } from '../common/text.js';
import { locales } from '../i18n/index.js';
import { mfaRequiredResponse, mfaStatusSchema } from './mfa.schemas.js';

export const usernameSchema = textInput
  .trim()
  .min(3, 'too_short')
  .max(40, 'too_long')
  .regex(/^[\p{L}\p{N}._-]+$/u, 'invalid_format');

export const emailSchema = textInput.trim().max(254, 'too_long').pipe(z.email('invalid_format'));

export const registerBody = z.object({
  personType: z.enum(['natural', 'legal']),
  username: usernameSchema,
  email: emailSchema,
  password: textInput.min(1, 'required').max(200, 'too_long'),
  acceptTerms: z.literal(true, 'consent_required'),
  acceptPrivacy: z.literal(true, 'consent_required'),
  /** the ALTCHA solution payload (base64) */
  captcha: textInput.min(1, 'required').max(4000, 'too_long'),
  locale: z.enum(locales).default('sr-Cyrl'),
});
export type RegisterBody = z.infer<typeof registerBody>;

/** The same answer whether or not the username or e-mail existed: no account enumeration. */
export const registerResponse = z.object({ status: z.literal('verification_sent') });

export const loginIdentifier = textInput.trim().min(1, 'required').max(254, 'too_long');

export const verifyBody = z.object({
  login: loginIdentifier,
  code: textInput.trim().regex(/^\d{6}$/, 'invalid_format'),
});
export const verifyResponse = z.object({ status: z.literal('verified') });

export const resendBody = z.object({ login: loginIdentifier });
export const resendResponse = z.object({ status: z.literal('accepted') });

export const loginBody = z.object({
  login: loginIdentifier,
  password: textInput.min(1, 'required').max(200, 'too_long'),
});
export const tokenResponse = z.object({
  accessToken: z.string(),
  /** seconds */
  expiresIn: z.number().int(),
});
export type TokenResponse = z.infer<typeof tokenResponse>;
/** A login answers the tokens, or, for an account with TOTP on, that a code is needed first. */
export const loginResponse = z.union([tokenResponse, mfaRequiredResponse]);
export type LoginResponse = z.infer<typeof loginResponse>;

export const passwordResetBody = z.object({ email: emailSchema });
export const passwordResetResponse = z.object({ status: z.literal('accepted') });
export const passwordResetConfirmBody = z.object({
  token: textInput.trim().min(20, 'invalid_format').max(200, 'invalid_format'),
  password: textInput.min(1, 'required').max(200, 'too_long'),
});
export const passwordResetConfirmResponse = z.object({ status: z.literal('password_changed') });

export const sessionSchema = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  current: z.boolean(),
});
export const sessionsResponse = z.object({ items: z.array(sessionSchema) });
export type SessionInfo = z.infer<typeof sessionSchema>;

export const meResponse = z.object({
  id: z.uuid(),
  username: z.string(),
  email: z.string(),
  personType: z.enum(['natural', 'legal']),
  /** staff (support, supervisor) without TOTP on may only enrol it: every other route answers MFA_ENROLMENT_REQUIRED */
  role: z.enum(['customer', 'support', 'supervisor']),
  locale: z.enum(locales),
  /** e-mail when a new bill is issued for a linked metering point */
  notifyNewBill: z.boolean(),
  /** ... with the bill's PDF attached */
  attachBillPdf: z.boolean(),
  /** e-mail this many days before an unpaid bill falls due; null: no early reminder */
  reminderDaysBefore: z.number().int().min(1).max(14).nullable(),
  /** e-mail on the due date of a bill still unpaid */
  remindOnDueDate: z.boolean(),
  /** e-mail customer news (announcements, modules/news) */
  newsEmails: z.boolean(),
  /** the account's second factor */
  mfa: mfaStatusSchema,
});
export type Me = z.infer<typeof meResponse>;

export { csrfHeader } from '../http-headers.js';

/** PATCH /api/auth/me: what the user may change of their profile. */
export const updateMeBody = z
  .object({
    locale: z.enum(locales).optional(),
    notifyNewBill: z.boolean().optional(),
    attachBillPdf: z.boolean().optional(),
    reminderDaysBefore: z.number().int().min(1).max(14).nullable().optional(),
    remindOnDueDate: z.boolean().optional(),
    newsEmails: z.boolean().optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'required');
export type UpdateMeBody = z.infer<typeof updateMeBody>;

/** POST /api/auth/password: change the password; the current one proves it is the owner. */
export const changePasswordBody = z.object({
  currentPassword: textInput.min(1, 'required').max(200, 'too_long'),
  newPassword: textInput.min(1, 'required').max(200, 'too_long'),
});
export const changePasswordResponse = z.object({ status: z.literal('password_changed') });

/** POST /api/auth/email: a code is sent to the new address; the old one stays until it is confirmed. */
export const changeEmailBody = z.object({
  password: textInput.min(1, 'required').max(200, 'too_long'),
  newEmail: emailSchema,
});
export const changeEmailResponse = z.object({ status: z.literal('verification_sent') });

/** POST /api/auth/email/confirm: the code from the mail to the new address. */
export const confirmEmailChangeBody = z.object({
  code: textInput.trim().regex(/^\d{6}$/, 'invalid_format'),
});
export const confirmEmailChangeResponse = z.object({ status: z.literal('email_changed'), email: z.string() });

/**
 * `POST /api/auth/password-check`: whether a password is one of the common ones, asked by the forms as
 * the user types (the list stays on the server). Nothing is stored or logged.
 */
export const passwordCheckBody = z.object({ password: textInput.min(1, 'required').max(200, 'too_long') });
export const passwordCheckResponse = z.object({ common: z.boolean() });
