import { createHmac } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AuthDeps } from './auth.deps.js';
import { accountRoutes } from './account.routes.js';
import { authRoutes } from './auth.routes.js';
import { captchaRoutes } from './captcha.routes.js';
import { captchaKey, verifyCaptcha } from './captcha.js';
import { isCommonPassword } from './common-passwords.js';

/** The accounts module, mounted at /api/auth: wires its dependencies from the app. */
export const authModule: FastifyPluginAsyncZod = async (app) => {
  const { config } = app;
  const deps: AuthDeps = {
    prisma: app.prisma,
    sendMail: (mail) => app.mail.enqueue(mail as Parameters<typeof app.mail.enqueue>[0]),
    verifyCaptcha: (payload) => verifyCaptcha(app.prisma, captchaKey(config), payload),
    isCommonPassword,
    // A key of its own, derived from the JWT secret, for the keyed hash of verification codes.
    codeKey: createHmac('sha256', config.jwtSecret ?? '')
      .update('verification-codes')
      .digest('hex'),
    publicUrl: config.publicUrl,
    now: () => app.clock.now(),
  };
  await app.register(captchaRoutes);
  await app.register(authRoutes, { deps });
  await app.register(accountRoutes, { deps });
};
