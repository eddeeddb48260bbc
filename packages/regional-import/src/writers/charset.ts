// The Belgrade (Windows-1250) and Novi Sad (ISO-8859-2) systems store Serbian in Latin script: a
// Cyrillic name reaches their exports transliterated, and a character their code page lacks (a
// typographic quote in ISO-8859-2) as its plain ASCII look-alike, never as a silent '?'.
import iconv from 'iconv-lite';

export type Charset = 'windows-1250' | 'iso-8859-2' | 'utf-8';

const cyrillic = 'абвгдђежзијклљмнњопрстћуфхцчџш';
const latin = ['a', 'b', 'v', 'g', 'd', 'đ', 'e', 'ž', 'z', 'i', 'j', 'k', 'l', 'lj', 'm', 'n', 'nj'].concat([
  'o',
  'p',
  'r',
  's',
  't',
  'ć',
  'u',
  'f',
  'h',
  'c',
  'č',
  'dž',
  'š',
]);
const letters = new Map<string, string>();
Array.from(cyrillic).forEach((letter, i) => {
  const lower = latin[i]!;
  letters.set(letter, lower);
  letters.set(letter.toUpperCase(), lower[0]!.toUpperCase() + lower.slice(1));
});

const lookAlikes: Record<string, string> = {
  '„': '"',
  '“': '"',
  '”': '"',
  '‚': "'",
  '‘': "'",
  '’': "'",
  '–': '-',
  '—': '-',
  '…': '...',
  '\u00a0': ' ',
};

const fitted = new Map<Charset, Map<string, string>>();

/** The text as a system with this code page holds it; unchanged for UTF-8. */
export function fitCharset(text: string, charset: Charset): string {
  if (charset === 'utf-8' || !/[\u0080-\uffff]/.test(text)) return text;
  let cache = fitted.get(charset);
  if (!cache) fitted.set(charset, (cache = new Map()));
  let result = '';
  for (const char of text) {
    if (char < '\u0080') {
      result += char;
      continue;
    }
    let fit = cache.get(char);
    if (fit === undefined) {
      const candidate = letters.get(char) ?? char;
      fit = iconv.decode(iconv.encode(candidate, charset), charset) === candidate ? candidate : undefined;
      fit ??= lookAlikes[char] ?? '?';
      cache.set(char, fit);
    }
    result += fit;
  }
  return result;
}
