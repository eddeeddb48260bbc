// Model 97 payment reference (poziv na broj) and bank account control digits: ISO 7064 MOD 97-10.

/** Letters count as A=10 .. Z=35 (NBS). */
function toDigits(reference: string): string {
  return reference.toUpperCase().replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
}

function mod97(digits: string): number {
  let remainder = 0;
  for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  return remainder;
}

const referencePattern = /^[0-9A-Za-z]{1,20}$/;

/** The two control digits of a model-97 reference: 98 - (reference·100 mod 97). */
export function model97Control(reference: string): string {
  if (!referencePattern.test(reference) || toDigits(reference).length > 20) {
    throw new Error('a model 97 reference has 1 to 20 digits or letters');
  }
  return String(98 - mod97(toDigits(reference) + '00')).padStart(2, '0');
}

/** The printed form: "97 14-123412". */
export function formatModel97Reference(reference: string): string {
  return `97 ${model97Control(reference)}-${reference}`;
}

/** Checks control digits + reference, e.g. "14123412" or "97 14-123412". */
export function isValidModel97Reference(value: string): boolean {
  const compact = value.replace(/^97\s+/, '').replace(/[\s-]/g, '');
  const control = compact.slice(0, 2);
  const reference = compact.slice(2);
  return /^\d{2}$/.test(control) && referencePattern.test(reference) && model97Control(reference) === control;
}

/** "840-955845-10" -> "840000000095584510": the middle part padded to 13 digits. */
export function normalizeBankAccount(value: string): string {
  const parts = value.trim().split('-');
  if (parts.length === 3 && parts.every((p) => /^\d+$/.test(p))) {
    return parts[0]!.padStart(3, '0') + parts[1]!.padStart(13, '0') + parts[2]!.padStart(2, '0');
  }
  return value.replace(/\s/g, '');
}

/** 18 digits whose value mod 97 is 1. */
export function isValidBankAccount(value: string): boolean {
  const account = normalizeBankAccount(value);
  return /^\d{18}$/.test(account) && mod97(account) === 1;
}
