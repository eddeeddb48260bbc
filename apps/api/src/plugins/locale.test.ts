import { describe, expect, it } from 'vitest';
import { resolveLocale } from './locale.js';

describe('resolveLocale', () => {
  it.each([
    [undefined, 'sr-Cyrl'],
    ['', 'sr-Cyrl'],
    ['sr', 'sr-Cyrl'],
    ['sr-RS', 'sr-Cyrl'],
    ['sr-Cyrl-RS', 'sr-Cyrl'],
    ['sr-Latn', 'sr-Latn'],
    ['sr-Latn-RS', 'sr-Latn'],
    ['sr-latn-rs', 'sr-Latn'],
    ['hr-HR', 'sr-Latn'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['de-DE,en;q=0.5', 'en'],
    ['de-DE,fr;q=0.5', 'sr-Cyrl'],
    ['en;q=0.4,sr-Latn;q=0.8', 'sr-Latn'],
    ['sr-Latn;q=0,en', 'en'],
    ['*', 'sr-Cyrl'],
  ] as const)('%s -> %s', (header, locale) => {
    expect(resolveLocale(header)).toBe(locale);
  });
});
