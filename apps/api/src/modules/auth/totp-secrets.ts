// TOTP secrets at rest. Unlike passwords they cannot be hashed (the server must compute codes from
// them), so they are encrypted: AES-256-GCM under a key derived from the server secret, with the
// user's id as associated data, so that a row copied onto another account does not decrypt. A leaked
// database alone then gives no working authenticators.
//
// The key is derived from JWT_SECRET like the module's other keys: the project has no separate
// encryption key yet. Changing JWT_SECRET therefore makes stored secrets unreadable (those users must
// log in with a recovery code or have TOTP reset); the "v1:" prefix leaves room for a dedicated key.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { derivedKey } from './secret-tokens.js';

const version = 'v1';

/** The key of the TOTP secrets of a portal with this JWT secret (the app, staff:create, the demo). */
export function totpKeyFor(jwtSecret: string): string {
  return derivedKey(jwtSecret, 'totp-secrets');
}

function keyBytes(key: string): Buffer {
  const bytes = Buffer.from(key, 'hex');
  if (bytes.length !== 32) throw new Error('the TOTP key must be 32 bytes, hex');
  return bytes;
}

export function sealTotpSecret(key: string, userId: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyBytes(key), iv);
  cipher.setAAD(Buffer.from(userId));
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [version, iv, cipher.getAuthTag(), sealed]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join(':');
}

/** The secret, or null when the value was not sealed for this user under this key. */
export function openTotpSecret(key: string, userId: string, value: string): string | null {
  const [tag, iv, authTag, sealed] = value.split(':');
  if (tag !== version || !iv || !authTag || sealed === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyBytes(key), Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(userId));
    decipher.setAuthTag(Buffer.from(authTag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return null;
  }
}
