import { mfaRoutes, authRoutes as routes } from '@portal/contract';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/app-error.js';
import { registerRoute } from '../../lib/route.js';
import { isStaffRole } from '@portal/domain';
import { accessTokenSeconds, staffAccessTokenSeconds } from '../../plugins/auth.js';
import { auditContext } from '../audit/audit.service.js';
import type { AuthDeps } from './auth.deps.js';
import { completeSecondFactor } from './mfa-login.service.js';
import { confirmPasswordReset, requestPasswordReset } from './password-reset.service.js';
import { register, resendVerification, verifyEmail } from './registration.service.js';
import { hashToken } from './secret-tokens.js';
import { takingAtLeast, uniformAnswerMs } from './uniform-timing.js';
import {
  listSessions,
  login,
  refresh,
  revokeOtherSessions,
  revokeSession,
  type IssuedSession,
  type LoggedIn,
} from './session.service.js';

export const refreshCookie = 'portal_refresh';
export const deviceCookie = 'portal_device';
const cookiePath = '/api/auth';

// Tighter than the global limit: guessing passwords or codes from one address stays impractical.
const perIp = (max: number, timeWindow: string) => ({ rateLimit: { max, timeWindow } });

export const authRoutes: FastifyPluginAsyncZod<{ deps: AuthDeps }> = async (app, { deps }) => {
  /** Marks this browser as a known device of the account (see device-cookie.ts). */
  function setDeviceCookie(reply: FastifyReply, device: LoggedIn['device']) {
    reply.setCookie(deviceCookie, device.value, {
      httpOnly: true,
      secure: true,
      sameSite: 'strict',
      path: cookiePath,
      expires: device.expiresAt,
    });
  }

  function issue(reply: FastifyReply, session: IssuedSession) {
    reply.setCookie(refreshCookie, session.refreshToken, {
      httpOnly: true,
      secure: true,
      sameSite: 'strict',
      path: cookiePath,
      expires: session.expiresAt,
    });
    const expiresIn = isStaffRole(session.role) ? staffAccessTokenSeconds : accessTokenSeconds;
    const accessToken = app.jwt.sign(
      {
        sub: session.userId,
        sid: session.sessionId,
        role: session.role,
        ...(session.enrolmentOnly ? { enrol: true as const } : {}),
      },
      { expiresIn },
    );
    return { accessToken, expiresIn };
  }

  // Asked as the user types (the forms wait for a pause): a few a second at most from one address.
  registerRoute(app, routes.passwordCheck, perIp(120, '1 minute'), async (request) => ({
    common: deps.isCommonPassword(request.body.password),
  }));

  registerRoute(app, routes.register, perIp(10, '1 hour'), async (request, reply) => {
    await takingAtLeast(uniformAnswerMs, () => register(deps, request.body, auditContext(request)));
    return reply.code(202).send({ status: 'verification_sent' as const });
  });

  registerRoute(app, routes.verify, perIp(30, '15 minutes'), async (request) => {
    await verifyEmail(deps, request.body.login, request.body.code, auditContext(request));
    return { status: 'verified' as const };
  });

  registerRoute(app, routes.resend, perIp(10, '1 hour'), async (request, reply) => {
    await takingAtLeast(uniformAnswerMs, () => resendVerification(deps, request.body.login));
    return reply.code(202).send({ status: 'accepted' as const });
  });

  registerRoute(app, routes.login, perIp(30, '5 minutes'), async (request, reply) => {
    const { login: name, password } = request.body;
    const session = await login(deps, name, password, request.cookies[deviceCookie], auditContext(request));
    // A second factor is asked for: no tokens, no cookies until it is given.
    if ('mfaRequired' in session) return session;
    setDeviceCookie(reply, session.device);
    return issue(reply, session);
  });

  // The login's second step: limited per address like the password step.
  registerRoute(app, mfaRoutes.loginMfa, perIp(30, '5 minutes'), async (request, reply) => {
    const { mfaToken, code } = request.body;
    const session = await completeSecondFactor(deps, mfaToken, code, auditContext(request));
    setDeviceCookie(reply, session.device);
    return issue(reply, session);
  });

  registerRoute(app, routes.refresh, perIp(60, '1 minute'), async (request, reply) => {
    const token = request.cookies[refreshCookie];
    if (!token) throw new AppError('SESSION_EXPIRED');
    return issue(reply, await refresh(deps, token, auditContext(request)));
  });

  registerRoute(app, routes.logout, {}, async (request, reply) => {
    const token = request.cookies[refreshCookie];
    if (token) {
      const session = await deps.prisma.refreshToken.findUnique({
        where: { tokenHash: hashToken(token) },
        select: { session: { select: { id: true, userId: true } } },
      });
      if (session)
        await revokeSession(
          deps,
          session.session.userId,
          session.session.id,
          'logout',
          auditContext(request),
        );
    }
    reply.clearCookie(refreshCookie, { path: cookiePath });
    return reply.code(204).send(null);
  });

  registerRoute(app, routes.requestPasswordReset, perIp(5, '1 hour'), async (request, reply) => {
    await takingAtLeast(uniformAnswerMs, () =>
      requestPasswordReset(deps, request.body.email, auditContext(request)),
    );
    return reply.code(202).send({ status: 'accepted' as const });
  });

  registerRoute(app, routes.confirmPasswordReset, perIp(20, '15 minutes'), async (request, reply) => {
    const { token, password } = request.body;
    const { device } = await confirmPasswordReset(deps, token, password, auditContext(request));
    setDeviceCookie(reply, device);
    return { status: 'password_changed' as const };
  });

  registerRoute(app, routes.sessions, {}, async (request) => ({
    items: await listSessions(deps, request.user.sub, request.user.sid),
  }));

  registerRoute(app, routes.endOtherSessions, {}, async (request) => ({
    revoked: await revokeOtherSessions(deps, request.user.sub, request.user.sid, auditContext(request)),
  }));

  registerRoute(app, routes.endSession, {}, async (request, reply) => {
    // Another user's session id answers like an unknown one.
    if (
      !(await revokeSession(
        deps,
        request.user.sub,
        request.params.id,
        'revoked_by_user',
        auditContext(request),
      ))
    )
      throw new AppError('NOT_FOUND');
    return reply.code(204).send(null);
  });
};
