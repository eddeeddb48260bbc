import { authRoutes } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { registerRoute } from '../../lib/route.js';
import { captchaKey, createCaptchaChallenge } from './captcha.js';

/** The captcha challenge for the sign-up and password-reset forms. */
export const captchaRoutes: FastifyPluginAsyncZod = async (app) => {
  registerRoute(app, authRoutes.captcha, {}, async (_request, reply) => {
    // Every challenge is single-use, so no cache (the browser's or a proxy's) may hand one out twice.
    reply.header('cache-control', 'no-store');
    return createCaptchaChallenge(captchaKey(app.config));
  });
};
