// Model 97 payment reference (poziv na broj): two control digits, ISO 7064 MOD 97-10, in front of a
// reference of digits and letters (A=10 .. Z=35) of at most 20 digits once letters are converted.
import { lettersToDigits, mod97Control } from './mod97.js';

const referencePattern = /^[0-9A-Z]+$/;
const maxDigits = 20;

function isModel97Reference(reference: string): boolean {
  return referencePattern.test(reference) && lettersToDigits(reference).length <= maxDigits;
}

/** The control digits of a reference: model97Control('123412') = '14'. */
export function model97Control(reference: string): string {
  if (!isModel97Reference(reference)) {
    throw new Error(`a model 97 reference has digits and capital letters, at most ${maxDigits} digits`);
  }
  return mod97Control(lettersToDigits(reference));
}

/** The printed form: "97 14-123412". */
export function formatModel97Reference(reference: string): string {
  return `97 ${model97Control(reference)}-${reference}`;
}

/**
 * Control digits + reference, as printed ("97 14-123412") or compact ("14123412"); spaces and dashes
 * inside the reference only group digits.
 */
export function isValidModel97Reference(value: string): boolean {
  const compact = value
    .trim()
    .replace(/^97\s+/, '')
    .replace(/[\s-]/g, '');
  const control = compact.slice(0, 2);
  const reference = compact.slice(2);
  return /^\d{2}$/.test(control) && isModel97Reference(reference) && model97Control(reference) === control;
}
