/**
 * Codes of per-field validation errors (the `errors` of a VALIDATION_FAILED problem). Messages may use
 * `{minimum}`, `{maximum}` and `{keys}` placeholders, filled from the error's params.
 * A zod refinement can choose one by using the code as its message: `.refine(check, 'invalid_checksum')`.
 */
export const fieldErrorCodes = [
  'required',
  'invalid',
  'invalid_type',
  'invalid_format',
  'invalid_characters',
  'invalid_value',
  'invalid_checksum',
  'invalid_date',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'too_few',
  'too_many',
  'unrecognized_keys',
  'weak_password',
  'consent_required',
  'wrong_password',
  'same_as_current',
] as const;

export type FieldErrorCode = (typeof fieldErrorCodes)[number];

export function isFieldErrorCode(value: unknown): value is FieldErrorCode {
  return typeof value === 'string' && (fieldErrorCodes as readonly string[]).includes(value);
}
