import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authModule } from './auth/auth.module.js';
import { billsModule } from './bills/bills.module.js';
import { complaintsModule } from './complaints/complaints.module.js';
import { consumptionModule } from './consumption/consumption.module.js';
import { contractsModule } from './contracts/contracts.module.js';
import { devMailboxRoutes } from './mail/mail.routes.js';
import { meteringPointsModule } from './metering-points/metering-points.module.js';
import { newsModule } from './news/news.module.js';
import { noticesModule } from './notices/notices.module.js';
import { paymentsModule } from './payments/payments.module.js';
import { readingsModule } from './readings/readings.module.js';
import { referenceModule } from './reference/reference.module.js';
import { regionalImportModule } from './regional-import/regional-import.module.js';
import { remindersModule } from './reminders/reminders.module.js';
import { reportsModule } from './reports/reports.module.js';
import { supportModule } from './support/support.module.js';

/**
 * Every domain module's routes. No prefix: each route's whole path (/api/...) is in its contract
 * declaration (@portal/contract), the one place a URL is written.
 */
export const apiRoutes: FastifyPluginAsyncZod = async (api) => {
  await api.register(authModule);
  await api.register(devMailboxRoutes);
  await api.register(contractsModule);
  await api.register(meteringPointsModule);
  await api.register(billsModule);
  await api.register(consumptionModule);
  await api.register(readingsModule);
  await api.register(noticesModule);
  await api.register(paymentsModule);
  await api.register(remindersModule);
  await api.register(referenceModule);
  await api.register(regionalImportModule);
  await api.register(supportModule);
  await api.register(reportsModule);
  await api.register(complaintsModule);
  await api.register(newsModule);
};
