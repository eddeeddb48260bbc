// Whether a login needs a second factor after the password. One function decides it for every login,
// so that "staff must use TOTP" is a rule here (and its tests), not in the login code.
import { isStaffRole, type AccountRole } from '../staff/roles.js';

export type { AccountRole } from '../staff/roles.js';

export interface SecondFactorAccount {
  role: AccountRole;
  /** TOTP confirmed (an enrolment that was started but never confirmed does not count) */
  totpActive: boolean;
}

/**
 * What the login asks for after a correct password:
 * - `totp`: a TOTP or recovery code first (every account that has TOTP on);
 * - `none`: the session opens (customers without TOTP: for them it is a choice);
 * - `enrol`: staff must use TOTP but have none yet, so the session opens only for enrolling it (the
 *   API lets it read the account and enrol, and answers MFA_ENROLMENT_REQUIRED everywhere else).
 */
export function secondFactorFor(account: SecondFactorAccount): 'none' | 'totp' | 'enrol' {
  if (account.totpActive) return 'totp';
  return isStaffRole(account.role) ? 'enrol' : 'none';
}
