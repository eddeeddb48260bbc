// Staff users for integration tests, through the real API: a staff account logs in, gets a session
// that may only enrol TOTP, enrols and confirms it, and refreshes into a full staff session, the way
// a new staff member's first login goes.
import { csrfHeader } from '@portal/contract';
import { totpCode } from '@portal/domain';
import type { App } from '../app.js';
import type { TestUser } from './customer-data.js';

export interface TestStaff extends TestUser {
  /** the TOTP secret (base32) of the account's authenticator */
  secret: string;
}

/** Bearer header of an answer with an access token; throws with the answer otherwise. */
function bearer(answer: { statusCode: number; body: string; json: () => { accessToken?: string } }): string {
  if (answer.statusCode !== 200) throw new Error(`answered ${answer.statusCode}: ${answer.body}`);
  return `Bearer ${answer.json().accessToken}`;
}

/**
 * Takes a just logged-in staff account (an enrolment-only session) through the TOTP enrolment and the
 * refresh that opens the full session.
 */
export async function enrolStaff(
  app: App,
  user: Omit<TestUser, 'authorization'>,
  login: {
    body: string;
    statusCode: number;
    json: () => { accessToken?: string };
    cookies: { name: string; value: string }[];
  },
  remoteAddress: string,
): Promise<TestStaff> {
  const enrolment = bearer(login);
  const enrolled = await app.inject({
    method: 'POST',
    url: '/api/auth/mfa/totp',
    headers: { authorization: enrolment },
  });
  const { secret } = enrolled.json() as { secret: string };
  const confirmed = await app.inject({
    method: 'POST',
    url: '/api/auth/mfa/totp/confirm',
    headers: { authorization: enrolment },
    // the app's own clock: the code must be of the instant the server checks it
    payload: { code: totpCode(secret, app.clock.now()) },
  });
  if (confirmed.statusCode !== 200)
    throw new Error(`confirm answered ${confirmed.statusCode}: ${confirmed.body}`);
  const refreshToken = login.cookies.find((c) => c.name === 'portal_refresh')?.value ?? '';
  const refreshed = await app.inject({
    method: 'POST',
    url: '/api/auth/refresh',
    remoteAddress,
    headers: { [csrfHeader]: '1' },
    cookies: { portal_refresh: refreshToken },
  });
  return { ...user, secret, authorization: bearer(refreshed) };
}
