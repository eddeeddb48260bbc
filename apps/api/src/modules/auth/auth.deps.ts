import type { PrismaClient } from '@portal/db';
import type { AuthMailRequest } from './auth.mail.js';

/** What the accounts services need from the outside, named here so tests can see and replace it. */
export interface AuthDeps {
  prisma: PrismaClient;
  /** queues an e-mail of the module's own templates in the durable outbox */
  sendMail: (mail: AuthMailRequest) => Promise<void>;
  verifyCaptcha: (payload: string) => Promise<boolean>;
  isCommonPassword: (password: string) => boolean;
  /** key of the keyed hash of verification codes */
  codeKey: string;
  /** key of the derivation of each refresh token's successor */
  refreshKey: string;
  /** key of the signature of device cookies */
  deviceKey: string;
  /** key of the keyed hash of login names in the login throttle */
  loginKey: string;
  /** key of the encryption of TOTP secrets at rest (totp-secrets.ts) */
  totpKey: string;
  /** where links in e-mails point to, e.g. http://localhost:3000 */
  publicUrl: string;
  now: () => Date;
}

export const verificationRules = {
  codeMinutes: 15,
  maxWrongTries: 5,
  resendAfterSeconds: 60,
  maxCodesPerHour: 5,
};

export const sessionRules = {
  /** a session ends this long after login, however active */
  days: 30,
  /** failed logins (per login name, or per known device) before delays start, then 2^n s up to the cap */
  freeFailures: 5,
  maxDelaySeconds: 15 * 60,
  /**
   * A refresh token presented again this soon after it was rotated is a second tab refreshing at the
   * same moment, not a thief: it gets the same successor. Later, it ends the session.
   */
  refreshGraceSeconds: 10,
  /**
   * Staff sessions reach many customers' data: they end after a working day however active, and after
   * half an hour without a refresh (their access tokens live 5 minutes, plugins/auth.ts, so an open
   * staff page refreshes well within it).
   */
  staff: { hours: 12, idleMinutes: 30 },
};

export function normalizeLogin(value: string): string {
  return value.trim().normalize('NFC').toLowerCase();
}

/** A user by username or e-mail, as typed at login (case and Unicode form do not matter). */
export function whereLogin(login: string) {
  const normalized = normalizeLogin(login);
  return { OR: [{ usernameNormalized: normalized }, { emailNormalized: normalized }] };
}
