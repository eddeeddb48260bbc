import { badRequest } from './bad-request.js';
import { captchaFailed } from './captcha-failed.js';
import { emailNotVerified } from './email-not-verified.js';
import { invalidCredentials } from './invalid-credentials.js';
import { loginThrottled } from './login-throttled.js';
import { sessionExpired } from './session-expired.js';
import { verificationFailed } from './verification-failed.js';
import { conflict } from './conflict.js';
import { contractAlreadyLinked } from './contract-already-linked.js';
import { contractNotMatched } from './contract-not-matched.js';
import { forbidden } from './forbidden.js';
import { internal } from './internal.js';
import { linkAttemptsExceeded } from './link-attempts-exceeded.js';
import { notFound } from './not-found.js';
import { paymentGatewayUnavailable } from './payment-gateway-unavailable.js';
import { importQueueUnavailable } from './import-queue-unavailable.js';
import { paymentNotPossible } from './payment-not-possible.js';
import { paymentMoreThanOwed } from './payment-more-than-owed.js';
import { paymentOrderNotCancellable } from './payment-order-not-cancellable.js';
import { paymentOrderOpen } from './payment-order-open.js';
import { payloadTooLarge } from './payload-too-large.js';
import { uriTooLong } from './uri-too-long.js';
import { headersTooLarge } from './headers-too-large.js';
import { requestTimeout } from './request-timeout.js';
import { rateLimited } from './rate-limited.js';
import { serviceUnavailable } from './service-unavailable.js';
import { unauthorized } from './unauthorized.js';
import { unsupportedMediaType } from './unsupported-media-type.js';
import { validationFailed } from './validation-failed.js';
import { mfaAlreadyEnabled } from './mfa-already-enabled.js';
import { mfaCodeInvalid } from './mfa-code-invalid.js';
import { mfaEnrolmentNotStarted } from './mfa-enrolment-not-started.js';
import { mfaEnrolmentRequired } from './mfa-enrolment-required.js';
import { mfaNotEnabled } from './mfa-not-enabled.js';
import { mfaTokenExpired } from './mfa-token-expired.js';
import { noPortalAccount } from './no-portal-account.js';
import { supportAccessInvalid } from './support-access-invalid.js';
import { supportAccessReadOnly } from './support-access-read-only.js';
import { accountDisabled } from './account-disabled.js';
import { emailAlreadyVerified } from './email-already-verified.js';
import { ownAccountNotAllowed } from './own-account-not-allowed.js';
import { staffAccountTaken } from './staff-account-taken.js';
import { unsubscribeLinkInvalid } from './unsubscribe-link-invalid.js';
import { readingRefused } from './reading-refused.js';
import { readingNeedsConfirmation } from './reading-needs-confirmation.js';
import {
  complaintAttachmentTooLarge,
  complaintAttachmentType,
  complaintStepNotAllowed,
} from './complaint-errors.js';

/**
 * Every error the API can answer with. To add one: a file beside this one exporting
 * `defineError(CODE, status)`, an entry here, and its words in messages.ts (a test checks).
 */
export const errorDefinitions = [
  badRequest,
  validationFailed,
  unauthorized,
  forbidden,
  notFound,
  conflict,
  payloadTooLarge,
  uriTooLong,
  headersTooLarge,
  requestTimeout,
  unsupportedMediaType,
  rateLimited,
  internal,
  serviceUnavailable,
  invalidCredentials,
  emailNotVerified,
  verificationFailed,
  captchaFailed,
  sessionExpired,
  loginThrottled,
  contractNotMatched,
  contractAlreadyLinked,
  linkAttemptsExceeded,
  paymentNotPossible,
  paymentMoreThanOwed,
  paymentGatewayUnavailable,
  importQueueUnavailable,
  paymentOrderOpen,
  paymentOrderNotCancellable,
  mfaCodeInvalid,
  mfaTokenExpired,
  mfaAlreadyEnabled,
  mfaEnrolmentNotStarted,
  mfaNotEnabled,
  mfaEnrolmentRequired,
  supportAccessInvalid,
  supportAccessReadOnly,
  noPortalAccount,
  accountDisabled,
  emailAlreadyVerified,
  ownAccountNotAllowed,
  staffAccountTaken,
  unsubscribeLinkInvalid,
  readingRefused,
  readingNeedsConfirmation,
  complaintAttachmentType,
  complaintAttachmentTooLarge,
  complaintStepNotAllowed,
] as const;

export type ErrorCode = (typeof errorDefinitions)[number]['code'];

export const errorCodes = errorDefinitions.map((definition) => definition.code) as [
  ErrorCode,
  ...ErrorCode[],
];

const statusByCode = new Map<string, number>(errorDefinitions.map((d) => [d.code, d.status]));

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && statusByCode.has(value);
}

/** The HTTP status an error code is sent with. */
export function errorStatus(code: ErrorCode): number {
  return statusByCode.get(code) ?? 500;
}

/** The problem `type` URI of a code, e.g. `urn:eps-portal:problem:not-found`. */
export function problemType(code: ErrorCode): string {
  return `urn:eps-portal:problem:${code.toLowerCase().replaceAll('_', '-')}`;
}
