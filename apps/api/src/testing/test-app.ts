import type { PrismaClient } from '@portal/db';
import { buildApp, type App, type BuildAppOptions } from '../app.js';
import type { Config } from '../config.js';
import { testClock } from './clock.js';

/** A configuration for tests: no web folder, a fixed secret, quiet logs. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: undefined,
    databaseReplicaUrl: undefined,
    dataDir: '/nonexistent/portal-test-data',
    redisUrl: undefined,
    smtpUrl: undefined,
    mailFrom: 'Uvid u račun <no-reply@localhost>',
    demoPassword: 'Demo#2026!',
    demoData: false,
    demoCustomers: 0,
    logLevel: 'silent',
    nodeEnv: 'test',
    publicUrl: 'http://localhost:3000',
    webDist: '/nonexistent/portal-test-web',
    jwtSecret: 'test-secret-that-is-long-enough-for-hs256',
    captchaHmacKey: 'test-captcha-key-that-is-long-enough',
    paymentGateway: undefined,
    cardFee: { percent: '0', minimum: '0.00' },
    gatewaySandboxPort: 0,
    clockStart: undefined,
    importInbox: '/nonexistent/portal-test-data/inbox',
    readingsOutbox: '/nonexistent/portal-test-data/outbox',
    importSchedule: null,
    complaintDeadlines: { answerDays: 8, resolutionDays: 15 },
    ...overrides,
  };
}

/** Stands in for Prisma in unit tests that only need `$queryRaw` (the readiness probe). */
export function fakePrisma(queryRaw: () => Promise<unknown> = async () => [{ '?column?': 1 }]): PrismaClient {
  return { $queryRaw: queryRaw, $disconnect: async () => {} } as unknown as PrismaClient;
}

export interface TestAppOptions extends Partial<Omit<BuildAppOptions, 'config'>> {
  config?: Partial<Config>;
}

/** The real app, for `app.inject`, on the tests' clock; add test-only routes before the first inject. */
export function buildTestApp(options: TestAppOptions = {}): Promise<App> {
  const { config, prisma, ...rest } = options;
  return buildApp({
    logger: false,
    clock: testClock,
    ...rest,
    config: testConfig(config),
    prisma: prisma ?? fakePrisma(),
  });
}
