// TOTP on one's own account: enrol (a secret shown as QR, not active yet), confirm with a code (now it
// is active, and the recovery codes are issued once), turn off; and the one check of a second-factor
// code that the login's second step and turning TOTP off share.
import { randomBytes } from 'node:crypto';
import type { Locale, TotpEnrolment } from '@portal/contract';
import {
  acceptTotp,
  isTotpCodeFormat,
  newRecoveryCodes,
  newTotpSecret,
  normalizeRecoveryCode,
  totpUri,
} from '@portal/domain';
import QRCode from 'qrcode';
import { AppError } from '../../lib/app-error.js';
import { recordAudit, type auditContext } from '../audit/audit.service.js';
import type { AuthDeps } from './auth.deps.js';
import type { MfaMailTemplate } from './mfa.mail.js';
import { clearLoginFailures, recordLoginFailure, throttleWaitMs } from './login-throttle.js';
import { verifyPassword } from './passwords.js';
import { hashToken } from './secret-tokens.js';
import { openTotpSecret, sealTotpSecret } from './totp-secrets.js';

type Context = ReturnType<typeof auditContext>;

/**
 * Wrong second-factor codes are slowed down like wrong passwords (the same table and delays), under a
 * key of their own per account: whoever is typing codes already knows the password.
 */
export function mfaThrottleKey(userId: string): string {
  return `mfa:${userId}`;
}

/** Throws LOGIN_THROTTLED while the account's code failures ask for a wait. */
export async function assertNotThrottled(deps: AuthDeps, userId: string): Promise<void> {
  const wait = await throttleWaitMs(deps.prisma, mfaThrottleKey(userId), deps.now());
  if (wait > 0)
    throw new AppError('LOGIN_THROTTLED', { headers: { 'retry-after': String(Math.ceil(wait / 1000)) } });
}

export function recordCodeFailure(deps: AuthDeps, userId: string): Promise<void> {
  return recordLoginFailure(deps.prisma, mfaThrottleKey(userId), deps.now());
}

export function clearCodeFailures(deps: AuthDeps, userId: string): Promise<void> {
  return clearLoginFailures(deps.prisma, [mfaThrottleKey(userId)]);
}

/** Whether the account has TOTP on (confirmed), for the login's decision. */
export async function totpActive(deps: AuthDeps, userId: string): Promise<boolean> {
  const row = await deps.prisma.userTotp.findUnique({ where: { userId }, select: { confirmedAt: true } });
  return !!row?.confirmedAt;
}

export async function mfaStatus(deps: AuthDeps, userId: string) {
  const [totp, recoveryCodesLeft] = await Promise.all([
    totpActive(deps, userId),
    deps.prisma.mfaRecoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { totp, recoveryCodesLeft: totp ? recoveryCodesLeft : 0 };
}

/**
 * Uses a second-factor code of the account: a TOTP code newer than the last one accepted, or an unused
 * recovery code. Each is taken by one conditional UPDATE, so two requests racing with the same code
 * cannot both pass. Null when the code does not fit (throttling is the caller's).
 */
export async function useSecondFactor(
  deps: AuthDeps,
  userId: string,
  input: string,
): Promise<'totp' | 'recovery' | null> {
  const now = deps.now();
  if (isTotpCodeFormat(input)) {
    const row = await deps.prisma.userTotp.findUnique({ where: { userId } });
    if (!row?.confirmedAt) return null;
    const secret = openTotpSecret(deps.totpKey, userId, row.secretEncrypted);
    if (!secret) return null;
    const step = acceptTotp(secret, input, now, row.lastUsedStep);
    if (step === null) return null;
    const taken = await deps.prisma.userTotp.updateMany({
      where: {
        userId,
        confirmedAt: { not: null },
        OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }],
      },
      data: { lastUsedStep: step },
    });
    return taken.count === 1 ? 'totp' : null;
  }
  const code = normalizeRecoveryCode(input);
  if (!code || !(await totpActive(deps, userId))) return null;
  const taken = await deps.prisma.mfaRecoveryCode.updateMany({
    where: { userId, codeHash: hashToken(code), usedAt: null },
    data: { usedAt: now },
  });
  return taken.count === 1 ? 'recovery' : null;
}

/** Starts (or starts again) an enrolment: a new secret, not active until confirmed. */
export async function enrolTotp(deps: AuthDeps, userId: string, context: Context): Promise<TotpEnrolment> {
  const user = await deps.prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { username: true, totp: { select: { confirmedAt: true } } },
  });
  if (user.totp?.confirmedAt) throw new AppError('MFA_ALREADY_ENABLED');
  const secret = newTotpSecret();
  const secretEncrypted = sealTotpSecret(deps.totpKey, userId, secret);
  const now = deps.now();
  // Only an unconfirmed row is replaced: a parallel confirmation is never overwritten.
  const replaced = await deps.prisma.userTotp.updateMany({
    where: { userId, confirmedAt: null },
    data: { secretEncrypted, createdAt: now, lastUsedStep: null },
  });
  if (replaced.count === 0) {
    await deps.prisma.userTotp.create({ data: { userId, secretEncrypted, createdAt: now } }).catch(() => {
      throw new AppError('MFA_ALREADY_ENABLED');
    });
  }
  await recordAudit(deps.prisma, context, {
    action: 'auth.mfa.totp.enrol',
    actorUserId: userId,
    subjectType: 'user',
    subjectId: userId,
  });
  const uri = totpUri(secret, user.username);
  return { secret, uri, qrDataUrl: await QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2 }) };
}

/** Confirms an enrolment with a code from the app: TOTP is on, and these recovery codes are its. */
export async function confirmTotp(
  deps: AuthDeps,
  userId: string,
  code: string,
  context: Context,
): Promise<string[]> {
  const row = await deps.prisma.userTotp.findUnique({ where: { userId } });
  if (!row || row.confirmedAt) throw new AppError('MFA_ENROLMENT_NOT_STARTED');
  const secret = openTotpSecret(deps.totpKey, userId, row.secretEncrypted);
  const step = secret ? acceptTotp(secret, code, deps.now(), null) : null;
  if (step === null) throw new AppError('MFA_CODE_INVALID');
  const codes = newRecoveryCodes((size) => randomBytes(size));
  await deps.prisma.$transaction(async (tx) => {
    const confirmed = await tx.userTotp.updateMany({
      where: { userId, confirmedAt: null, secretEncrypted: row.secretEncrypted },
      data: { confirmedAt: deps.now(), lastUsedStep: step },
    });
    if (confirmed.count === 0) throw new AppError('MFA_ENROLMENT_NOT_STARTED');
    await tx.mfaRecoveryCode.deleteMany({ where: { userId } });
    await tx.mfaRecoveryCode.createMany({
      data: codes.map((c) => ({ userId, codeHash: hashToken(normalizeRecoveryCode(c)!) })),
    });
  });
  await recordAudit(deps.prisma, context, {
    action: 'auth.mfa.totp.enable',
    actorUserId: userId,
    subjectType: 'user',
    subjectId: userId,
  });
  await tellOwner(deps, userId, 'twoFactorEnabled');
  return codes;
}

/**
 * Turns TOTP off, proven by a current code (TOTP or recovery, throttled like the login's) or by the
 * password. The recovery codes and any login waiting for a code end with it.
 */
export async function disableTotp(
  deps: AuthDeps,
  userId: string,
  proof: { code?: string | undefined; password?: string | undefined },
  context: Context,
): Promise<void> {
  if (!(await totpActive(deps, userId))) throw new AppError('MFA_NOT_ENABLED');
  const audit = { actorUserId: userId, subjectType: 'user', subjectId: userId } as const;
  if (proof.password !== undefined) {
    const user = await deps.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    if (!(await verifyPassword(user.passwordHash, proof.password))) {
      await recordAudit(deps.prisma, context, { ...audit, action: 'auth.mfa.totp.disable.failure' });
      throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'password', code: 'wrong_password' }] });
    }
  } else {
    await assertNotThrottled(deps, userId);
    if (!(await useSecondFactor(deps, userId, proof.code ?? ''))) {
      await recordCodeFailure(deps, userId);
      await recordAudit(deps.prisma, context, { ...audit, action: 'auth.mfa.totp.disable.failure' });
      throw new AppError('MFA_CODE_INVALID');
    }
    await clearCodeFailures(deps, userId);
  }
  await deps.prisma.$transaction([
    deps.prisma.userTotp.deleteMany({ where: { userId } }),
    deps.prisma.mfaRecoveryCode.deleteMany({ where: { userId } }),
    deps.prisma.mfaChallenge.deleteMany({ where: { userId } }),
  ]);
  await recordAudit(deps.prisma, context, { ...audit, action: 'auth.mfa.totp.disable' });
  await tellOwner(deps, userId, 'twoFactorDisabled');
}

/** The owner hears of every change of their second factor (mfa.mail.ts says why). */
async function tellOwner(deps: AuthDeps, userId: string, template: MfaMailTemplate): Promise<void> {
  const user = await deps.prisma.user.findUniqueOrThrow({ where: { id: userId } });
  await deps.sendMail({
    to: user.email,
    template,
    locale: user.locale as Locale,
    params: { username: user.username, when: deps.now() },
  });
}
