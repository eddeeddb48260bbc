// Registration and e-mail verification. Answers never reveal whether a username or e-mail exists.
import { checkPassword, type Locale, type RegisterBody } from '@portal/contract';
import { isUniqueConstraintError } from '@portal/db';
import { AppError } from '../../lib/app-error.js';
import { recordAudit, type auditContext } from '../audit/audit.service.js';
import { normalizeLogin, verificationRules, whereLogin, type AuthDeps } from './auth.deps.js';
import { hashPassword } from './passwords.js';
import { hashCode, newVerificationCode, sameHash } from './secret-tokens.js';

type Context = ReturnType<typeof auditContext>;

// Versions of the documents a user accepts; recorded with each registration.
export const termsVersion = '2026-01';
export const privacyVersion = '2026-01';

export async function register(deps: AuthDeps, body: RegisterBody, context: Context): Promise<void> {
  if (!(await deps.verifyCaptcha(body.captcha))) throw new AppError('CAPTCHA_FAILED');
  const policy = checkPassword(body.password, {
    username: body.username,
    email: body.email,
    isCommon: deps.isCommonPassword,
  });
  if (!policy.ok) {
    throw new AppError('VALIDATION_FAILED', {
      errors: [{ path: 'password', code: 'weak_password', params: { rules: policy.failed.join(', ') } }],
    });
  }
  const usernameNormalized = normalizeLogin(body.username);
  const emailNormalized = normalizeLogin(body.email);
  // Hash before looking anything up, so that both answers take the same time.
  const passwordHash = await hashPassword(body.password);
  const existing = await deps.prisma.user.findMany({
    where: { OR: [{ usernameNormalized }, { emailNormalized }] },
    select: { id: true, emailNormalized: true, email: true, locale: true },
  });
  if (existing.length) return tellOwners(deps, existing, body, emailNormalized, context);

  const now = deps.now();
  try {
    const user = await deps.prisma.user.create({
      data: {
        personType: body.personType === 'legal' ? 'LEGAL' : 'NATURAL',
        username: body.username,
        usernameNormalized,
        email: body.email,
        emailNormalized,
        passwordHash,
        locale: body.locale,
        termsVersion,
        termsAcceptedAt: now,
        privacyVersion,
        privacyAcceptedAt: now,
      },
    });
    await issueVerificationCode(deps, user);
    await recordAudit(deps.prisma, context, {
      action: 'auth.register',
      actorUserId: user.id,
      subjectType: 'user',
      subjectId: user.id,
    });
  } catch (error) {
    // Registered by someone else between our look-up and insert: the same answer as above.
    if (isUniqueConstraintError(error)) return;
    throw error;
  }
}

/**
 * The answer stays the same; the mail tells the owner of the address what happened. An address that
 * has an account hears that someone tried to use it; a new address whose username is taken hears
 * that, so a real newcomer knows to pick another name (only the address's owner learns the username
 * exists, as they would by trying to register it).
 */
async function tellOwners(
  deps: AuthDeps,
  existing: { id: string; emailNormalized: string; email: string; locale: string }[],
  body: RegisterBody,
  emailNormalized: string,
  context: Context,
): Promise<void> {
  const emailOwner = existing.find((user) => user.emailNormalized === emailNormalized);
  if (emailOwner) {
    await deps.sendMail({
      to: emailOwner.email,
      template: 'registrationAttempt',
      locale: emailOwner.locale as Locale,
      params: { resetUrl: `${deps.publicUrl}/forgot-password` },
    });
  } else {
    await deps.sendMail({
      to: body.email,
      template: 'usernameTaken',
      locale: body.locale,
      params: { username: body.username, registerUrl: `${deps.publicUrl}/register` },
    });
  }
  for (const user of existing) {
    await recordAudit(deps.prisma, context, {
      action: 'auth.register.existing',
      subjectType: 'user',
      subjectId: user.id,
    });
  }
}

export async function issueVerificationCode(
  deps: AuthDeps,
  user: { id: string; email: string; username: string; locale: string },
): Promise<void> {
  const code = newVerificationCode();
  await deps.prisma.verificationCode.create({
    data: {
      userId: user.id,
      purpose: 'EMAIL_VERIFICATION',
      codeHash: hashCode(code, deps.codeKey),
      createdAt: deps.now(),
      expiresAt: new Date(deps.now().getTime() + verificationRules.codeMinutes * 60_000),
    },
  });
  await deps.sendMail({
    to: user.email,
    template: 'verificationCode',
    locale: user.locale as Locale,
    params: { username: user.username, code, minutesValid: verificationRules.codeMinutes },
  });
}

/** Checks a code; wrong, expired, used up or unknown login all fail the same way. */
export async function verifyEmail(
  deps: AuthDeps,
  login: string,
  code: string,
  context: Context,
): Promise<void> {
  const user = await deps.prisma.user.findFirst({
    where: whereLogin(login),
    select: { id: true, emailVerifiedAt: true },
  });
  const latest = user
    ? await deps.prisma.verificationCode.findFirst({
        where: { userId: user.id, purpose: 'EMAIL_VERIFICATION', consumedAt: null },
        orderBy: { createdAt: 'desc' },
      })
    : null;
  const now = deps.now();
  const usable = latest && latest.expiresAt > now && latest.attempts < verificationRules.maxWrongTries;
  if (!user || !latest || !usable || !sameHash(latest.codeHash, hashCode(code, deps.codeKey))) {
    if (latest && usable) {
      await deps.prisma.verificationCode.update({
        where: { id: latest.id },
        data: { attempts: { increment: 1 } },
      });
    }
    await recordAudit(deps.prisma, context, {
      action: 'auth.verify.failure',
      subjectType: 'user',
      subjectId: user?.id,
    });
    throw new AppError('VERIFICATION_FAILED');
  }
  await deps.prisma.$transaction([
    deps.prisma.verificationCode.update({ where: { id: latest.id }, data: { consumedAt: now } }),
    deps.prisma.user.update({
      where: { id: user.id },
      data: { emailVerifiedAt: user.emailVerifiedAt ?? now },
    }),
  ]);
  await recordAudit(deps.prisma, context, {
    action: 'auth.verify.success',
    actorUserId: user.id,
    subjectType: 'user',
    subjectId: user.id,
  });
}

/** Codes of one purpose: at most one every 60 s and 5 an hour per user. */
export async function mayIssueCode(
  deps: AuthDeps,
  userId: string,
  purpose: 'EMAIL_VERIFICATION' | 'EMAIL_CHANGE',
): Promise<boolean> {
  const now = deps.now().getTime();
  const recent = await deps.prisma.verificationCode.findMany({
    where: { userId, purpose, createdAt: { gt: new Date(now - 3_600_000) } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  const last = recent[0]?.createdAt.getTime();
  if (recent.length >= verificationRules.maxCodesPerHour) return false;
  return last === undefined || now - last >= verificationRules.resendAfterSeconds * 1000;
}

/** A new code, at most every 60 s and 5 times an hour; silently nothing for unknown or verified logins. */
export async function resendVerification(deps: AuthDeps, login: string): Promise<void> {
  const user = await deps.prisma.user.findFirst({ where: { ...whereLogin(login), emailVerifiedAt: null } });
  if (!user) return;
  if (!(await mayIssueCode(deps, user.id, 'EMAIL_VERIFICATION'))) return;
  await issueVerificationCode(deps, user);
}
