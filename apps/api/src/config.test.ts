import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, findRepoRoot, loadConfig, parseConfig } from './config.js';

const root = '/srv/portal';
const parse = (env: NodeJS.ProcessEnv) => parseConfig(env, { rootDir: root, cwd: '/work' });

describe('parseConfig', () => {
  it('has defaults for a local run', () => {
    expect(parse({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      databaseReplicaUrl: undefined,
      dataDir: '/srv/portal/.data',
      redisUrl: undefined,
      smtpUrl: undefined,
      mailFrom: 'Uvid u račun <no-reply@localhost>',
      demoPassword: 'Demo#2026!',
      demoData: true,
      demoCustomers: 300,
      logLevel: 'info',
      nodeEnv: 'development',
      webDist: '/srv/portal/apps/web/dist',
      publicUrl: 'http://localhost:3000',
      jwtSecret: undefined,
      captchaHmacKey: undefined,
      paymentGateway: undefined,
      cardFee: { percent: '0', minimum: '0.00' },
      gatewaySandboxPort: 3001,
      clockStart: undefined,
      importInbox: '/srv/portal/.data/inbox',
      readingsOutbox: '/srv/portal/.data/outbox',
      importSchedule: '30 2 * * *',
      complaintDeadlines: { answerDays: 8, resolutionDays: 15 },
    });
  });

  it('takes a read replica of a PostgreSQL server, not of the embedded database', () => {
    expect(
      parse({
        DATABASE_URL: 'postgresql://portal@db:5432/portal',
        DATABASE_REPLICA_URL: 'postgresql://portal@replica:5432/portal',
      }).databaseReplicaUrl,
    ).toBe('postgresql://portal@replica:5432/portal');
    expect(() => parse({ DATABASE_REPLICA_URL: 'postgresql://portal@replica:5432/portal' })).toThrow(
      /DATABASE_REPLICA_URL: needs DATABASE_URL/,
    );
    expect(() =>
      parse({ DATABASE_URL: 'postgresql://portal@db:5432/portal', DATABASE_REPLICA_URL: 'mysql://replica' }),
    ).toThrow(/DATABASE_REPLICA_URL: must be a URL/);
  });

  it('takes the complaint deadlines in days, and refuses others', () => {
    expect(parse({ COMPLAINT_ANSWER_DAYS: '5', COMPLAINT_RESOLUTION_DAYS: '30' }).complaintDeadlines).toEqual(
      {
        answerDays: 5,
        resolutionDays: 30,
      },
    );
    expect(() => parse({ COMPLAINT_ANSWER_DAYS: '0' })).toThrow();
  });

  it('defaults PUBLIC_URL to the address a browser here uses for HOST and PORT (one origin)', () => {
    expect(parse({ PORT: '4000' }).publicUrl).toBe('http://localhost:4000');
    expect(parse({ HOST: '0.0.0.0' }).publicUrl).toBe('http://localhost:3000');
    expect(parse({ HOST: '192.168.1.20' }).publicUrl).toBe('http://192.168.1.20:3000');
    expect(parse({ HOST: 'fd00::1' }).publicUrl).toBe('http://[fd00::1]:3000');
    expect(parse({ PUBLIC_URL: 'https://portal.example.rs/' }).publicUrl).toBe('https://portal.example.rs');
  });

  it('takes CLOCK_START as a date or a timestamp and refuses other values', () => {
    expect(parse({ CLOCK_START: '2028-02-29' }).clockStart).toBe('2028-02-29');
    expect(() => parse({ CLOCK_START: '2027-02-29' })).toThrow(/CLOCK_START/);
  });

  it('keeps the import inbox in DATA_DIR and runs it nightly unless told otherwise', () => {
    const defaults = parse({ DATA_DIR: '/srv/portal' });
    expect(defaults.importInbox).toBe('/srv/portal/inbox');
    expect(defaults.importSchedule).toBe('30 2 * * *');
    expect(parse({ IMPORT_SCHEDULE: 'off' }).importSchedule).toBeNull();
    expect(parse({ IMPORT_SCHEDULE: '0 */4 * * *' }).importSchedule).toBe('0 */4 * * *');
    expect(() => parse({ IMPORT_SCHEDULE: 'every night' })).toThrow(/IMPORT_SCHEDULE/);
  });

  it('reads every variable, resolving relative paths against the working directory', () => {
    const config = parse({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgresql://portal:secret@db:5432/portal',
      DATA_DIR: 'data',
      REDIS_URL: 'redis://cache:6379/2',
      SMTP_URL: 'smtp://mail:1025',
      MAIL_FROM: 'EPS <portal@example.rs>',
      DEMO_PASSWORD: 'another-pass',
      DEMO_DATA: 'off',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      WEB_DIST: '/opt/web',
      JWT_SECRET: 'x'.repeat(40),
      CAPTCHA_HMAC_KEY: 'c'.repeat(40),
      PAYMENT_GATEWAY_URL: 'https://gateway.example.rs',
      PAYMENT_GATEWAY_MERCHANT_KEY: 'm'.repeat(20),
      PAYMENT_GATEWAY_NOTIFICATION_KEY: 'n'.repeat(40),
      CARD_FEE_PERCENT: '1.5',
      CARD_FEE_MINIMUM: '20.00',
    });
    expect(config).toMatchObject({
      paymentGateway: {
        url: 'https://gateway.example.rs',
        merchantKey: 'm'.repeat(20),
        notificationKey: 'n'.repeat(40),
      },
      cardFee: { percent: '1.5', minimum: '20.00' },
      gatewaySandboxPort: 8081,
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgresql://portal:secret@db:5432/portal',
      dataDir: '/work/data',
      redisUrl: 'redis://cache:6379/2',
      smtpUrl: 'smtp://mail:1025',
      mailFrom: 'EPS <portal@example.rs>',
      demoPassword: 'another-pass',
      demoData: false,
      logLevel: 'warn',
      nodeEnv: 'production',
      webDist: '/opt/web',
      jwtSecret: 'x'.repeat(40),
      captchaHmacKey: 'c'.repeat(40),
    });
  });

  it('treats empty variables as unset', () => {
    expect(parse({ DATABASE_URL: '', PORT: ' ', SMTP_URL: '' })).toMatchObject({
      databaseUrl: undefined,
      port: 3000,
    });
  });

  it('lists every problem at once without echoing secret values', () => {
    let error: unknown;
    try {
      parse({
        PORT: 'abc',
        DATABASE_URL: 'mysql://user:hunter2@db/portal',
        DEMO_DATA: 'yes',
        SMTP_URL: 'smtp://mail:25',
        JWT_SECRET: 'short',
        PAYMENT_GATEWAY_URL: 'https://gateway.example.rs',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(
      [
        'DATABASE_URL',
        'DEMO_DATA',
        'JWT_SECRET',
        'MAIL_FROM',
        'PAYMENT_GATEWAY_MERCHANT_KEY',
        'PAYMENT_GATEWAY_NOTIFICATION_KEY',
        'PORT',
      ].sort(),
    );
    expect(message).toMatch(/^Invalid configuration:\n {2}- /);
    expect(message).toContain('MAIL_FROM: is required when SMTP_URL is set');
    expect(message).not.toContain('hunter2');
    expect(message).not.toContain('short');
  });

  it('finds the repository root from this folder, else uses the working directory', () => {
    expect(findRepoRoot()).toBe(join(import.meta.dirname, '..', '..', '..'));
    expect(findRepoRoot('/')).toBe(process.cwd());
  });
});

describe('loadConfig', () => {
  let dataDir: string | undefined;
  afterEach(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps JWT_SECRET and CAPTCHA_HMAC_KEY when given', async () => {
    const config = await loadConfig(
      { JWT_SECRET: 's'.repeat(32), CAPTCHA_HMAC_KEY: 'c'.repeat(32), DATA_DIR: '/nonexistent' },
      { rootDir: root },
    );
    expect(config.jwtSecret).toBe('s'.repeat(32));
    expect(config.captchaHmacKey).toBe('c'.repeat(32));
  });

  it('generates the JWT secret and the captcha key once and keeps it in DATA_DIR/secrets.json', async () => {
    dataDir = join(await mkdtemp(join(tmpdir(), 'portal-config-')), 'data');
    const first = await loadConfig({ DATA_DIR: dataDir }, { rootDir: root });
    const second = await loadConfig({ DATA_DIR: dataDir }, { rootDir: root });
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(second.jwtSecret).toBe(first.jwtSecret);
    expect(first.captchaHmacKey.length).toBeGreaterThanOrEqual(32);
    expect(first.captchaHmacKey).not.toBe(first.jwtSecret);
    expect(second.captchaHmacKey).toBe(first.captchaHmacKey);
    expect((await stat(join(dataDir, 'secrets.json'))).mode & 0o777).toBe(0o600);
  });
});
