import {
  changeEmailBody,
  changeEmailResponse,
  changePasswordBody,
  changePasswordResponse,
  confirmEmailChangeBody,
  confirmEmailChangeResponse,
  meResponse,
  problemSchema,
  updateMeBody,
} from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditContext } from '../audit/audit.service.js';
import {
  changePassword,
  confirmEmailChange,
  requestEmailChange,
  toMe,
  updateProfile,
} from './account.service.js';
import type { AuthDeps } from './auth.deps.js';

const tags = ['account'];
const problems = { 400: problemSchema, 401: problemSchema, 429: problemSchema };
// Each of these checks the current password: limited like logins, per address.
const perIp = { rateLimit: { max: 10, timeWindow: '15 minutes' } };

/** The logged-in user's own account, mounted under /api/auth. */
export const accountRoutes: FastifyPluginAsyncZod<{ deps: AuthDeps }> = async (app, { deps }) => {
  app.addHook('onRequest', app.authenticate);
  const session = (request: { user: { sub: string; sid: string } }) => ({
    userId: request.user.sub,
    sessionId: request.user.sid,
  });

  app.get(
    '/me',
    { schema: { tags, summary: 'The logged-in user', response: { 200: meResponse, ...problems } } },
    async (request) => toMe(await deps.prisma.user.findUniqueOrThrow({ where: { id: request.user.sub } })),
  );

  app.patch(
    '/me',
    {
      schema: {
        tags,
        summary: 'Change the profile (the language of e-mails and pages)',
        body: updateMeBody,
        response: { 200: meResponse, ...problems },
      },
    },
    async (request) => updateProfile(deps, request.user.sub, request.body, auditContext(request)),
  );

  app.post(
    '/password',
    {
      config: perIp,
      schema: {
        tags,
        summary: 'Change the password; ends every other session',
        body: changePasswordBody,
        response: { 200: changePasswordResponse, ...problems },
      },
    },
    async (request) => {
      await changePassword(deps, session(request), request.body, auditContext(request));
      return { status: 'password_changed' as const };
    },
  );

  app.post(
    '/email',
    {
      config: perIp,
      schema: {
        tags,
        summary: 'Start changing the e-mail address: a code is sent to the new one',
        body: changeEmailBody,
        response: { 202: changeEmailResponse, ...problems },
      },
    },
    async (request, reply) => {
      await requestEmailChange(deps, request.user.sub, request.body, auditContext(request));
      return reply.code(202).send({ status: 'verification_sent' as const });
    },
  );

  app.post(
    '/email/confirm',
    {
      config: perIp,
      schema: {
        tags,
        summary: 'Confirm the new e-mail address with its code; ends every other session',
        body: confirmEmailChangeBody,
        response: { 200: confirmEmailChangeResponse, ...problems },
      },
    },
    async (request) => ({
      status: 'email_changed' as const,
      email: await confirmEmailChange(deps, session(request), request.body.code, auditContext(request)),
    }),
  );
};
