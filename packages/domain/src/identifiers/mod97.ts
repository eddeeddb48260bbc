// ISO 7064 MOD 97-10, shared by model-97 payment references and bank account numbers.

/** Letters count as A=10 .. Z=35 (NBS). */
export function lettersToDigits(value: string): string {
  return value.toUpperCase().replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
}

/** The remainder of a digit string of any length mod 97, digit by digit so no number overflows. */
export function mod97(digits: string): number {
  let remainder = 0;
  for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  return remainder;
}

/** The two control digits that make `digits` followed by them leave remainder 1 mod 97. */
export function mod97Control(digits: string): string {
  return String(98 - mod97(digits + '00')).padStart(2, '0');
}
