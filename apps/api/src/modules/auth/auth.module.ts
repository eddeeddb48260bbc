// The accounts module owns registration, verification, login and sessions, password reset, the account
// page and the accounts e-mails.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AuthDeps } from './auth.deps.js';
import { authMailTemplates } from './auth.mail.js';
import { accountRoutes } from './account.routes.js';
import { mfaMailTemplates } from './mfa.mail.js';
import { authRoutes } from './auth.routes.js';
import { mfaRoutes } from './mfa.routes.js';
import { captchaRoutes } from './captcha.routes.js';
import { captchaKey, verifyCaptcha } from './captcha.js';
import { isCommonPassword } from './common-passwords.js';
import { derivedKey } from './secret-tokens.js';
import { totpKeyFor } from './totp-secrets.js';

/**
 * The accounts services' dependencies from the app. Exported for the support module, whose supervisor
 * actions (a new verification code, lifting a login throttle) go through these same services.
 */
export function authDepsOf(app: Parameters<FastifyPluginAsyncZod>[0]): AuthDeps {
  const { config } = app;
  return {
    prisma: app.prisma,
    sendMail: (mail) => app.mail.enqueue(mail),
    verifyCaptcha: (payload) => verifyCaptcha(app.prisma, captchaKey(config), payload),
    isCommonPassword,
    codeKey: derivedKey(config.jwtSecret ?? '', 'verification-codes'),
    refreshKey: derivedKey(config.jwtSecret ?? '', 'refresh-token-successors'),
    deviceKey: derivedKey(config.jwtSecret ?? '', 'device-cookies'),
    loginKey: derivedKey(config.jwtSecret ?? '', 'login-throttle-names'),
    totpKey: totpKeyFor(config.jwtSecret ?? ''),
    publicUrl: config.publicUrl,
    now: () => app.clock.now(),
  };
}

/** The accounts module (routes under /api/auth): wires its dependencies from the app. */
export const authModule: FastifyPluginAsyncZod = async (app) => {
  app.mail.registerTemplates(authMailTemplates);
  app.mail.registerTemplates(mfaMailTemplates);
  const deps = authDepsOf(app);
  await app.register(captchaRoutes);
  await app.register(authRoutes, { deps });
  await app.register(accountRoutes, { deps });
  await app.register(mfaRoutes, { deps });
};
