// JMBG: 13 digits DDMMYYY RR BBB K (DOMAIN.md; python-stdnum rs/jmbg).

export type JmbgProblem = 'format' | 'date' | 'checksum';

const weights = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** The check digit for the first 12 digits, or null when none exists (remainder 1). */
export function jmbgCheckDigit(first12: string): number | null {
  if (!/^\d{12}$/.test(first12)) throw new Error('jmbgCheckDigit needs 12 digits');
  const sum = weights.reduce((acc, w, i) => acc + w * Number(first12[i]), 0);
  const remainder = sum % 11;
  if (remainder === 1) return null;
  const k = 11 - remainder;
  return k >= 10 ? 0 : k;
}

/** The birth date in a JMBG (YYY 9xx = 19xx, 0xx = 20xx), or null if it is not a real date. */
export function jmbgBirthDate(jmbg: string): string | null {
  const day = Number(jmbg.slice(0, 2));
  const month = Number(jmbg.slice(2, 4));
  const yyy = Number(jmbg.slice(4, 7));
  const year = yyy >= 900 ? 1000 + yyy : 2000 + yyy;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

export function jmbgProblem(value: string): JmbgProblem | null {
  if (!/^\d{13}$/.test(value)) return 'format';
  if (!jmbgBirthDate(value)) return 'date';
  return jmbgCheckDigit(value.slice(0, 12)) === Number(value[12]) ? null : 'checksum';
}

export function isValidJmbg(value: string): boolean {
  return jmbgProblem(value) === null;
}
