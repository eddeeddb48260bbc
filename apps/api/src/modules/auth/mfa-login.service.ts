// Finishing a login that asked for a second factor: the mfaToken of the password step and a TOTP or
// recovery code give what a login gives.
import { AppError } from '../../lib/app-error.js';
import { recordAudit, type auditContext } from '../audit/audit.service.js';
import type { AuthDeps } from './auth.deps.js';
import { mfaChallengeRules } from './mfa-challenge.js';
import { assertNotThrottled, mfaThrottleKey, recordCodeFailure, useSecondFactor } from './mfa.service.js';
import { hashToken } from './secret-tokens.js';
import { openSession, type LoggedIn } from './session.service.js';

type Context = ReturnType<typeof auditContext>;

export async function completeSecondFactor(
  deps: AuthDeps,
  mfaToken: string,
  code: string,
  context: Context,
): Promise<LoggedIn> {
  const now = deps.now();
  const challenge = await deps.prisma.mfaChallenge.findUnique({
    where: { tokenHash: hashToken(mfaToken) },
    include: { user: { select: { id: true, role: true, disabledAt: true } } },
  });
  if (!challenge || challenge.usedAt || challenge.expiresAt <= now) throw new AppError('MFA_TOKEN_EXPIRED');
  const { user } = challenge;
  // disabled between the password step and this one
  if (user.disabledAt) throw new AppError('ACCOUNT_DISABLED');
  await assertNotThrottled(deps, user.id);

  const used = await useSecondFactor(deps, user.id, code);
  if (!used) {
    await recordCodeFailure(deps, user.id);
    // Too many wrong codes on one token end it: the next tries need the password again.
    await deps.prisma.mfaChallenge.update({
      where: { id: challenge.id },
      data: {
        failures: { increment: 1 },
        ...(challenge.failures + 1 >= mfaChallengeRules.maxFailures ? { usedAt: now } : {}),
      },
    });
    await recordAudit(deps.prisma, context, {
      action: 'auth.login.mfa_failure',
      actorUserId: user.id,
      subjectType: 'user',
      subjectId: user.id,
    });
    throw new AppError('MFA_CODE_INVALID');
  }
  // One session per token, even when two requests with good codes race.
  const claimed = await deps.prisma.mfaChallenge.updateMany({
    where: { id: challenge.id, usedAt: null },
    data: { usedAt: now },
  });
  if (claimed.count === 0) throw new AppError('MFA_TOKEN_EXPIRED');
  if (used === 'recovery')
    await recordAudit(deps.prisma, context, {
      action: 'auth.mfa.recovery_code.use',
      actorUserId: user.id,
      subjectType: 'user',
      subjectId: user.id,
    });
  return openSession(deps, user, context, {
    knownDevice: challenge.knownDevice,
    clearThrottleKeys: [mfaThrottleKey(user.id)],
    secondFactor: used,
  });
}
