// Gaj's Latin alphabet to Serbian Cyrillic, for the billing systems' words stored in Latin (the Belgrade
// and Novi Sad exports are Windows-1250 and ISO-8859-2, Latin script): a Cyrillic page and PDF show them
// in Cyrillic. What is not Serbian text stays as it is: units (kWh, kW, kvarh), Roman numerals (ERS's
// bands I-III), e-mail and web addresses, and codes that mix digits and letters.

const letters: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  č: 'ч',
  ć: 'ћ',
  d: 'д',
  đ: 'ђ',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'ј',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  š: 'ш',
  t: 'т',
  u: 'у',
  v: 'в',
  z: 'з',
  ž: 'ж',
};

const digraphs: Readonly<Record<string, string>> = { lj: 'љ', nj: 'њ', dž: 'џ' };

/**
 * Words where "nj" or "dž" are two letters, not one (a prefix ending in d or n before ž or j): the usual
 * exceptions of Serbian transliteration, matched at the start of a word in lower case.
 */
const splitDigraphStarts = [
  'nad|ž',
  'od|ž',
  'pod|ž',
  'pred|ž',
  'in|jekc',
  'kon|jug',
  'kon|junkt',
  'van|jezič',
];

/** A letter of the Serbian Latin alphabet: a text without one is the same in Cyrillic. */
const serbianLatinLetter = /[a-zA-ZčćđšžČĆĐŠŽ]/;

/** Units of measure are written in Latin letters in Cyrillic text too. */
const units = new Set(['kWh', 'MWh', 'GWh', 'Wh', 'kW', 'MW', 'kVArh', 'kvarh', 'kVAr', 'kvar', 'kV', 'Hz']);

const roman = /^(?=[IVXL])(XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** Tokens kept whole: e-mail and web addresses, codes with digits (but "12a" is a house number). */
function keptAsIs(token: string): boolean {
  if (/@|:\/\/|^www\./i.test(token)) return true;
  if (units.has(token) || roman.test(token)) return true;
  return /\d/.test(token) && !/^\d+[a-zA-ZčćđšžČĆĐŠŽ]?$/.test(token);
}

function word(token: string): string {
  const lower = token.toLowerCase();
  // the two letters either side of the exception's | are read apart
  const exception = splitDigraphStarts.find((start) => lower.startsWith(start.replace('|', '')));
  const splitAt = exception ? exception.indexOf('|') - 1 : -1;
  let out = '';
  for (let i = 0; i < token.length; i += 1) {
    const char = token[i]!;
    const pair = lower.slice(i, i + 2);
    const digraph = i === splitAt ? undefined : digraphs[pair];
    if (digraph) {
      out += char === char.toLowerCase() ? digraph : digraph.toUpperCase();
      i += 1;
      continue;
    }
    const cyrillic = letters[char.toLowerCase()];
    if (cyrillic === undefined) out += char;
    else out += char === char.toLowerCase() ? cyrillic : cyrillic.toUpperCase();
  }
  return out;
}

/**
 * Serbian Latin text in Cyrillic script (lj, nj, dž become љ, њ, џ). Cyrillic text is kept as it is, so a
 * value may be passed whatever script it is stored in. Units, Roman numerals, e-mail and web addresses
 * and codes with digits are kept in Latin; house numbers such as 12a are written 12а.
 */
export function transliterateLatinToCyrillic(text: string): string {
  // most texts of a Cyrillic page or PDF are Cyrillic already: nothing to read word by word
  if (!serbianLatinLetter.test(text)) return text;
  // a token: letters, digits and the characters of addresses and codes, up to the next space or mark
  return text.replace(/[\p{L}\p{N}@._:/+-]+/gu, (token) => {
    if (keptAsIs(token)) return token;
    // a word may end with the full stop of an abbreviation or sentence: look at it without the dots
    return token.replace(/[\p{L}\p{N}]+/gu, (part) => (keptAsIs(part) ? part : word(part)));
  });
}
