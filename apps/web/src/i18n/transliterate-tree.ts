import { transliterateCyrillicToLatin } from '@portal/contract';

export type Tree = { [key: string]: string | Tree };

/** The Latin catalogue is the Cyrillic one transliterated; {placeholders} stay as they are. */
export function transliterateTree<T extends Tree>(tree: T): T {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [
      key,
      typeof value === 'string' ? transliterateCyrillicToLatin(value) : transliterateTree(value),
    ]),
  ) as T;
}
