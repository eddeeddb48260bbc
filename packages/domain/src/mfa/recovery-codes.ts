// Recovery codes: what lets the owner in when the phone with the authenticator is lost. Each one is
// single-use and shown only once, at enrolment; the server keeps only a hash. 16 characters of a
// 32-letter alphabet are 80 random bits: enough that a plain SHA-256 of a leaked table cannot be
// reversed by trying them all, so no slow hash (and no server key that could be lost) is needed.

/** Crockford's base32 alphabet: no I, L, O or U, which are read or typed wrongly. */
const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';

export const recoveryCodeRules = {
  /** how many are issued at once */
  count: 10,
  /** random characters per code, shown in groups of 4 */
  length: 16,
} as const;

/**
 * `count` new codes from `randomBytes` (the caller's source of randomness: crypto in the API, a fixed
 * one in tests), formatted `xxxx-xxxx-xxxx-xxxx`. 256 is a multiple of 32, so `byte % 32` is uniform.
 */
export function newRecoveryCodes(randomBytes: (size: number) => Uint8Array): string[] {
  const { count, length } = recoveryCodeRules;
  return Array.from({ length: count }, () => {
    const chars = Array.from(randomBytes(length), (byte) => alphabet[byte % 32]).join('');
    return chars.match(/.{4}/g)!.join('-');
  });
}

/**
 * A typed recovery code in the form its hash was made of (lower case, no dashes or spaces, the
 * look-alikes I/L as 1 and O as 0, as Crockford reads them), or null when it cannot be one.
 */
export function normalizeRecoveryCode(input: string): string | null {
  const compact = input.toLowerCase().replace(/[\s-]/g, '').replace(/[il]/g, '1').replace(/o/g, '0');
  if (compact.length !== recoveryCodeRules.length) return null;
  return [...compact].every((char) => alphabet.includes(char)) ? compact : null;
}
