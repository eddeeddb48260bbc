// Writes src/modules/auth/common-passwords.txt, the list behind the password rule "not one of the most
// common passwords": the most frequent passwords of @zxcvbn-ts/language-common (its list is ranked by
// frequency in leaked password sets) plus passwords Serbian users favour, which the English-centred list
// misses. Run once and commit the result: `node apps/api/scripts/build-common-passwords.mjs`. The
// package is a devDependency only, so production reads the committed file and never needs it.
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dictionary } from '@zxcvbn-ts/language-common';

/** How many of the ranked passwords to keep: enough to cover guessing attacks, small enough to load. */
const topCount = 20_000;

// Words, names and clubs that Serbian passwords are made of, in Latin and Cyrillic script.
const serbianWords = [
  'lozinka',
  'šifra',
  'sifra',
  'srbija',
  'србија',
  'beograd',
  'београд',
  'novisad',
  'нови сад',
  'nis',
  'kragujevac',
  'subotica',
  'zvezda',
  'звезда',
  'crvenazvezda',
  'црвеназвезда',
  'partizan',
  'партизан',
  'delije',
  'grobari',
  'лозинка',
  'шифра',
  'volimte',
  'volimsrbiju',
  'ljubav',
  'љубав',
  'sunce',
  'sunce123',
  'mama',
  'tata',
  'srce',
  'zlato',
  'mojasifra',
  'mojalozinka',
  'marko',
  'nikola',
  'stefan',
  'milan',
  'jelena',
  'milica',
  'ana',
  'dragan',
  'zoran',
  'nenad',
  'jovana',
  'kosovo',
  'kosovojesrbija',
  'eps',
  'struja',
  'elektrodistribucija',
  'racun',
  'račun',
  'qwertz',
  'qwertzuiop',
  'yxcvbnm',
  'asdfghjkl',
];

// Endings people add to satisfy a policy; isCommonPassword also strips trailing digits and punctuation,
// so these are mostly for anyone else reading the list.
const suffixes = ['', '1', '12', '123', '1234', '12345', '!', '1!', '123!', '1234!', '#1', '2025', '2026'];

// Passwords typed without diacritics are common too: "šifra" is usually written "sifra".
const withoutDiacritics = (word) =>
  word.replace(/đ/g, 'dj').replace(/[čć]/g, 'c').replace(/š/g, 's').replace(/ž/g, 'z');

function serbianPasswords() {
  const bases = new Set(serbianWords.flatMap((word) => [word, withoutDiacritics(word)]));
  return [...bases].flatMap((base) => suffixes.map((suffix) => base.replace(/ /g, '') + suffix));
}

const ranked = dictionary['passwords-common'];
if (!Array.isArray(ranked) || ranked.length < topCount) {
  throw new Error(`expected at least ${topCount} passwords in @zxcvbn-ts/language-common`);
}

const seen = new Set();
for (const password of [...ranked.slice(0, topCount), ...serbianPasswords()]) {
  const normalized = password.normalize('NFC').toLowerCase().trim();
  if (normalized) seen.add(normalized);
}

const target = join(dirname(fileURLToPath(import.meta.url)), '../src/modules/auth/common-passwords.txt');
await writeFile(target, `${[...seen].join('\n')}\n`);
console.log(`wrote ${seen.size} passwords to ${target}`);
