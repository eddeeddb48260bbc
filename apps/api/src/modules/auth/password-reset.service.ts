// Password reset by an e-mailed single-use link (30 minutes). The request answers the same for known
// and unknown addresses; a completed reset ends every session, lifts the login slowdown of the
// account's names and tells the owner.
import { checkPassword, type Locale } from '@portal/contract';
import { AppError } from '../../lib/app-error.js';
import { recordAudit, type auditContext } from '../audit/audit.service.js';
import { normalizeLogin, type AuthDeps } from './auth.deps.js';
import { issueDeviceToken } from './device-cookie.js';
import { nameThrottleKey } from './login-throttle.js';
import { hashPassword } from './passwords.js';
import { hashToken, newSecretToken } from './secret-tokens.js';

type Context = ReturnType<typeof auditContext>;

export const resetRules = { minutes: 30 };

export async function requestPasswordReset(deps: AuthDeps, email: string, context: Context): Promise<void> {
  const user = await deps.prisma.user.findUnique({ where: { emailNormalized: normalizeLogin(email) } });
  await recordAudit(deps.prisma, context, {
    action: 'auth.password.reset.request',
    subjectType: 'user',
    subjectId: user?.id,
  });
  if (!user) return;
  const token = newSecretToken();
  await deps.prisma.verificationCode.create({
    data: {
      userId: user.id,
      purpose: 'PASSWORD_RESET',
      codeHash: hashToken(token),
      createdAt: deps.now(),
      expiresAt: new Date(deps.now().getTime() + resetRules.minutes * 60_000),
    },
  });
  await deps.sendMail({
    to: user.email,
    template: 'passwordReset',
    locale: user.locale as Locale,
    params: {
      username: user.username,
      resetUrl: `${deps.publicUrl}/reset-password?token=${encodeURIComponent(token)}`,
      minutesValid: resetRules.minutes,
    },
  });
}

export async function confirmPasswordReset(
  deps: AuthDeps,
  token: string,
  password: string,
  context: Context,
): Promise<{ device: ReturnType<typeof issueDeviceToken> }> {
  const now = deps.now();
  const link = await deps.prisma.verificationCode.findFirst({
    where: { purpose: 'PASSWORD_RESET', codeHash: hashToken(token) },
    include: { user: true },
  });
  if (!link || link.consumedAt || link.expiresAt <= now) throw new AppError('VERIFICATION_FAILED');
  const { user } = link;
  const policy = checkPassword(password, {
    username: user.username,
    email: user.email,
    isCommon: deps.isCommonPassword,
  });
  if (!policy.ok) {
    throw new AppError('VALIDATION_FAILED', {
      errors: [{ path: 'password', code: 'weak_password', params: { rules: policy.failed.join(', ') } }],
    });
  }
  const passwordHash = await hashPassword(password);
  // Single use even when two requests race: only one can mark the link consumed.
  const claimed = await deps.prisma.verificationCode.updateMany({
    where: { id: link.id, consumedAt: null },
    data: { consumedAt: now },
  });
  if (claimed.count === 0) throw new AppError('VERIFICATION_FAILED');
  await deps.prisma.$transaction([
    deps.prisma.user.update({
      where: { id: user.id },
      // The link proves the address, so an unverified account becomes verified.
      data: {
        passwordHash,
        emailVerifiedAt: user.emailVerifiedAt ?? now,
      },
    }),
    deps.prisma.session.updateMany({
      where: { userId: user.id, revokedAt: null },
      data: { revokedAt: now, revokedReason: 'password_reset' },
    }),
    // The guesses were against a password that is gone.
    deps.prisma.loginThrottle.deleteMany({
      where: { key: { in: [user.username, user.email].map((name) => nameThrottleKey(deps.loginKey, name)) } },
    }),
  ]);
  await deps.sendMail({
    to: user.email,
    template: 'passwordChanged',
    locale: user.locale as Locale,
    params: { username: user.username, when: now },
  });
  await recordAudit(deps.prisma, context, {
    action: 'auth.password.reset',
    actorUserId: user.id,
    subjectType: 'user',
    subjectId: user.id,
  });
  // The link proved the owner: this browser becomes a known device, which strangers' guesses at the
  // login name do not slow down (OWASP's answer to lock-out by strangers).
  return { device: issueDeviceToken(deps.deviceKey, user.id, now) };
}
