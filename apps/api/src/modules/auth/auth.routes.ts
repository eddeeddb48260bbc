import {
  csrfHeader,
  loginBody,
  passwordResetBody,
  passwordResetConfirmBody,
  passwordResetConfirmResponse,
  passwordResetResponse,
  problemSchema,
  registerBody,
  registerResponse,
  resendBody,
  resendResponse,
  sessionsResponse,
  tokenResponse,
  verifyBody,
  verifyResponse,
} from '@portal/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/app-error.js';
import { accessTokenSeconds } from '../../plugins/auth.js';
import { auditContext } from '../audit/audit.service.js';
import type { AuthDeps } from './auth.deps.js';
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

const tags = ['auth'];
const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 429: problemSchema };
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
    const accessToken = app.jwt.sign({ sub: session.userId, sid: session.sessionId, role: session.role });
    return { accessToken, expiresIn: accessTokenSeconds };
  }

  /** Cookie-authenticated endpoints: SameSite=Strict plus a header no cross-site form can send. */
  function requireCsrfHeader(request: FastifyRequest) {
    if (request.headers[csrfHeader] !== '1') throw new AppError('FORBIDDEN');
  }

  app.post(
    '/register',
    {
      config: perIp(10, '1 hour'),
      schema: {
        tags,
        summary: 'Register an account; a verification code is e-mailed',
        body: registerBody,
        response: { 202: registerResponse, ...problems },
      },
    },
    async (request, reply) => {
      await takingAtLeast(uniformAnswerMs, () => register(deps, request.body, auditContext(request)));
      return reply.code(202).send({ status: 'verification_sent' as const });
    },
  );

  app.post(
    '/verify',
    {
      config: perIp(30, '15 minutes'),
      schema: {
        tags,
        summary: 'Confirm the e-mail address with the 6-digit code',
        body: verifyBody,
        response: { 200: verifyResponse, ...problems },
      },
    },
    async (request) => {
      await verifyEmail(deps, request.body.login, request.body.code, auditContext(request));
      return { status: 'verified' as const };
    },
  );

  app.post(
    '/verify/resend',
    {
      config: perIp(10, '1 hour'),
      schema: {
        tags,
        summary: 'Send a new verification code (after 60 s, at most 5 an hour)',
        body: resendBody,
        response: { 202: resendResponse, ...problems },
      },
    },
    async (request, reply) => {
      await takingAtLeast(uniformAnswerMs, () => resendVerification(deps, request.body.login));
      return reply.code(202).send({ status: 'accepted' as const });
    },
  );

  app.post(
    '/login',
    {
      config: perIp(30, '5 minutes'),
      schema: {
        tags,
        summary: 'Log in with username or e-mail; sets the refresh cookie',
        body: loginBody,
        response: { 200: tokenResponse, ...problems },
      },
    },
    async (request, reply) => {
      const { login: name, password } = request.body;
      const session = await login(deps, name, password, request.cookies[deviceCookie], auditContext(request));
      setDeviceCookie(reply, session.device);
      return issue(reply, session);
    },
  );

  app.post(
    '/refresh',
    {
      config: perIp(60, '1 minute'),
      schema: {
        tags,
        summary: 'A new access token for the refresh cookie, which rotates',
        response: { 200: tokenResponse, ...problems },
      },
    },
    async (request, reply) => {
      requireCsrfHeader(request);
      const token = request.cookies[refreshCookie];
      if (!token) throw new AppError('SESSION_EXPIRED');
      return issue(reply, await refresh(deps, token, auditContext(request)));
    },
  );

  app.post(
    '/logout',
    { schema: { tags, summary: 'End this session', response: { 204: z.null(), ...problems } } },
    async (request, reply) => {
      requireCsrfHeader(request);
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
    },
  );

  app.post(
    '/password-reset',
    {
      config: perIp(5, '1 hour'),
      schema: {
        tags,
        summary: 'E-mail a single-use link to set a new password (30 minutes)',
        body: passwordResetBody,
        response: { 202: passwordResetResponse, ...problems },
      },
    },
    async (request, reply) => {
      await takingAtLeast(uniformAnswerMs, () =>
        requestPasswordReset(deps, request.body.email, auditContext(request)),
      );
      return reply.code(202).send({ status: 'accepted' as const });
    },
  );

  app.post(
    '/password-reset/confirm',
    {
      config: perIp(20, '15 minutes'),
      schema: {
        tags,
        summary: 'Set a new password with the e-mailed link; ends every session',
        body: passwordResetConfirmBody,
        response: { 200: passwordResetConfirmResponse, ...problems },
      },
    },
    async (request, reply) => {
      const { token, password } = request.body;
      const { device } = await confirmPasswordReset(deps, token, password, auditContext(request));
      setDeviceCookie(reply, device);
      return { status: 'password_changed' as const };
    },
  );

  app.get(
    '/sessions',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'The open sessions of the logged-in user',
        response: { 200: sessionsResponse, ...problems },
      },
    },
    async (request) => ({ items: await listSessions(deps, request.user.sub, request.user.sid) }),
  );

  app.delete(
    '/sessions/others',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'Log out everywhere else',
        response: { 200: z.object({ revoked: z.number().int() }), ...problems },
      },
    },
    async (request) => ({
      revoked: await revokeOtherSessions(deps, request.user.sub, request.user.sid, auditContext(request)),
    }),
  );

  app.delete(
    '/sessions/:id',
    {
      onRequest: app.authenticate,
      schema: {
        tags,
        summary: 'End one of your sessions',
        params: z.object({ id: z.uuid() }),
        response: { 204: z.null(), 404: problemSchema, ...problems },
      },
    },
    async (request, reply) => {
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
    },
  );
};
