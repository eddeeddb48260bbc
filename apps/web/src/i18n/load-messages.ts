// One language's catalogue, fetched when it is first needed: the first page carries only the language
// it opens in, and only the part of it that the first pages show (first-page.*.ts); the rest comes
// before any other page (plugins/i18n.ts), and a switch loads the next language (sr-Latn is the
// Cyrillic catalogue transliterated).
import type { Locale } from '@portal/contract';
import { transliterateTree, type Tree } from './transliterate-tree.js';

/** `first-page`: the texts of the app's frame and of the pages a visitor opens first; `all`: every text. */
export type CataloguePart = 'first-page' | 'all';

async function cyrillic(part: CataloguePart): Promise<Tree> {
  const catalogue = part === 'all' ? await import('./sr-Cyrl.js') : await import('./first-page.sr-Cyrl.js');
  return catalogue.default as unknown as Tree;
}

export async function loadMessages(locale: Locale, part: CataloguePart = 'all'): Promise<Tree> {
  if (locale === 'en') {
    const english = part === 'all' ? await import('./en.js') : await import('./first-page.en.js');
    return english.default as unknown as Tree;
  }
  const tree = await cyrillic(part);
  return locale === 'sr-Latn' ? transliterateTree(tree) : tree;
}
