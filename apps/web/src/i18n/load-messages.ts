// One language's catalogue, fetched when it is first needed: the first page carries only the language
// it opens in, and a switch loads the next (sr-Latn is the Cyrillic catalogue transliterated).
import type { Locale } from '@portal/contract';
import { transliterateTree, type Tree } from './transliterate-tree.js';

export async function loadMessages(locale: Locale): Promise<Tree> {
  if (locale === 'en') return (await import('./en.js')).default as unknown as Tree;
  const cyrillic = (await import('./sr-Cyrl.js')).default as unknown as Tree;
  return locale === 'sr-Latn' ? transliterateTree(cyrillic) : cyrillic;
}
