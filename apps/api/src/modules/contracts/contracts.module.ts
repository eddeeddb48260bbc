// The contracts module owns linking a customer's contracts to an account, its attempt limits, and telling
// the other holders of a contract by e-mail.
import { defaultLinkAttemptRules } from '@portal/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ContractsDeps } from './contracts.deps.js';
import { contractMailTemplates } from './contracts.mail.js';
import { contractsRoutes } from './contracts.routes.js';

/** The contracts module (/api/contracts): linking a customer's contracts to the account. */
export const contractsModule: FastifyPluginAsyncZod = async (app) => {
  app.mail.registerTemplates(contractMailTemplates);
  const deps: ContractsDeps = {
    prisma: app.prisma,
    linkAttemptRules: defaultLinkAttemptRules,
    publicUrl: app.config.publicUrl,
    notifyMail: () => app.mail.notify(),
    now: () => app.clock.now(),
  };
  await app.register(contractsRoutes, { deps });
};
