// Who is asking: one actor per request, taken from the verified access token of an open session
// (`app.authenticate` checks both), so that every access check and every scoped query asks the same.
import type { AccessTokenClaims } from '../../plugins/auth.js';

export type Role = AccessTokenClaims['role'];

export interface Actor {
  readonly userId: string;
  readonly role: Role;
  /** a staff session without its second factor yet: it may only enrol TOTP (audience.ts) */
  readonly enrolmentOnly?: boolean;
  /**
   * Staff reading a customer's account through an access they opened (the X-Support-Access header):
   * the customer-data queries answer that account's links, for reads only (audience.ts, require-access.ts).
   */
  readonly viewing?: { readonly accessId: string; readonly userId: string };
}

/** The actor of verified token claims. The role is signed into the token from the user row. */
export function actorOf(claims: Pick<AccessTokenClaims, 'sub' | 'role' | 'enrol'>): Actor {
  return { userId: claims.sub, role: claims.role, ...(claims.enrol ? { enrolmentOnly: true } : {}) };
}

/**
 * The recipient of a mail as an actor, for what the mail worker renders for them (a bill's or a
 * notice's PDF): they get only what they may still see when the mail is sent.
 */
export function recipientActor(userId: string): Actor {
  return { userId, role: 'CUSTOMER' };
}
