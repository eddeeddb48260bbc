import { join } from 'node:path';
import type { OpenDatabase, PrismaClient } from '@portal/db';
import type { Clock } from '@portal/domain';
import { demoIdentities, isDatabaseEmpty } from '@portal/demo-data';
import type { FastifyBaseLogger } from 'fastify';
import type { ResolvedConfig } from './config.js';
import { loadDemoThroughImport } from './demo-import.js';
import { totpKeyFor } from './modules/auth/totp-secrets.js';
import { inboxFolders } from './modules/regional-import/inbox.js';
import { enrolDemoStaff } from './modules/support/staff-accounts.service.js';

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
 * The demo exports stay in the inbox's processed/ folder, where the inbox leaves what it applied: a user
 * finds the five regions' files there, as if the billing systems had sent them, and the inbox's job
 * never reads them again (it reads the inbox itself, not its subfolders).
 */
const demoExportsFolder = (config: ResolvedConfig) => join(config.importInbox, inboxFolders.processed);

/**
 * Runs once at boot of `npm start` (local.ts), after migrations and before the app listens. Demo data
 * (through the import of the demo exports) goes only into an empty database, and never with DEMO_DATA=off.
 */
export async function prepareData(context: PrepareDataContext): Promise<PreparedData> {
  const { config, database, log } = context;
  if (!config.demoData) return { banner: [] };
  if (await isDatabaseEmpty(database.databaseUrl)) {
    log.info(
      `loading demo data (${config.demoCustomers} customers and the demo accounts); this happens once`,
    );
    const summary = await loadDemoThroughImport({
      database: { url: database.databaseUrl, embedded: database.embedded },
      folder: demoExportsFolder(config),
      customers: config.demoCustomers,
      clock: context.clock,
      demoPassword: config.demoPassword,
      log: (message) => log.info(message),
    });
    log.info(`demo data loaded through the regional import in ${summary.seconds.toFixed(1)} s`);
    // staff must use TOTP: the demo's staff get theirs with the fixed secrets the README prints
    await enrolDemoStaff(
      { prisma: context.prisma, totpKey: totpKeyFor(config.jwtSecret), now: () => context.clock.now() },
      [demoIdentities.support, demoIdentities.supervisor],
    );
  } else {
    log.info('the database already has data: demo data not loaded');
  }
  const { household, business, support, supervisor, otherLayouts, powerMetering } = demoIdentities;
  return {
    banner: [
      `  Demo logins (password: ${config.demoPassword === 'Demo#2026!' ? 'Demo#2026!' : 'the value of DEMO_PASSWORD'}):`,
      `    ${household.username.padEnd(16)} a household with one metering point (a second contract to link:`,
      `    ${''.padEnd(16)} billing number ${household.unlinkedBillingNumber}, JMBG ${household.jmbg})`,
      `    ${business.username.padEnd(16)} a business with ${business.meteringPoints} metering points in five regions`,
      `    ${otherLayouts.username.padEnd(16)} a household with an ERS (KM) and an EPCG (EUR) bill layout`,
      `    ${powerMetering.username.padEnd(16)} a cold store billed with power metering (meter constant 40)`,
      `    ${support.username.padEnd(16)} a support agent (TOTP secret ${support.totpSecret})`,
      `    ${supervisor.username.padEnd(16)} a supervisor (TOTP secret ${supervisor.totpSecret})`,
    ],
  };
}
