import { z } from 'zod';

// C0 controls (NUL, tab, line breaks, ESC ...), DEL, C1 controls, and UTF-16 halves without their other
// half. PostgreSQL cannot store NUL in text at all, a lone surrogate has no UTF-8 form, and none of them
// belongs in a name, a login, a search or a password that a person typed.
const controlCharacter = /[\p{Cc}\p{Cs}]/u;

export function hasControlCharacters(value: string): boolean {
  return controlCharacter.test(value);
}

/**
 * The string every text field of a request is built on: it refuses control characters with the field
 * code `invalid_characters`. Chain the field's own rules after it: `textInput.trim().max(60, 'too_long')`.
 */
export const textInput = z.string().refine((value) => !hasControlCharacters(value), 'invalid_characters');
