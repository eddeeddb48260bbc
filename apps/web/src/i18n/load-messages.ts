// One language's catalogue, fetched when it is first needed: the first page carries only the language
// it opens in, and only the part of it that the first pages show (first-page.*.ts); the rest comes
// before any other page (plugins/i18n.ts), and a switch loads the next language. Each comes as the app
// holds it (shipped/): with Vuetify's texts, sr-Latn as the Cyrillic catalogue transliterated, and in
// the built app precompiled, so that the bundle needs no message compiler.
import type { Locale } from '@portal/contract';
import type { Tree } from './transliterate-tree.js';

/** `first-page`: the texts of the app's frame and of the pages a visitor opens first; `all`: every text. */
export type CataloguePart = 'first-page' | 'all';

type Catalogue = () => Promise<{ default: Tree }>;

const catalogues: Record<Locale, Record<CataloguePart, Catalogue>> = {
  'sr-Cyrl': {
    'first-page': () => import('./shipped/first-page.sr-Cyrl.js'),
    all: () => import('./shipped/sr-Cyrl.js'),
  },
  'sr-Latn': {
    'first-page': () => import('./shipped/first-page.sr-Latn.js'),
    all: () => import('./shipped/sr-Latn.js'),
  },
  en: {
    'first-page': () => import('./shipped/first-page.en.js'),
    all: () => import('./shipped/en.js'),
  },
};

export async function loadMessages(locale: Locale, part: CataloguePart = 'all'): Promise<Tree> {
  return (await catalogues[locale][part]()).default;
}
