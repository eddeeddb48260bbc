// The second step of a login. After a correct password an account with a second factor gets an
// mfaToken instead of a session: a random token (only its hash is stored) that is good for minutes,
// for a few wrong codes, once, and only at POST /api/auth/login/mfa. It is not a JWT, so no route that
// takes an access token can mistake it for one.
import { recordAudit, type auditContext } from '../audit/audit.service.js';
import type { AuthDeps } from './auth.deps.js';
import { hashToken, newSecretToken } from './secret-tokens.js';

type Context = ReturnType<typeof auditContext>;

export const mfaChallengeRules = {
  /** long enough to open the app and type, short enough that a stolen token soon dies */
  minutes: 5,
  /** wrong codes on one token before it ends (the password must be typed again) */
  maxFailures: 5,
};

/** Opens the second step for a user whose password was right; answers the mfaToken. */
export async function startSecondFactor(
  deps: AuthDeps,
  userId: string,
  knownDevice: boolean,
  context: Context,
): Promise<string> {
  const now = deps.now();
  const token = newSecretToken();
  // Old, finished challenges of the user go as a new one comes: the table stays small without a job.
  await deps.prisma.mfaChallenge.deleteMany({
    where: { userId, OR: [{ expiresAt: { lt: now } }, { usedAt: { not: null } }] },
  });
  await deps.prisma.mfaChallenge.create({
    data: {
      userId,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + mfaChallengeRules.minutes * 60_000),
      knownDevice,
    },
  });
  await recordAudit(deps.prisma, context, {
    action: 'auth.login.mfa_required',
    actorUserId: userId,
    subjectType: 'user',
    subjectId: userId,
    details: { knownDevice },
  });
  return token;
}
