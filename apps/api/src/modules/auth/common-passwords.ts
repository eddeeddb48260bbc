import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transliterateCyrillicToLatin } from '@portal/contract';

// The list behind the password rule "not one of the most common passwords", made by
// scripts/build-common-passwords.mjs. It is read on first use, not at start-up, so processes that never
// check a password (migrations, the seed) do not pay for ~20,000 strings.

const fileName = 'common-passwords.txt';
/** Where the file is seen from the API bundle (dist/server.js) or from the deployed package's root. */
const fromPackageRoot = join('src', 'modules', 'auth', fileName);

/**
 * The list file: beside this module when running from the sources (tsx, vitest); from the bundle,
 * import.meta.url is dist/server.js, so look upwards for the package's src/ (the Docker image keeps it).
 */
export function findCommonPasswordsFile(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    for (const candidate of [join(dir, fileName), join(dir, fromPackageRoot)]) {
      if (existsSync(candidate)) return candidate;
    }
    if (dirname(dir) === dir) throw new Error(`${fileName} not found from ${from}`);
  }
}

let cached: ReadonlySet<string> | undefined;

/** The common passwords, lower-case; loaded once. */
export function commonPasswords(): ReadonlySet<string> {
  cached ??= new Set(
    readFileSync(findCommonPasswordsFile(), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  );
  return cached;
}

// What people append to a common word to pass a policy: "Lozinka123!", "Partizan#1".
const trailingDecoration = /[\p{N}\p{P}\p{S}\s]+$/u;

/**
 * Whether the password is common: compared lower-cased, also without trailing digits and punctuation,
 * and also transliterated to Latin script ("Лозинка1!" is "lozinka").
 */
export function isCommonPassword(password: string): boolean {
  const list = commonPasswords();
  const lower = password.normalize('NFC').toLowerCase();
  const forms = new Set([lower, transliterateCyrillicToLatin(lower)]);
  for (const form of forms) {
    if (list.has(form)) return true;
    const stem = form.replace(trailingDecoration, '');
    if (stem !== '' && list.has(stem)) return true;
  }
  return false;
}
