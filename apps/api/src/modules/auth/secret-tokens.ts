import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** A refresh token or a reset link token: 256 random bits, base64url. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * A key of its own for each use of the server secret (code hashes, refresh successors, device cookies),
 * so that one use can never stand in for another.
 */
export function derivedKey(secret: string, purpose: string): string {
  return createHmac('sha256', secret).update(purpose).digest('hex');
}

/**
 * The refresh token that follows `token`. Derived rather than random, so that a second request with the
 * same token (another tab, in the same moment) can be given the very same successor without the
 * server ever storing a token in plaintext.
 */
export function successorToken(token: string, key: string): string {
  return createHmac('sha256', key).update(token).digest('base64url');
}

/** Stored instead of the token: a leaked table does not give working tokens. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A 6-digit verification code. */
export function newVerificationCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/**
 * Codes have only a million values, so a plain hash would be reversed at once; a keyed hash (HMAC with
 * a server secret) is not, without the key.
 */
export function hashCode(code: string, key: string): string {
  return createHmac('sha256', key).update(code).digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
