// Whether a login needs a second factor after the password. One function decides it for every login,
// so that "staff must use TOTP" is a change here (and its tests), not in the login code.

export type AccountRole = 'CUSTOMER' | 'SUPPORT';

export interface SecondFactorAccount {
  role: AccountRole;
  /** TOTP confirmed (an enrolment that was started but never confirmed does not count) */
  totpActive: boolean;
}

/**
 * What the login asks for after a correct password: `none` (the session opens) or `totp` (a TOTP or
 * recovery code first).
 *
 * Today TOTP is the account holder's choice for every role. When staff must have it, a staff account
 * without TOTP will answer a third value here (e.g. `enrol`: a session that may only enrol), and the
 * login will follow it.
 */
export function secondFactorFor(account: SecondFactorAccount): 'none' | 'totp' {
  return account.totpActive ? 'totp' : 'none';
}
