// Login (with its slowdown after failures, and the hand-over to a second factor), refresh-token rotation with reuse detection, logout, and the list of a user's sessions.
import type { SessionInfo } from '@portal/contract';
import { isStaffRole, secondFactorFor, type AccountRole } from '@portal/domain';
import { AppError } from '../../lib/app-error.js';
import { recordAudit, type auditContext } from '../audit/audit.service.js';
import { sessionRules, whereLogin, type AuthDeps } from './auth.deps.js';
import { issueDeviceToken, readDeviceToken } from './device-cookie.js';
import {
  clearLoginFailures,
  deviceThrottleKey,
  nameThrottleKey,
  recordLoginFailure,
  throttleWaitMs,
} from './login-throttle.js';
import { startSecondFactor } from './mfa-challenge.js';
import { verifyPassword } from './passwords.js';
import { hashToken, newSecretToken, successorToken } from './secret-tokens.js';

type Context = ReturnType<typeof auditContext>;

export interface IssuedSession {
  userId: string;
  sessionId: string;
  role: AccountRole;
  /** staff without a confirmed TOTP: the session may only enrol it (modules/access/audience.ts) */
  enrolmentOnly: boolean;
  refreshToken: string;
  expiresAt: Date;
}

export interface LoggedIn extends IssuedSession {
  /** the new device cookie of the browser that logged in */
  device: { value: string; expiresAt: Date };
}

/** What a correct password leads to when the account has a second factor: its login's second step. */
export interface SecondFactorNeeded {
  mfaRequired: true;
  mfaToken: string;
}

/**
 * Logs in. Failures slow down further tries (OWASP's device-cookie scheme): a browser with a valid
 * device cookie of this account is counted on its own, every other one under the login name, so a
 * stranger's guesses slow strangers down but never lock the owner's known devices out. An account
 * that needs a second factor (secondFactorFor) gets no session yet, only the token of the second step.
 */
export async function login(
  deps: AuthDeps,
  login: string,
  password: string,
  deviceCookieValue: string | undefined,
  context: Context,
): Promise<LoggedIn | SecondFactorNeeded> {
  const now = deps.now();
  const user = await deps.prisma.user.findFirst({
    where: whereLogin(login),
    include: { totp: { select: { confirmedAt: true } } },
  });
  const device = readDeviceToken(deps.deviceKey, deviceCookieValue, now);
  const knownDevice = device && user && device.userId === user.id ? device : null;
  const throttleKey = knownDevice ? deviceThrottleKey(knownDevice) : nameThrottleKey(deps.loginKey, login);
  const audit = { subjectType: 'user', subjectId: user?.id, details: { knownDevice: !!knownDevice } };

  const wait = await throttleWaitMs(deps.prisma, throttleKey, now);
  if (wait > 0) {
    await recordAudit(deps.prisma, context, { ...audit, action: 'auth.login.throttled' });
    throw new AppError('LOGIN_THROTTLED', { headers: { 'retry-after': String(Math.ceil(wait / 1000)) } });
  }
  if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) {
    await recordLoginFailure(deps.prisma, throttleKey, now);
    await recordAudit(deps.prisma, context, { ...audit, action: 'auth.login.failure' });
    throw new AppError('INVALID_CREDENTIALS');
  }
  // Told only to whoever knows the password: a stranger cannot learn that an account was disabled.
  if (user.disabledAt) {
    await recordAudit(deps.prisma, context, { ...audit, action: 'auth.login.disabled' });
    throw new AppError('ACCOUNT_DISABLED');
  }
  if (!user.emailVerifiedAt) throw new AppError('EMAIL_NOT_VERIFIED');

  const secondFactor = secondFactorFor({ role: user.role, totpActive: !!user.totp?.confirmedAt });
  if (secondFactor === 'totp') {
    // The password is proven: its failures are lifted as for a login (codes are counted apart).
    await clearLoginFailures(deps.prisma, [throttleKey]);
    const mfaToken = await startSecondFactor(deps, user.id, !!knownDevice, context);
    return { mfaRequired: true, mfaToken };
  }
  return openSession(deps, user, context, {
    knownDevice: !!knownDevice,
    clearThrottleKeys: [throttleKey],
    enrolmentOnly: secondFactor === 'enrol',
  });
}

/** When a session opened now ends at the latest: staff sessions are a working day, others 30 days. */
function sessionEnd(role: AccountRole, now: Date): Date {
  const ms = isStaffRole(role) ? sessionRules.staff.hours * 3_600_000 : sessionRules.days * 86_400_000;
  return new Date(now.getTime() + ms);
}

/**
 * Opens a session for a user who has proven who they are (password, and the second factor when the
 * account has one): the refresh token, the audit event and a new device cookie.
 */
export async function openSession(
  deps: AuthDeps,
  user: { id: string; role: AccountRole },
  context: Context,
  how: {
    knownDevice: boolean;
    clearThrottleKeys: string[];
    secondFactor?: 'totp' | 'recovery';
    enrolmentOnly?: boolean;
  },
): Promise<LoggedIn> {
  const now = deps.now();
  const refreshToken = newSecretToken();
  const expiresAt = sessionEnd(user.role, now);
  const enrolmentOnly = how.enrolmentOnly ?? false;
  const session = await deps.prisma.$transaction(async (tx) => {
    // The name's count is lifted only by a login from an unknown device: the owner logging in from a
    // known one says nothing about the strangers guessing meanwhile.
    await clearLoginFailures(tx, how.clearThrottleKeys);
    const created = await tx.session.create({
      data: {
        userId: user.id,
        userAgent: context.userAgent,
        ip: context.ip,
        expiresAt,
        createdAt: now,
        lastUsedAt: now,
      },
    });
    await tx.refreshToken.create({
      data: { sessionId: created.id, tokenHash: hashToken(refreshToken), createdAt: now },
    });
    return created;
  });
  await recordAudit(deps.prisma, context, {
    action: 'auth.login.success',
    actorUserId: user.id,
    subjectType: 'session',
    subjectId: session.id,
    details: {
      knownDevice: how.knownDevice,
      ...(how.secondFactor ? { secondFactor: how.secondFactor } : {}),
      ...(enrolmentOnly ? { enrolmentOnly } : {}),
    },
  });
  return {
    userId: user.id,
    sessionId: session.id,
    role: user.role,
    enrolmentOnly,
    refreshToken,
    expiresAt,
    device: issueDeviceToken(deps.deviceKey, user.id, now),
  };
}

/**
 * Trades a refresh token for its successor. A token already traded means it was stolen: the whole
 * session is revoked, unless it was traded only seconds ago (two tabs refreshing at once), when it
 * gets the same successor as the first request did.
 */
export async function refresh(
  deps: AuthDeps,
  refreshToken: string,
  context: Context,
): Promise<IssuedSession> {
  const now = deps.now();
  const stored = await deps.prisma.refreshToken.findUnique({
    where: { tokenHash: hashToken(refreshToken) },
    include: {
      session: {
        include: {
          user: { select: { role: true, disabledAt: true, totp: { select: { confirmedAt: true } } } },
        },
      },
    },
  });
  if (!stored) throw new AppError('SESSION_EXPIRED');
  const { session } = stored;
  // Disabling ends the account's sessions; this holds even for one opened in the same instant.
  if (session.revokedAt || session.expiresAt <= now || session.user.disabledAt)
    throw new AppError('SESSION_EXPIRED');
  const { role } = session.user;
  if (
    isStaffRole(role) &&
    now.getTime() - session.lastUsedAt.getTime() > sessionRules.staff.idleMinutes * 60_000
  ) {
    await endSession(deps, session, 'idle', 'auth.refresh.idle', context);
    throw new AppError('SESSION_EXPIRED');
  }
  const next = successorToken(refreshToken, deps.refreshKey);
  // Claim and successor commit together: a parallel request waits on the claimed row and then finds
  // the successor already stored.
  const rotated = await deps.prisma.$transaction(async (tx) => {
    const claimed = await tx.refreshToken.updateMany({
      where: { id: stored.id, usedAt: null },
      data: { usedAt: now },
    });
    if (claimed.count === 0) return false;
    await tx.refreshToken.create({
      data: { sessionId: session.id, tokenHash: hashToken(next), createdAt: now },
    });
    await tx.session.update({ where: { id: session.id }, data: { lastUsedAt: now } });
    return true;
  });
  if (!rotated) {
    // Read again: the row read above may be older than the parallel request's claim.
    const { usedAt } = await deps.prisma.refreshToken.findUniqueOrThrow({
      where: { id: stored.id },
      select: { usedAt: true },
    });
    const graceMs = sessionRules.refreshGraceSeconds * 1000;
    if (!usedAt || now.getTime() - usedAt.getTime() > graceMs) {
      await endSession(deps, session, 'refresh_token_reuse', 'auth.refresh.reuse', context);
      throw new AppError('SESSION_EXPIRED');
    }
  }
  return {
    userId: session.userId,
    sessionId: session.id,
    role,
    // Read again at every refresh: a staff member who has just confirmed TOTP gets the full session
    // with the next refresh, one who turned it off is back to enrolment.
    enrolmentOnly: secondFactorFor({ role, totpActive: !!session.user.totp?.confirmedAt }) === 'enrol',
    refreshToken: next,
    expiresAt: session.expiresAt,
  };
}

/** Ends a session the refresh found unsafe to go on with, and records why. */
async function endSession(
  deps: AuthDeps,
  session: { id: string; userId: string },
  reason: string,
  action: 'auth.refresh.reuse' | 'auth.refresh.idle',
  context: Context,
): Promise<void> {
  await deps.prisma.session.update({
    where: { id: session.id },
    data: { revokedAt: deps.now(), revokedReason: reason },
  });
  await recordAudit(deps.prisma, context, {
    action,
    actorUserId: session.userId,
    subjectType: 'session',
    subjectId: session.id,
  });
}

export async function revokeSession(
  deps: AuthDeps,
  userId: string,
  sessionId: string,
  reason: string,
  context: Context,
): Promise<boolean> {
  const result = await deps.prisma.session.updateMany({
    where: { id: sessionId, userId, revokedAt: null },
    data: { revokedAt: deps.now(), revokedReason: reason },
  });
  if (result.count > 0) {
    await recordAudit(deps.prisma, context, {
      action: reason === 'logout' ? 'auth.logout' : 'auth.sessions.revoke',
      actorUserId: userId,
      subjectType: 'session',
      subjectId: sessionId,
    });
  }
  return result.count > 0;
}

/**
 * Ends the user's open sessions but `keep`, if given. A revoked session's refresh tokens are refused
 * (refresh) and its access tokens too (plugins/auth.ts), so this is all it takes to end one.
 */
export async function endSessionsOf(
  prisma: Pick<AuthDeps['prisma'], 'session'>,
  now: Date,
  userId: string,
  reason: string,
  keep?: string,
): Promise<number> {
  const result = await prisma.session.updateMany({
    where: { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { revokedAt: now, revokedReason: reason },
  });
  return result.count;
}

/** Logs out every session of the user but `keep` ("log out everywhere else"). */
export async function revokeOtherSessions(
  deps: AuthDeps,
  userId: string,
  keep: string,
  context: Context,
): Promise<number> {
  const count = await endSessionsOf(deps.prisma, deps.now(), userId, 'logged_out_elsewhere', keep);
  await recordAudit(deps.prisma, context, {
    action: 'auth.sessions.revoke',
    actorUserId: userId,
    details: { count },
  });
  return count;
}

export async function listSessions(deps: AuthDeps, userId: string, current: string): Promise<SessionInfo[]> {
  const sessions = await deps.prisma.session.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: deps.now() } },
    orderBy: { lastUsedAt: 'desc' },
  });
  return sessions.map((s) => ({
    id: s.id,
    createdAt: s.createdAt.toISOString(),
    lastUsedAt: s.lastUsedAt.toISOString(),
    userAgent: s.userAgent,
    ip: s.ip,
    current: s.id === current,
  }));
}
