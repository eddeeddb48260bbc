export { defineError, type ErrorDefinition } from './definition.js';
export { badRequest } from './bad-request.js';
export { validationFailed } from './validation-failed.js';
export { unauthorized } from './unauthorized.js';
export { forbidden } from './forbidden.js';
export { notFound } from './not-found.js';
export { conflict } from './conflict.js';
export { payloadTooLarge } from './payload-too-large.js';
export { uriTooLong } from './uri-too-long.js';
export { headersTooLarge } from './headers-too-large.js';
export { requestTimeout } from './request-timeout.js';
export { unsupportedMediaType } from './unsupported-media-type.js';
export { rateLimited } from './rate-limited.js';
export { internal } from './internal.js';
export { serviceUnavailable } from './service-unavailable.js';
export {
  errorDefinitions,
  errorCodes,
  errorStatus,
  isErrorCode,
  problemType,
  type ErrorCode,
} from './codes.js';
export { fieldErrorCodes, isFieldErrorCode, type FieldErrorCode } from './field-errors.js';
export {
  problemSchema,
  fieldErrorSchema,
  problemContentType,
  type Problem,
  type ProblemExtensions,
  type FieldError,
} from './problem.js';
export {
  errorMessages,
  fieldErrorMessages,
  errorMessage,
  fieldErrorMessage,
  type MessageParams,
} from './messages.js';
export {
  complaintAttachmentType,
  complaintAttachmentTooLarge,
  complaintStepNotAllowed,
} from './complaint-errors.js';
