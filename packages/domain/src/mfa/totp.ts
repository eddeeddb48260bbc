// Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA-1, 6 digits, a
// new code every 30 s. The arithmetic is the otpauth library's; the rules around it are ours: which
// instant counts (always the portal's clock, passed in, so tests can compute codes), how far a code
// may be late or early, and that a code once accepted is never accepted again.
import { Secret, TOTP } from 'otpauth';

export const totpRules = {
  algorithm: 'SHA1',
  digits: 6,
  periodSeconds: 30,
  /**
   * Steps accepted on either side of "now": one, so a code typed as it rolls over, or a phone clock a
   * few seconds off, still works; more would give a guesser more live codes at once.
   */
  window: 1,
  /** 160 bits, as RFC 4226 recommends for HMAC-SHA-1 keys */
  secretBytes: 20,
} as const;

/** The name authenticator apps show above the code. */
export const totpIssuer = 'Uvid u račun';

function totpFor(secretBase32: string, label = 'account'): TOTP {
  return new TOTP({
    issuer: totpIssuer,
    label,
    algorithm: totpRules.algorithm,
    digits: totpRules.digits,
    period: totpRules.periodSeconds,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new random secret, base32 (what apps take when the QR cannot be scanned). */
export function newTotpSecret(): string {
  return new Secret({ size: totpRules.secretBytes }).base32;
}

/** True when `value` is a base32 secret of the size we issue (for data read back from storage). */
export function isTotpSecret(value: string): boolean {
  return /^[A-Z2-7]{32}$/.test(value);
}

/** The `otpauth://totp/...` URI that the enrolment QR code carries. */
export function totpUri(secretBase32: string, accountName: string): string {
  return totpFor(secretBase32, accountName).toString();
}

/** The time step (counter) an instant falls in. */
export function totpStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / totpRules.periodSeconds);
}

/** The code an authenticator shows at `at` (tests, and the demo's printed codes). */
export function totpCode(secretBase32: string, at: Date): string {
  return totpFor(secretBase32).generate({ timestamp: at.getTime() });
}

/** True when `input` looks like a TOTP code (6 digits, spaces allowed as apps show "123 456"). */
export function isTotpCodeFormat(input: string): boolean {
  return /^\d{6}$/.test(input.replace(/\s/g, ''));
}

/**
 * The time step of `code` when it is valid at `at` (within the window) and newer than `lastUsedStep`,
 * else null. Refusing every step up to the last one used makes each code single-use (RFC 6238 5.2):
 * a code seen over someone's shoulder, or replayed from a log, is dead once its owner has used it.
 */
export function acceptTotp(
  secretBase32: string,
  code: string,
  at: Date,
  lastUsedStep: number | null,
): number | null {
  const digits = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(digits)) return null;
  const delta = totpFor(secretBase32).validate({
    token: digits,
    timestamp: at.getTime(),
    window: totpRules.window,
  });
  if (delta === null) return null;
  const step = totpStep(at) + delta;
  if (lastUsedStep !== null && step <= lastUsedStep) return null;
  return step;
}
