import { describe, expect, it } from 'vitest';
import { copyText } from './bulk-writer.js';

describe('COPY text format', () => {
  it('escapes backslash, tab, newline and carriage return, and writes NULL as \\N', () => {
    expect(copyText('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyText(null)).toBe('\\N');
    expect(copyText(undefined)).toBe('\\N');
    expect(copyText(true)).toBe('t');
    expect(copyText(12.5)).toBe('12.5');
    expect(copyText('Пекара „Морава“')).toBe('Пекара „Морава“');
  });
});
