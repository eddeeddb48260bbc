// Personal identifiers as staff see them: enough to confirm a caller's number ("the last four digits
// are 0008?"), never enough to use it. Nothing of the portal answers a JMBG or PIB unmasked to staff;
// these are the only functions that shape them for an answer.

/** The character that stands for each hidden digit or letter. */
export const maskChar = '•';

function keepEnds(value: string, head: number, tail: number): string {
  if (value.length <= head + tail) return maskChar.repeat(value.length);
  return value.slice(0, head) + maskChar.repeat(value.length - head - tail) + value.slice(-tail);
}

/**
 * A JMBG (13 digits) as `0101•••••0008`: the day and month of birth and the last four digits (what
 * the look-up by last digits matches); the year, region and serial number are hidden.
 */
export function maskJmbg(jmbg: string): string {
  return keepEnds(jmbg.trim(), 4, 4);
}

/** A PIB (9 digits) as `10•••••75`: two digits at each end. */
export function maskPib(pib: string): string {
  return keepEnds(pib.trim(), 2, 2);
}

/**
 * An e-mail address as `m•••@example.rs`: the first character of the local part and the domain, so
 * that staff can ask "is it your address at example.rs?" without reading it out.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return maskChar.repeat(3);
  return `${email[0]}${maskChar.repeat(3)}${email.slice(at)}`;
}
