// What a search matches: Serbian text in either script, with or without diacritics. "Ниш", "Niš", "nis"
// and "NIS" are one search; "Ђурђевдан", "Đurđevdan" and "djurdjevdan" are one too (đ is written dj
// where a keyboard has no đ, as in e-mail addresses and plates). Both sides of a comparison are folded to
// the same key: lower case, Latin, no diacritics.

/** Letters that fold to two: first, so that the single-letter folds below cannot split them. */
export const searchKeyDigraphs: readonly (readonly [string, string])[] = [
  ['љ', 'lj'],
  ['њ', 'nj'],
  ['џ', 'dz'],
  ['ђ', 'dj'],
  ['đ', 'dj'],
];

/** One letter to one: Cyrillic to Latin, and the Latin diacritics dropped. */
export const searchKeyLetters = {
  from: 'абвгдежзијклмнопрстћуфхцчшčćšž',
  to: 'abvgdezzijklmnoprstcufhccsccsz',
} as const;

const letterMap = new Map(Array.from(searchKeyLetters.from, (c, i) => [c, searchKeyLetters.to[i]!]));

/** The folded form of a text that search compares (the SQL side is built from the same tables). */
export function searchKey(text: string): string {
  let key = text.toLowerCase();
  for (const [from, to] of searchKeyDigraphs) key = key.split(from).join(to);
  return Array.from(key, (c) => letterMap.get(c) ?? c).join('');
}
