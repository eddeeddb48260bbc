import type { Locale } from './index.js';
import { transliterateLatinToCyrillic } from './latin-to-cyrillic.js';
import { transliterateCyrillicToLatin } from './transliterate.js';

/**
 * The billing systems' words (names, addresses, bill lines) in the script of the interface: Cyrillic for
 * sr-Cyrl, Latin for sr-Latn and English, whichever script the region's system stored them in.
 */
export function textInScript(text: string, locale: Locale): string {
  return locale === 'sr-Cyrl' ? transliterateLatinToCyrillic(text) : transliterateCyrillicToLatin(text);
}
