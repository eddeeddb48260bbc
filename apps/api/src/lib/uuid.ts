const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a path id can be a row id at all. Routes answer anything else like an unknown id (404), not
 * with a validation error, so that every id the caller may not see gets one and the same answer.
 */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}
