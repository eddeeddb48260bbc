// Every catalogue at once, for tests and tools; the app loads one language at a time (load-messages.ts).
import type { Locale } from '@portal/contract';
import en from './en.js';
import srCyrl from './sr-Cyrl.js';
import { transliterateTree, type Tree } from './transliterate-tree.js';
import { withVuetifyTexts } from './vuetify-texts.js';

export { transliterateTree };

export const messages: Record<Locale, Tree> = {
  'sr-Cyrl': srCyrl as unknown as Tree,
  'sr-Latn': transliterateTree(srCyrl as unknown as Tree),
  en: en as unknown as Tree,
};

/** The catalogues as the i18n plugin holds them (as the app loads them: i18n/shipped/), with Vuetify's
 * own texts. */
export const pluginMessages: Record<Locale, Tree> = {
  'sr-Cyrl': withVuetifyTexts('sr-Cyrl', messages['sr-Cyrl']),
  'sr-Latn': withVuetifyTexts('sr-Latn', messages['sr-Latn']),
  en: withVuetifyTexts('en', messages.en),
};
