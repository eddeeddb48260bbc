// Two-factor login (TOTP) and its enrolment: request and response bodies.
import { z } from 'zod';
import { textInput } from '../common/text.js';

/** What POST /api/auth/login answers instead of tokens when the account has TOTP on. */
export const mfaRequiredResponse = z.object({
  mfaRequired: z.literal(true),
  /** proves the password step for a few minutes; good only for POST /api/auth/login/mfa */
  mfaToken: z.string(),
});
export type MfaRequiredResponse = z.infer<typeof mfaRequiredResponse>;

/** A 6-digit TOTP code as typed (spaces allowed: apps show "123 456"). */
export const totpCodeInput = textInput
  .trim()
  .transform((value) => value.replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'invalid_format'));

/** A TOTP code or a recovery code (`xxxx-xxxx-xxxx-xxxx`); the server tells them apart. */
export const secondFactorCodeInput = textInput.trim().min(1, 'required').max(40, 'too_long');

export const mfaLoginBody = z.object({
  mfaToken: textInput.trim().min(1, 'required').max(200, 'invalid_format'),
  code: secondFactorCodeInput,
});

/** Enrolment, before confirmation: what the authenticator app needs. */
export const totpEnrolmentResponse = z.object({
  /** base32, for typing into an app that cannot scan */
  secret: z.string(),
  /** the `otpauth://totp/...` URI the QR code carries */
  uri: z.string(),
  /** the same URI as a QR code, a PNG data URL */
  qrDataUrl: z.string(),
});
export type TotpEnrolment = z.infer<typeof totpEnrolmentResponse>;

export const totpConfirmBody = z.object({ code: totpCodeInput });
/** The recovery codes, shown this once: only their hashes are kept. */
export const totpConfirmResponse = z.object({ recoveryCodes: z.array(z.string()) });

/** Turning TOTP off proves the owner by a current code (TOTP or recovery) or by the password. */
export const totpDisableBody = z
  .object({
    code: secondFactorCodeInput.optional(),
    password: textInput.min(1, 'required').max(200, 'too_long').optional(),
  })
  .refine((body) => (body.code === undefined) !== (body.password === undefined), 'required');

/** The account's second factor, part of GET /api/auth/me. */
export const mfaStatusSchema = z.object({
  totp: z.boolean(),
  /** recovery codes not yet used (0 when TOTP is off) */
  recoveryCodesLeft: z.number().int(),
});
