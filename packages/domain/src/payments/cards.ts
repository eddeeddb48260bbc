// Card numbers as the sandbox gateway sees them: the Luhn check and the brand by prefix. Our portal
// never sees a card number (the card form lives on the gateway); these rules serve the gateway and tests.

export type CardBrand = 'dina' | 'visa' | 'mastercard';

/** The Luhn (mod 10) check of a card number of 12 to 19 digits; spaces and dashes are ignored. */
export function passesLuhn(cardNumber: string): boolean {
  const digits = cardNumber.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * The brand by the issuer prefix: DinaCard 9891 (the Serbian national scheme; co-badged cards start with
 * 65 or 9892 as well), Visa 4, Mastercard 51-55 and 2221-2720. Null for anything else.
 */
export function cardBrand(cardNumber: string): CardBrand | null {
  const digits = cardNumber.replace(/[\s-]/g, '');
  if (/^989[12]/.test(digits) || /^65/.test(digits)) return 'dina';
  if (/^4/.test(digits)) return 'visa';
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return 'mastercard';
  return null;
}

/** "4111 **** **** 1111" style: the first 4 and last 4 digits, what may be stored and shown. */
export function maskCardNumber(cardNumber: string): string {
  const digits = cardNumber.replace(/[\s-]/g, '');
  return `${digits.slice(0, 4)} ${'*'.repeat(Math.max(0, digits.length - 8))} ${digits.slice(-4)}`;
}
