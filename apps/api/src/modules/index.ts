import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authModule } from './auth/auth.module.js';
import { billsModule } from './bills/bills.module.js';
import { consumptionModule } from './consumption/consumption.module.js';
import { contractsModule } from './contracts/contracts.module.js';
import { devMailboxRoutes } from './mail/mail.routes.js';
import { meteringPointsModule } from './metering-points/metering-points.module.js';
import { noticesModule } from './notices/notices.module.js';
import { paymentsModule } from './payments/payments.module.js';
import { referenceModule } from './reference/reference.module.js';
import { regionalImportModule } from './regional-import/regional-import.module.js';

/**
 * Every domain module's routes, mounted under /api by app.ts. Add a module as
 * `await api.register(billsRoutes, { prefix: '/bills' })`.
 */
export const apiRoutes: FastifyPluginAsyncZod = async (api) => {
  await api.register(authModule, { prefix: '/auth' });
  await api.register(devMailboxRoutes, { prefix: '/dev' });
  await api.register(contractsModule, { prefix: '/contracts' });
  await api.register(meteringPointsModule, { prefix: '/metering-points' });
  await api.register(billsModule);
  await api.register(consumptionModule);
  await api.register(noticesModule);
  await api.register(paymentsModule);
  await api.register(referenceModule);
  await api.register(regionalImportModule, { prefix: '/support' });
};
