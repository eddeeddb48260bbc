import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/index.js';
import { errorCodes, errorDefinitions, errorStatus, problemType } from './codes.js';
import { fieldErrorCodes } from './field-errors.js';
import { errorMessage, errorMessages, fieldErrorMessage, fieldErrorMessages } from './messages.js';
import { problemSchema } from './problem.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('error messages', () => {
  it.each(locales)('has a message for every error code in %s', (locale) => {
    for (const code of errorCodes) {
      expect(errorMessages[locale][code], `${locale} ${code}`).toMatch(/\S/);
    }
    expect(Object.keys(errorMessages[locale]).sort()).toEqual([...errorCodes].sort());
  });

  it.each(locales)('has a message for every field error code in %s', (locale) => {
    for (const code of fieldErrorCodes) {
      expect(fieldErrorMessages[locale][code], `${locale} ${code}`).toMatch(/\S/);
      expect(placeholders(fieldErrorMessages[locale][code])).toEqual(
        placeholders(fieldErrorMessages.en[code]),
      );
    }
  });

  it('writes sr-Latn in Latin script, transliterated from sr-Cyrl', () => {
    expect(errorMessage('NOT_FOUND', 'sr-Cyrl')).toBe('Тражени садржај није пронађен.');
    expect(errorMessage('NOT_FOUND', 'sr-Latn')).toBe('Traženi sadržaj nije pronađen.');
    for (const code of errorCodes) expect(errorMessage(code, 'sr-Latn')).not.toMatch(/[\u0400-\u04FF]/);
    for (const code of fieldErrorCodes)
      expect(fieldErrorMessages['sr-Latn'][code]).not.toMatch(/[\u0400-\u04FF]/);
  });

  it('fills placeholders of field messages', () => {
    expect(fieldErrorMessage('too_short', 'en', { minimum: 8 })).toBe('Minimum number of characters: 8.');
    expect(fieldErrorMessage('too_short', 'sr-Latn', { minimum: 8 })).toBe(
      'Najmanji dozvoljeni broj znakova: 8.',
    );
    expect(fieldErrorMessage('too_big', 'en')).toBe('The largest allowed value is {maximum}.');
  });
});

describe('error codes', () => {
  it('are unique and carry an HTTP error status', () => {
    expect(new Set(errorCodes).size).toBe(errorCodes.length);
    for (const { code, status } of errorDefinitions) {
      expect(errorStatus(code)).toBe(status);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(600);
    }
    expect(errorStatus('VALIDATION_FAILED')).toBe(400);
    expect(errorStatus('SERVICE_UNAVAILABLE')).toBe(503);
  });

  it('describe a problem+json body', () => {
    const body = {
      type: problemType('VALIDATION_FAILED'),
      title: errorMessage('VALIDATION_FAILED', 'en'),
      status: 400,
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'email', code: 'required', message: fieldErrorMessage('required', 'en') }],
    };
    expect(problemSchema.parse(body)).toEqual(body);
    expect(body.type).toBe('urn:eps-portal:problem:validation-failed');
    expect(problemSchema.safeParse({ ...body, code: 'NOPE' }).success).toBe(false);
  });
});
