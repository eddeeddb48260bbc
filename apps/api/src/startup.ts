import type { OpenDatabase, PrismaClient } from '@portal/db';
import type { Clock } from '@portal/domain';
import { demoIdentities, generateDemoData, isDatabaseEmpty } from '@portal/demo-data';
import type { FastifyBaseLogger } from 'fastify';
import type { ResolvedConfig } from './config.js';

export interface PrepareDataContext {
  config: ResolvedConfig;
  prisma: PrismaClient;
  database: OpenDatabase;
  log: FastifyBaseLogger;
  clock: Clock;
}

export interface PreparedData {
  /** lines for the start-up banner */
  banner: string[];
}

/**
 * Runs once at boot of `npm start` (local.ts), after migrations and before the app listens. Demo data
 * goes only into an empty database, and never with DEMO_DATA=off.
 */
export async function prepareData(context: PrepareDataContext): Promise<PreparedData> {
  const { config, database, log } = context;
  if (!config.demoData) return { banner: [] };
  if (await isDatabaseEmpty(database.databaseUrl)) {
    log.info(
      `loading demo data (${config.demoCustomers} customers and the demo accounts); this happens once`,
    );
    const summary = await generateDemoData({
      databaseUrl: database.databaseUrl,
      customers: config.demoCustomers,
      now: context.clock.now(),
      demoPassword: config.demoPassword,
      useCopy: !database.embedded,
    });
    log.info({ rows: summary.rows }, `demo data loaded in ${summary.seconds.toFixed(1)} s`);
  } else {
    log.info('the database already has data: demo data not loaded');
  }
  const { household, business, support } = demoIdentities;
  return {
    banner: [
      `  Demo logins (password: ${config.demoPassword === 'Demo#2026!' ? 'Demo#2026!' : 'the value of DEMO_PASSWORD'}):`,
      `    ${household.username.padEnd(16)} a household with one metering point (a second contract to link:`,
      `    ${''.padEnd(16)} billing number ${household.unlinkedBillingNumber}, JMBG ${household.jmbg})`,
      `    ${business.username.padEnd(16)} a business with ${business.meteringPoints} metering points in five regions`,
      `    ${support.username.padEnd(16)} a support agent`,
    ],
  };
}
