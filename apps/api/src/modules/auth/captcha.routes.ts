import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { captchaChallengeSchema, captchaKey, createCaptchaChallenge } from './captcha.js';

/** The captcha challenge for the sign-up and password-reset forms; mounted under /api/auth. */
export const captchaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/captcha',
    {
      schema: {
        tags: ['auth'],
        summary: 'A new proof-of-work captcha challenge (ALTCHA), valid for 10 minutes',
        response: { 200: captchaChallengeSchema },
      },
    },
    async (_request, reply) => {
      // Every challenge is single-use, so no cache (the browser's or a proxy's) may hand one out twice.
      reply.header('cache-control', 'no-store');
      return createCaptchaChallenge(captchaKey(app.config));
    },
  );
};
