// Serbian Cyrillic to Gaj's Latin alphabet. The Serbian Latin catalogues (interface texts, error
// messages) are made from the Cyrillic ones with this function, so they are never edited by hand.

const lower: Readonly<Record<string, string>> = {
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

const isLetter = (char: string | undefined): boolean =>
  char !== undefined && char.toLowerCase() !== char.toUpperCase();

const isUpper = (char: string | undefined): boolean => isLetter(char) && char === char!.toUpperCase();

function transliterateText(text: string): string {
  const chars = Array.from(text);
  return chars
    .map((char, index) => {
      const latin = lower[char];
      if (latin !== undefined) return latin;
      const fromLower = lower[char.toLowerCase()];
      if (fromLower === undefined) return char;
      if (fromLower.length === 1) return fromLower.toUpperCase();
      // Љ Њ Џ: "Lj" at the start of a capitalised word, "LJ" inside a word written in capitals
      // (the next letter is a capital, or the word ends here after a capital).
      const next = chars[index + 1];
      const allCaps = isUpper(next) || (!isLetter(next) && isUpper(chars[index - 1]));
      return allCaps ? fromLower.toUpperCase() : fromLower[0]!.toUpperCase() + fromLower.slice(1);
    })
    .join('');
}

/**
 * Serbian Cyrillic text in Latin script (Љ Њ Џ become Lj Nj Dž, or LJ NJ DŽ in capitals). Message
 * `{placeholders}` and everything that is not Serbian Cyrillic are kept as they are.
 */
export function transliterateCyrillicToLatin(text: string): string {
  return text.replace(
    /(\{[^{}]*\})|([^{]+|\{)/g,
    (_whole, placeholder: string | undefined, rest: string) => placeholder ?? transliterateText(rest),
  );
}
