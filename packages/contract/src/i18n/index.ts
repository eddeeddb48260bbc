/** The interface languages: Serbian in Cyrillic (default), Serbian in Latin script, English. */
export const locales = ['sr-Cyrl', 'sr-Latn', 'en'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'sr-Cyrl';

const lower: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'ž',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'ć',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
};

function isUpper(char: string | undefined): boolean {
  return char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase();
}

/**
 * Serbian Cyrillic to Latin script, letter by letter (Љ Њ Џ become Lj Nj Dž, or LJ NJ DŽ inside a word
 * written in capitals). Other characters are kept as they are.
 */
export function transliterateCyrillicToLatin(text: string): string {
  const chars = Array.from(text);
  return chars
    .map((char, index) => {
      const latin = lower[char];
      if (latin !== undefined) return latin;
      const fromLower = lower[char.toLowerCase()];
      if (fromLower === undefined) return char;
      if (fromLower.length === 1) return fromLower.toUpperCase();
      const next = chars[index + 1];
      const nextIsLetter = next !== undefined && next.toLowerCase() !== next.toUpperCase();
      const allCaps = isUpper(next) || (!nextIsLetter && isUpper(chars[index - 1]));
      return allCaps ? fromLower.toUpperCase() : fromLower[0]!.toUpperCase() + fromLower.slice(1);
    })
    .join('');
}
