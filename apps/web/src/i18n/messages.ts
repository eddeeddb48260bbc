import { transliterateCyrillicToLatin, type Locale } from '@portal/contract';
import en from './en.js';
import srCyrl from './sr-Cyrl.js';

type Tree = { [key: string]: string | Tree };

/** The Latin catalogue is the Cyrillic one transliterated; {placeholders} stay as they are. */
export function transliterateTree<T extends Tree>(tree: T): T {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [
      key,
      typeof value === 'string' ? transliterateCyrillicToLatin(value) : transliterateTree(value),
    ]),
  ) as T;
}

export const messages: Record<Locale, Tree> = {
  'sr-Cyrl': srCyrl as unknown as Tree,
  'sr-Latn': transliterateTree(srCyrl as unknown as Tree),
  en: en as unknown as Tree,
};
