/** The interface languages: Serbian in Cyrillic (default), Serbian in Latin script, English. */
export const locales = ['sr-Cyrl', 'sr-Latn', 'en'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'sr-Cyrl';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export { transliterateCyrillicToLatin } from './transliterate.js';
export { transliterateLatinToCyrillic } from './latin-to-cyrillic.js';
export { textInScript } from './text-in-script.js';
