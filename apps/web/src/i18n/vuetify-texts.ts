import type { Locale } from '@portal/contract';
import { en, srCyrl, srLatn } from 'vuetify/locale';
import type { Tree } from './transliterate-tree.js';

const vuetifyTexts: Record<Locale, Tree> = { 'sr-Cyrl': srCyrl, 'sr-Latn': srLatn, en };

/** A language's catalogue as the i18n plugin holds it: Vuetify's own texts (pagination, close
 * buttons...) follow the same locale through its adapter (plugins/vuetify.ts), under `$vuetify`. */
export function withVuetifyTexts(locale: Locale, tree: Tree): Tree {
  return { ...tree, $vuetify: vuetifyTexts[locale] };
}
