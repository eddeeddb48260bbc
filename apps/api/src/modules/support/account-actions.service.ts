// A portal account as support sees it, and a supervisor's actions on it. Each action needs a reason and
// writes an audit event with it (actor: the supervisor, subject: the account); each goes through the
// accounts and contracts modules' own code (a new verification code, the login throttle, ending
// sessions, removing a contract's links), so that a supervisor's step is the same step as the owner's.
import type { SupportReason, SupportUserSummary } from '@portal/contract';
import type { Prisma } from '@portal/db';
import { maskEmail } from '@portal/domain';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../access/actor.js';
import { recordAudit, type AuditAction, type auditContext } from '../audit/audit.service.js';
import type { AuthDeps } from '../auth/auth.deps.js';
import { clearLoginFailures, nameThrottleKey, throttleWaitMs } from '../auth/login-throttle.js';
import { mfaThrottleKey } from '../auth/mfa.service.js';
import { issueVerificationCode } from '../auth/registration.service.js';
import { endSessionsOf } from '../auth/session.service.js';
import { removeContractLinks } from '../contracts/contracts.service.js';

type Context = ReturnType<typeof auditContext>;

/** What the actions need: the accounts module's dependencies (mail, keys, clock, database). */
export type AccountActionDeps = AuthDeps;

const accountSelect = {
  id: true,
  username: true,
  email: true,
  locale: true,
  role: true,
  createdAt: true,
  emailVerifiedAt: true,
  disabledAt: true,
  disabledReason: true,
} satisfies Prisma.UserSelect;

async function accountOf(deps: AccountActionDeps, userId: string) {
  const user = await deps.prisma.user.findUnique({ where: { id: userId }, select: accountSelect });
  if (!user) throw new AppError('NOT_FOUND');
  return user;
}

/**
 * The keys a login of this account is slowed down under: its username and its e-mail as typed by an
 * unknown device, and its second step's codes. A known device's own count (device cookie) is not
 * stored against the account and only ever slows down that device, so it is not among them.
 */
function throttleKeysOf(deps: AccountActionDeps, user: { id: string; username: string; email: string }) {
  return [
    nameThrottleKey(deps.loginKey, user.username),
    nameThrottleKey(deps.loginKey, user.email),
    mfaThrottleKey(user.id),
  ];
}

async function recordAction(
  deps: AccountActionDeps,
  context: Context,
  actor: Actor,
  action: AuditAction,
  userId: string,
  reason: SupportReason,
  details: Record<string, string | number | boolean> = {},
): Promise<void> {
  await recordAudit(deps.prisma, context, {
    action,
    actorUserId: actor.userId,
    subjectType: 'user',
    subjectId: userId,
    details: { reason: { category: reason.category, text: reason.text }, ...details },
  });
}

/** The account's summary for support; the read itself is audited. */
export async function supportUserSummary(
  deps: AccountActionDeps,
  actor: Actor,
  userId: string,
  context: Context,
): Promise<SupportUserSummary> {
  const user = await accountOf(deps, userId);
  const now = deps.now();
  const [totp, openSessions, links, waits] = await Promise.all([
    deps.prisma.userTotp.findUnique({ where: { userId }, select: { confirmedAt: true } }),
    deps.prisma.session.count({ where: { userId, revokedAt: null, expiresAt: { gt: now } } }),
    deps.prisma.userMeteringPoint.findMany({
      where: { userId },
      select: {
        meteringPoint: { select: { billingAccount: { select: { id: true, number: true, regionId: true } } } },
      },
    }),
    Promise.all(throttleKeysOf(deps, user).map((key) => throttleWaitMs(deps.prisma, key, now))),
  ]);
  const contracts = new Map<string, SupportUserSummary['contracts'][number]>();
  for (const { meteringPoint } of links) {
    const account = meteringPoint.billingAccount;
    const contract = contracts.get(account.id) ?? {
      billingAccountId: account.id,
      billingNumber: account.number,
      region: account.regionId,
      meteringPoints: 0,
    };
    contract.meteringPoints++;
    contracts.set(account.id, contract);
  }
  await recordAudit(deps.prisma, context, {
    action: 'support.user.read',
    actorUserId: actor.userId,
    subjectType: 'user',
    subjectId: userId,
  });
  return {
    id: user.id,
    username: user.username,
    email: maskEmail(user.email),
    role: user.role === 'CUSTOMER' ? 'customer' : user.role === 'SUPPORT' ? 'support' : 'supervisor',
    createdAt: user.createdAt.toISOString(),
    verified: !!user.emailVerifiedAt,
    disabled: user.disabledAt ? { at: user.disabledAt.toISOString(), reason: user.disabledReason } : null,
    totp: !!totp?.confirmedAt,
    throttled: waits.some((wait) => wait > 0),
    openSessions,
    contracts: [...contracts.values()].sort((a, b) => a.billingNumber.localeCompare(b.billingNumber)),
  };
}

/** A new verification code by e-mail, as registration sends it; only while the address is unverified. */
export async function resendVerificationMail(
  deps: AccountActionDeps,
  actor: Actor,
  userId: string,
  reason: SupportReason,
  context: Context,
): Promise<void> {
  const user = await accountOf(deps, userId);
  if (user.emailVerifiedAt) throw new AppError('EMAIL_ALREADY_VERIFIED');
  // The owner's limit of codes an hour guards against strangers; a supervisor's request is audited.
  await issueVerificationCode(deps, user);
  await recordAction(deps, context, actor, 'support.user.verification_mail', userId, reason);
}

/** Forgets the failed logins that slow the account's logins down; answers how many keys were held. */
export async function liftLoginThrottle(
  deps: AccountActionDeps,
  actor: Actor,
  userId: string,
  reason: SupportReason,
  context: Context,
): Promise<number> {
  const user = await accountOf(deps, userId);
  const keys = throttleKeysOf(deps, user);
  const lifted = await deps.prisma.loginThrottle.count({ where: { key: { in: keys } } });
  await clearLoginFailures(deps.prisma, keys);
  await recordAction(deps, context, actor, 'support.user.throttle.lift', userId, reason, { lifted });
  return lifted;
}

/** Ends every open session of the account (their refresh and access tokens stop working at once). */
export async function revokeAllSessions(
  deps: AccountActionDeps,
  actor: Actor,
  userId: string,
  reason: SupportReason,
  context: Context,
): Promise<number> {
  await accountOf(deps, userId);
  const revoked = await endSessionsOf(deps.prisma, deps.now(), userId, 'revoked_by_support');
  await recordAction(deps, context, actor, 'support.user.sessions.revoke', userId, reason, { revoked });
  return revoked;
}

/** Disables the account: no login until enabled again, and its sessions end now. Not one's own. */
export async function disableAccount(
  deps: AccountActionDeps,
  actor: Actor,
  userId: string,
  reason: SupportReason,
  context: Context,
): Promise<void> {
  await accountOf(deps, userId);
  // Another supervisor has to: so that the last one cannot lock the back office out by mistake.
  if (userId === actor.userId) throw new AppError('OWN_ACCOUNT_NOT_ALLOWED');
  const revoked = await deps.prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: { disabledAt: deps.now(), disabledReason: reason.text },
    });
    return endSessionsOf(tx, deps.now(), userId, 'account_disabled');
  });
  await recordAction(deps, context, actor, 'support.user.disable', userId, reason, { revoked });
}

export async function enableAccount(
  deps: AccountActionDeps,
  actor: Actor,
  userId: string,
  reason: SupportReason,
  context: Context,
): Promise<void> {
  await accountOf(deps, userId);
  await deps.prisma.user.update({
    where: { id: userId },
    data: { disabledAt: null, disabledReason: null },
  });
  await recordAction(deps, context, actor, 'support.user.enable', userId, reason);
}

/** Removes the account's links to the contract's metering points, as the owner's unlink does. */
export async function unlinkContractOf(
  deps: AccountActionDeps,
  actor: Actor,
  userId: string,
  billingAccountId: string,
  reason: SupportReason,
  context: Context,
): Promise<number> {
  const user = await accountOf(deps, userId);
  const unlinked = await removeContractLinks(
    deps.prisma,
    { userId: user.id, role: user.role },
    billingAccountId,
  );
  await recordAction(deps, context, actor, 'support.user.contract.unlink', userId, reason, {
    billingAccountId,
    unlinked,
  });
  return unlinked;
}
