import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseClockStart } from '@portal/domain';
import { Cron } from 'croner';
import { z } from 'zod';
import { getOrCreateSecret } from './secrets.js';

/**
 * Configuration from environment variables, validated once at boot.
 *
 * HOST defaults to 127.0.0.1 so a laptop run is not reachable from the network; the container image
 * (and any deployment behind a proxy) sets HOST=0.0.0.0. Empty variables count as unset. Relative
 * paths are resolved against the working directory; the defaults are relative to the repository root.
 */
const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const portMessage = 'must be a port number from 0 to 65535';

const urlWithProtocols = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
  );

/** A cron expression croner accepts (5 or 6 fields), or `off`. */
function isScheduleOrOff(value: string): boolean {
  if (value === 'off') return true;
  try {
    new Cron(value, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

const envSchema = z.object({
  PORT: z.coerce
    .number(portMessage)
    .int(portMessage)
    .min(0, portMessage)
    .max(65535, portMessage)
    .default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: urlWithProtocols(['postgres:', 'postgresql:']).optional(),
  DATABASE_REPLICA_URL: urlWithProtocols(['postgres:', 'postgresql:']).optional(),
  REDIS_URL: urlWithProtocols(['redis:', 'rediss:']).optional(),
  DATA_DIR: z.string().optional(),
  SMTP_URL: urlWithProtocols(['smtp:', 'smtps:']).optional(),
  MAIL_FROM: z.string().min(3).optional(),
  DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').default('Demo#2026!'),
  DEMO_DATA: z.enum(['on', 'off']).default('on'),
  DEMO_CUSTOMERS: z.coerce.number().int().min(0).max(1_000_000).default(300),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  WEB_DIST: z.string().optional(),
  PUBLIC_URL: urlWithProtocols(['http:', 'https:']).optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  CAPTCHA_HMAC_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  PAYMENT_GATEWAY_URL: urlWithProtocols(['http:', 'https:']).optional(),
  PAYMENT_GATEWAY_MERCHANT_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  PAYMENT_GATEWAY_NOTIFICATION_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  CARD_FEE_PERCENT: z
    .string()
    .regex(/^\d{1,2}(\.\d{1,3})?$/, 'must be a percentage like 0 or 1.5')
    .default('0'),
  CARD_FEE_MINIMUM: z
    .string()
    .regex(/^\d{1,6}\.\d{2}$/, 'must be an amount like 0.00')
    .default('0.00'),
  CLOCK_START: z
    .string()
    .refine(
      (value) => parseClockStart(value) !== undefined,
      'must be a date (2027-03-01) or an ISO timestamp',
    )
    .optional(),
  IMPORT_INBOX: z.string().optional(),
  READINGS_OUTBOX: z.string().optional(),
  IMPORT_SCHEDULE: z
    .string()
    .refine(isScheduleOrOff, 'must be a cron expression (e.g. "30 2 * * *") or off')
    .default('30 2 * * *'),
  GATEWAY_SANDBOX_PORT: z.coerce
    .number(portMessage)
    .int(portMessage)
    .min(0, portMessage)
    .max(65535, portMessage)
    .optional(),
  COMPLAINT_ANSWER_DAYS: z.coerce.number().int().min(1).max(90).default(8),
  COMPLAINT_RESOLUTION_DAYS: z.coerce.number().int().min(1).max(180).default(15),
});

export interface Config {
  port: number;
  host: string;
  /** undefined: run the embedded PostgreSQL (PGlite) in `dataDir` */
  databaseUrl: string | undefined;
  /**
   * DATABASE_REPLICA_URL: a read replica of DATABASE_URL; read-only requests read from it
   * (plugins/read-scope.ts). undefined: everything on DATABASE_URL
   */
  databaseReplicaUrl: string | undefined;
  dataDir: string;
  /** REDIS_URL: rate limits counted in Redis, shared by every API process; undefined: in each process's memory */
  redisUrl: string | undefined;
  /** undefined: mail is not sent but kept locally */
  smtpUrl: string | undefined;
  mailFrom: string;
  demoPassword: string;
  demoData: boolean;
  /** random customers generated besides the demo accounts (npm start) */
  demoCustomers: number;
  logLevel: (typeof logLevels)[number];
  nodeEnv: 'development' | 'production' | 'test';
  /** the portal's address as users reach it, for links in e-mails */
  publicUrl: string;
  /** the built SPA (served when the folder exists) */
  webDist: string;
  /** from JWT_SECRET; loadConfig fills it from DATA_DIR/secrets.json when unset */
  jwtSecret: string | undefined;
  /** from CAPTCHA_HMAC_KEY, signs captcha challenges; loadConfig fills it from DATA_DIR/secrets.json when unset */
  captchaHmacKey: string | undefined;
  /** the card gateway; undefined: card payments are unavailable (npm start runs the sandbox instead) */
  paymentGateway: { url: string; merchantKey: string; notificationKey: string } | undefined;
  /** what the gateway charges on top: percent of the amount, at least `minimum` (RSD) */
  cardFee: { percent: string; minimum: string };
  /** npm start: the sandbox gateway's port (default: PORT + 1) */
  gatewaySandboxPort: number;
  /** CLOCK_START: the portal's clock starts there and runs on (tests, demos); undefined: system time */
  clockStart: string | undefined;
  /** where the regional billing systems drop their exports (IMPORT_INBOX, default DATA_DIR/inbox) */
  importInbox: string;
  /** where the daily self-readings files for the regional billing systems go (READINGS_OUTBOX, default DATA_DIR/outbox) */
  readingsOutbox: string;
  /** when the inbox is imported, a cron expression in Belgrade time; null: on demand only */
  importSchedule: string | null;
  /** calendar days to answer a complaint and to resolve it (COMPLAINT_ANSWER_DAYS, COMPLAINT_RESOLUTION_DAYS) */
  complaintDeadlines: { answerDays: number; resolutionDays: number };
  /** tests: how long an open session is taken as open without reading it again (default plugins/auth.ts) */
  sessionCheckCacheMs?: number;
}

export type ResolvedConfig = Config & { jwtSecret: string; captchaHmacKey: string };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * How a browser on this machine reaches a server listening on `host`: loopback and "every interface"
 * are `localhost`, anything else as it is (IPv6 in brackets).
 */
export function browserHost(host: string): string {
  if (['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost'].includes(host)) return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/** The folder holding pnpm-workspace.yaml, searched upwards from `from`; the working directory if none. */
export function findRepoRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}

export interface ParseConfigOptions {
  rootDir?: string;
  cwd?: string;
}

/** Validates the environment; throws a ConfigError naming every bad variable (never echoing values). */
export function parseConfig(env: NodeJS.ProcessEnv, options: ParseConfigOptions = {}): Config {
  const rootDir = options.rootDir ?? findRepoRoot();
  const cwd = options.cwd ?? process.cwd();
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const result = envSchema.safeParse(present);
  const problems = (result.error?.issues ?? []).map(
    (issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`,
  );
  if (present.DATABASE_REPLICA_URL && !present.DATABASE_URL)
    problems.push('DATABASE_REPLICA_URL: needs DATABASE_URL (the embedded database has no replica)');
  if (present.SMTP_URL && !present.MAIL_FROM) problems.push('MAIL_FROM: is required when SMTP_URL is set');
  if (present.PAYMENT_GATEWAY_URL)
    for (const name of ['PAYMENT_GATEWAY_MERCHANT_KEY', 'PAYMENT_GATEWAY_NOTIFICATION_KEY'])
      if (!present[name]) problems.push(`${name}: is required when PAYMENT_GATEWAY_URL is set`);
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  const e = result.data;
  const dataDir = e.DATA_DIR ? resolve(cwd, e.DATA_DIR) : join(rootDir, '.data');
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databaseReplicaUrl: e.DATABASE_REPLICA_URL,
    dataDir,
    redisUrl: e.REDIS_URL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM ?? 'Uvid u račun <no-reply@localhost>',
    demoPassword: e.DEMO_PASSWORD,
    demoData: e.DEMO_DATA === 'on',
    demoCustomers: e.DEMO_CUSTOMERS,
    logLevel: e.LOG_LEVEL,
    nodeEnv: e.NODE_ENV,
    // One origin for the printed address, links in e-mails and the card gateway's way back: a session
    // cookie set on one host is not sent to another, so coming back elsewhere would be logged out.
    publicUrl: (e.PUBLIC_URL ?? `http://${browserHost(e.HOST)}:${e.PORT}`).replace(/\/$/, ''),
    webDist: e.WEB_DIST ? resolve(cwd, e.WEB_DIST) : join(rootDir, 'apps', 'web', 'dist'),
    jwtSecret: e.JWT_SECRET,
    captchaHmacKey: e.CAPTCHA_HMAC_KEY,
    paymentGateway: e.PAYMENT_GATEWAY_URL
      ? {
          url: e.PAYMENT_GATEWAY_URL,
          merchantKey: e.PAYMENT_GATEWAY_MERCHANT_KEY ?? '',
          notificationKey: e.PAYMENT_GATEWAY_NOTIFICATION_KEY ?? '',
        }
      : undefined,
    cardFee: { percent: e.CARD_FEE_PERCENT, minimum: e.CARD_FEE_MINIMUM },
    gatewaySandboxPort: e.GATEWAY_SANDBOX_PORT ?? (e.PORT === 0 ? 0 : e.PORT + 1),
    clockStart: e.CLOCK_START,
    importInbox: e.IMPORT_INBOX ? resolve(cwd, e.IMPORT_INBOX) : join(dataDir, 'inbox'),
    readingsOutbox: e.READINGS_OUTBOX ? resolve(cwd, e.READINGS_OUTBOX) : join(dataDir, 'outbox'),
    importSchedule: e.IMPORT_SCHEDULE === 'off' ? null : e.IMPORT_SCHEDULE,
    complaintDeadlines: { answerDays: e.COMPLAINT_ANSWER_DAYS, resolutionDays: e.COMPLAINT_RESOLUTION_DAYS },
  };
}

/**
 * parseConfig, then the secrets left unset (JWT_SECRET, CAPTCHA_HMAC_KEY) from (new ones in)
 * DATA_DIR/secrets.json.
 */
export async function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  options: ParseConfigOptions = {},
): Promise<ResolvedConfig> {
  const config = parseConfig(env, options);
  // One after the other: both may write secrets.json, and concurrent writes would lose one secret.
  const jwtSecret = config.jwtSecret ?? (await getOrCreateSecret(config.dataDir, 'jwtSecret'));
  const captchaHmacKey = config.captchaHmacKey ?? (await getOrCreateSecret(config.dataDir, 'captchaHmacKey'));
  return { ...config, jwtSecret, captchaHmacKey };
}
