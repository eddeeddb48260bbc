// PIB, the 9-digit tax id: ISO 7064 MOD 11,10 (DOMAIN.md; python-stdnum rs/pib).

export function pibCheckDigit(first8: string): number {
  if (!/^\d{8}$/.test(first8)) throw new Error('pibCheckDigit needs 8 digits');
  let t = 10;
  for (const digit of first8) {
    let s = (t + Number(digit)) % 10;
    if (s === 0) s = 10;
    t = (2 * s) % 11;
  }
  return (11 - t) % 10;
}

export function isValidPib(value: string): boolean {
  return /^\d{9}$/.test(value) && pibCheckDigit(value.slice(0, 8)) === Number(value[8]);
}
