// Matični broj of a company (8 digits): weights 2,7,6,5,4,3,2, mod 11 (DOMAIN.md).

const weights = [2, 7, 6, 5, 4, 3, 2];

/** The check digit for the first 7 digits, or null when none exists (remainder 1). */
export function maticniBrojCheckDigit(first7: string): number | null {
  if (!/^\d{7}$/.test(first7)) throw new Error('maticniBrojCheckDigit needs 7 digits');
  const remainder = weights.reduce((acc, w, i) => acc + w * Number(first7[i]), 0) % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}

export function isValidMaticniBroj(value: string): boolean {
  return /^\d{8}$/.test(value) && maticniBrojCheckDigit(value.slice(0, 7)) === Number(value[7]);
}
