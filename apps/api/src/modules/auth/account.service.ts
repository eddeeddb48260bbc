// What a logged-in user changes of their own account: language, password, e-mail. A password or
// e-mail change proves ownership with the current password, ends every other session and tells the
// owner by mail, so that a stolen session cannot quietly take the account over.
import { checkPassword, type Locale, type Me, type UpdateMeBody } from '@portal/contract';
import { isUniqueConstraintError } from '@portal/db';
import { AppError } from '../../lib/app-error.js';
import { recordAudit, type auditContext } from '../audit/audit.service.js';
import { normalizeLogin, verificationRules, type AuthDeps } from './auth.deps.js';
import { mfaStatus } from './mfa.service.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { mayIssueCode } from './registration.service.js';
import { hashCode, newVerificationCode, sameHash } from './secret-tokens.js';

type Context = ReturnType<typeof auditContext>;
type UserRow = Awaited<ReturnType<AuthDeps['prisma']['user']['findUniqueOrThrow']>>;

export function toMe(user: UserRow, mfa: Me['mfa']): Me {
  return {
    id: user.id,
    username: user.username,
    email: user.email,
    personType: user.personType === 'LEGAL' ? 'legal' : 'natural',
    role: user.role.toLowerCase() as Me['role'],
    locale: user.locale as Locale,
    notifyNewBill: user.notifyNewBill,
    attachBillPdf: user.attachBillPdf,
    reminderDaysBefore: user.reminderDaysBefore,
    remindOnDueDate: user.remindOnDueDate,
    newsEmails: user.newsEmails,
    mfa,
  };
}

/** The logged-in user as GET /api/auth/me answers, with their second factor. */
export async function loadMe(deps: AuthDeps, userId: string): Promise<Me> {
  const user = await deps.prisma.user.findUniqueOrThrow({ where: { id: userId } });
  return toMe(user, await mfaStatus(deps, userId));
}

function fieldError(
  path: string,
  code: 'wrong_password' | 'same_as_current' | 'weak_password',
  rules?: string,
) {
  return new AppError('VALIDATION_FAILED', {
    errors: [{ path, code, ...(rules ? { params: { rules } } : {}) }],
  });
}

async function requirePassword(
  deps: AuthDeps,
  user: UserRow,
  password: string,
  field: string,
  context: Context,
  failure: 'auth.password.change.failure' | 'auth.email.change.failure',
): Promise<void> {
  if (await verifyPassword(user.passwordHash, password)) return;
  await recordAudit(deps.prisma, context, {
    action: failure,
    actorUserId: user.id,
    subjectType: 'user',
    subjectId: user.id,
  });
  throw fieldError(field, 'wrong_password');
}

/** Ends every session of the user but the one making the change. */
function revokeOthers(deps: AuthDeps, userId: string, keepSessionId: string, reason: string) {
  return deps.prisma.session.updateMany({
    where: { userId, revokedAt: null, id: { not: keepSessionId } },
    data: { revokedAt: deps.now(), revokedReason: reason },
  });
}

export async function updateProfile(
  deps: AuthDeps,
  userId: string,
  changes: UpdateMeBody,
  context: Context,
): Promise<Me> {
  const user = await deps.prisma.user.update({ where: { id: userId }, data: changes });
  await recordAudit(deps.prisma, context, {
    action: 'auth.profile.update',
    actorUserId: userId,
    subjectType: 'user',
    subjectId: userId,
    details: changes,
  });
  return toMe(user, await mfaStatus(deps, userId));
}

export async function changePassword(
  deps: AuthDeps,
  session: { userId: string; sessionId: string },
  body: { currentPassword: string; newPassword: string },
  context: Context,
): Promise<void> {
  const user = await deps.prisma.user.findUniqueOrThrow({ where: { id: session.userId } });
  await requirePassword(
    deps,
    user,
    body.currentPassword,
    'currentPassword',
    context,
    'auth.password.change.failure',
  );
  if (body.newPassword === body.currentPassword) throw fieldError('newPassword', 'same_as_current');
  const policy = checkPassword(body.newPassword, {
    username: user.username,
    email: user.email,
    isCommon: deps.isCommonPassword,
  });
  if (!policy.ok) throw fieldError('newPassword', 'weak_password', policy.failed.join(', '));
  const passwordHash = await hashPassword(body.newPassword);
  await deps.prisma.$transaction([
    deps.prisma.user.update({ where: { id: user.id }, data: { passwordHash } }),
    revokeOthers(deps, user.id, session.sessionId, 'password_changed'),
  ]);
  await deps.sendMail({
    to: user.email,
    template: 'passwordChanged',
    locale: user.locale as Locale,
    params: { username: user.username, when: deps.now() },
  });
  await recordAudit(deps.prisma, context, {
    action: 'auth.password.change',
    actorUserId: user.id,
    subjectType: 'user',
    subjectId: user.id,
  });
}

/**
 * Sends a code to the new address. An address that belongs to another account gets the same answer
 * and no code (the other account's owner is not told, and the caller learns nothing).
 */
export async function requestEmailChange(
  deps: AuthDeps,
  userId: string,
  body: { password: string; newEmail: string },
  context: Context,
): Promise<void> {
  const user = await deps.prisma.user.findUniqueOrThrow({ where: { id: userId } });
  await requirePassword(deps, user, body.password, 'password', context, 'auth.email.change.failure');
  const newEmailNormalized = normalizeLogin(body.newEmail);
  if (newEmailNormalized === user.emailNormalized) throw fieldError('newEmail', 'same_as_current');

  if (!(await mayIssueCode(deps, userId, 'EMAIL_CHANGE'))) throw new AppError('RATE_LIMITED');

  const taken = await deps.prisma.user.findUnique({ where: { emailNormalized: newEmailNormalized } });
  await recordAudit(deps.prisma, context, {
    action: 'auth.email.change.request',
    actorUserId: userId,
    subjectType: 'user',
    subjectId: userId,
    details: { addressTaken: taken !== null },
  });
  if (taken) return;

  const code = newVerificationCode();
  await deps.prisma.verificationCode.create({
    data: {
      userId,
      purpose: 'EMAIL_CHANGE',
      codeHash: hashCode(code, deps.codeKey),
      newEmail: body.newEmail.trim(),
      createdAt: deps.now(),
      expiresAt: new Date(deps.now().getTime() + verificationRules.codeMinutes * 60_000),
    },
  });
  await deps.sendMail({
    to: body.newEmail.trim(),
    template: 'emailChangeVerification',
    locale: user.locale as Locale,
    params: { username: user.username, code, minutesValid: verificationRules.codeMinutes },
  });
}

/** "marko.petrovic@example.rs" -> "ma***@example.rs": enough for the owner, little for a reader. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, Math.min(2, at))}***${email.slice(at)}`;
}

export async function confirmEmailChange(
  deps: AuthDeps,
  session: { userId: string; sessionId: string },
  code: string,
  context: Context,
): Promise<string> {
  const now = deps.now();
  const latest = await deps.prisma.verificationCode.findFirst({
    where: { userId: session.userId, purpose: 'EMAIL_CHANGE', consumedAt: null },
    orderBy: { createdAt: 'desc' },
    include: { user: true },
  });
  const usable =
    latest?.newEmail && latest.expiresAt > now && latest.attempts < verificationRules.maxWrongTries;
  if (!latest || !usable || !sameHash(latest.codeHash, hashCode(code, deps.codeKey))) {
    if (latest && usable) {
      await deps.prisma.verificationCode.update({
        where: { id: latest.id },
        data: { attempts: { increment: 1 } },
      });
    }
    await recordAudit(deps.prisma, context, {
      action: 'auth.email.change.failure',
      actorUserId: session.userId,
      subjectType: 'user',
      subjectId: session.userId,
    });
    throw new AppError('VERIFICATION_FAILED');
  }
  const { user } = latest;
  const newEmail = latest.newEmail!;
  try {
    await deps.prisma.$transaction([
      deps.prisma.verificationCode.update({ where: { id: latest.id }, data: { consumedAt: now } }),
      deps.prisma.user.update({
        where: { id: user.id },
        data: { email: newEmail, emailNormalized: normalizeLogin(newEmail), emailVerifiedAt: now },
      }),
      revokeOthers(deps, user.id, session.sessionId, 'email_changed'),
    ]);
  } catch (error) {
    // Another account took the address after the code was sent.
    if (isUniqueConstraintError(error)) throw new AppError('VERIFICATION_FAILED');
    throw error;
  }
  await deps.sendMail({
    to: user.email,
    template: 'emailChanged',
    locale: user.locale as Locale,
    params: { username: user.username, newEmailMasked: maskEmail(newEmail) },
  });
  await recordAudit(deps.prisma, context, {
    action: 'auth.email.change',
    actorUserId: user.id,
    subjectType: 'user',
    subjectId: user.id,
  });
  return newEmail;
}
