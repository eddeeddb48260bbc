import { describe, expect, it } from 'vitest';
import { derivedKey } from './secret-tokens.js';
import { openTotpSecret, sealTotpSecret } from './totp-secrets.js';

const key = derivedKey('test-secret', 'totp-secrets');
const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('TOTP secrets at rest', () => {
  it('seals and opens, never storing the secret in the clear', () => {
    const sealed = sealTotpSecret(key, 'user-a', secret);
    expect(sealed).toMatch(/^v1:/);
    expect(sealed).not.toContain(secret);
    expect(openTotpSecret(key, 'user-a', sealed)).toBe(secret);
    expect(sealTotpSecret(key, 'user-a', secret)).not.toBe(sealed);
  });

  it('does not open for another user, another key, or a tampered value', () => {
    const sealed = sealTotpSecret(key, 'user-a', secret);
    expect(openTotpSecret(key, 'user-b', sealed)).toBeNull();
    expect(openTotpSecret(derivedKey('other', 'totp-secrets'), 'user-a', sealed)).toBeNull();
    const parts = sealed.split(':');
    parts[3] = `${parts[3]!.startsWith('A') ? 'B' : 'A'}${parts[3]!.slice(1)}`;
    expect(openTotpSecret(key, 'user-a', parts.join(':'))).toBeNull();
    expect(openTotpSecret(key, 'user-a', 'garbage')).toBeNull();
  });
});
