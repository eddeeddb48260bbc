import { passwordHashParameters } from '@portal/domain';
import argon2 from 'argon2';

const options = { type: argon2.argon2id, ...passwordHashParameters } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, options);
}

// Verifying against this when the account does not exist makes failed logins take the same time
// whether or not the login is known.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (hash === null) {
    dummyHash ??= hashPassword('not-a-real-password-for-timing');
    await argon2.verify(await dummyHash, password);
    return false;
  }
  return argon2.verify(hash, password);
}
