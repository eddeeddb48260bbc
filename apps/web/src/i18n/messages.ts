// Every catalogue at once, for tests and tools; the app loads one language at a time (load-messages.ts).
import type { Locale } from '@portal/contract';
import en from './en.js';
import srCyrl from './sr-Cyrl.js';
import { transliterateTree, type Tree } from './transliterate-tree.js';

export { transliterateTree };

export const messages: Record<Locale, Tree> = {
  'sr-Cyrl': srCyrl as unknown as Tree,
  'sr-Latn': transliterateTree(srCyrl as unknown as Tree),
  en: en as unknown as Tree,
};
