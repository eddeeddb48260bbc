// Builds the whole demo dataset in one transaction: regions, tariffs, the demo accounts, then
// `customers` random customers, each with `months` months of history.
import argon2 from 'argon2';
import pg from 'pg';
import { buildBusiness, buildHousehold, businessSize, type BuildContext } from './customers.js';
import { addDays, archiveWindow, belgradeDateOf, endOfMonth, passwordHashParameters } from '@portal/domain';
import { demoIdentities, planDemoAccounts } from './demo-accounts.js';
import { generateHistory } from './history.js';
import { IdentifierPool, type PlannedCustomer } from './population.js';
import { tariffRows } from './pricing.js';
import { Random, resetUuidSequence } from './random.js';
import { demoRegions } from './regions.js';
import { Sink } from './sink.js';

export interface GenerateOptions {
  databaseUrl: string;
  /** random customers besides the demo accounts */
  customers: number;
  seed?: number;
  /**
   * the instant the data is loaded, from the app's clock: users are registered and contracts linked
   * then, and every bill counts as received then (default: now)
   */
  now?: Date;
  /** the day the data is generated "as of": bills up to the month before it (default: now's date in Belgrade) */
  asOf?: string;
  months?: number;
  demoPassword: string;
  /** COPY is fastest on a PostgreSQL server; the embedded PGlite needs INSERTs */
  useCopy: boolean;
  log?: (message: string) => void;
}

export interface GenerateSummary {
  rows: Record<string, number>;
  /** seconds spent writing each table */
  writeSeconds: Record<string, number>;
  seconds: number;
}

// The same cost as the API's, so that demo users log in like real ones.
const passwordHashOptions = { type: argon2.argon2id, ...passwordHashParameters } as const;

/**
 * True when the database has neither billing data nor users: only then do we load demo data. The
 * regions do not count: the migrations put them in every database as reference data.
 */
export async function isDatabaseEmpty(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ used: boolean }>(
      'SELECT EXISTS (SELECT 1 FROM customer) OR EXISTS (SELECT 1 FROM app_user) AS used',
    );
    return !rows[0]!.used;
  } finally {
    await client.end();
  }
}

export async function generateDemoData(options: GenerateOptions): Promise<GenerateSummary> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const loadedAt = options.now ?? new Date();
  const asOf = options.asOf ?? belgradeDateOf(loadedAt);
  const months = options.months ?? archiveWindow.months;
  resetUuidSequence();
  const random = new Random(options.seed ?? 2026);
  const ctx: BuildContext = {
    random,
    ids: new IdentifierPool(),
    historyStart: addDays(endOfMonth(asOf, -months - 1), -3),
  };
  const sink = new Sink(loadedAt.toISOString());
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    if (options.useCopy) await skipForeignKeyChecks(client);
    await upsertRegions(client);
    const tariffVersionIds = tariffRows(random, sink);

    const demo = planDemoAccounts(ctx);
    const addCustomers = (records: PlannedCustomer[], salt: number) => {
      for (const record of records) {
        addCustomer(sink, record);
        for (const account of record.accounts) {
          for (const point of account.meteringPoints) {
            generateHistory(random.fork(salt++), account, point, sink, {
              asOf,
              months,
              habit: record.paymentHabit,
              unpaidLatest: demo.unpaidLatest.get(point.id),
              payerName: record.name,
              tariffVersionIds,
            });
            sink.completeBills();
          }
        }
      }
    };
    addCustomers(demo.customers, 1);
    await addDemoUsers(sink, demo.links, options.demoPassword, loadedAt.toISOString());

    for (let i = 0; i < options.customers; i++) {
      const records = random.chance(0.03) ? buildBusiness(ctx, businessSize(random)) : buildHousehold(ctx);
      addCustomers(records, 1000 + i * 100);
      if (sink.pending() > 200_000) {
        await sink.flush(client, options.useCopy);
        log(`  ${i + 1} of ${options.customers} customers written`);
      }
    }
    await sink.flush(client, options.useCopy);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  await analyze(options.databaseUrl);
  return {
    rows: Object.fromEntries(sink.totals),
    writeSeconds: Object.fromEntries([...sink.writeMs].map(([table, ms]) => [table, Math.round(ms) / 1000])),
    seconds: (Date.now() - started) / 1000,
  };
}

/**
 * The regions as the demo knows them. The migrations insert the same rows as reference data, so this
 * upserts: a database migrated before the demo is loaded keeps working, and an older one is brought in line.
 */
async function upsertRegions(client: pg.ClientBase): Promise<void> {
  for (const r of demoRegions) {
    await client.query(
      `INSERT INTO region (id, name, name_latin, billing_system, branch_name, branch_address, payee_account,
                           payee_name, phone)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, name_latin = EXCLUDED.name_latin,
         billing_system = EXCLUDED.billing_system, branch_name = EXCLUDED.branch_name,
         branch_address = EXCLUDED.branch_address, payee_account = EXCLUDED.payee_account,
         payee_name = EXCLUDED.payee_name, phone = EXCLUDED.phone`,
      [
        r.id,
        r.name,
        r.nameLatin,
        r.billingSystem,
        r.branchName,
        r.branchAddress,
        r.payeeAccount,
        r.payeeName,
        r.phone,
      ],
    );
  }
}

function addCustomer(sink: Sink, c: PlannedCustomer): void {
  sink.add('customer', [
    c.id,
    c.regionId,
    c.sourceId,
    c.personType,
    c.jmbg,
    c.pib,
    c.maticniBroj,
    c.name,
    c.email,
    c.phone,
    c.deliveryStreet,
    c.deliveryPostalCode,
    c.deliveryCity,
  ]);
  for (const a of c.accounts) {
    sink.add('billingAccount', [a.id, a.regionId, c.id, a.number, null]);
    for (const p of a.meteringPoints) {
      sink.add('meteringPoint', [
        p.id,
        p.regionId,
        a.id,
        p.edNumber,
        p.eic,
        p.category,
        p.rateType,
        'ACTIVE',
        p.approvedPowerKw,
        p.billingPowerKw,
        p.phases,
        p.tvFeeApplies,
        false,
        p.street,
        p.postalCode,
        p.city,
      ]);
      sink.add('meter', [p.meter.id, p.meter.serialNumber, p.meter.model, '1', 6, p.meter.manufactureYear]);
      sink.add('meterInstallation', [p.meter.id, p.id, p.meter.id, p.meter.installedOn, null]);
      sink.add('supplyContract', [
        p.contract.id,
        c.id,
        p.id,
        p.contract.number,
        p.contract.startDate,
        null,
        'ACTIVE',
      ]);
    }
  }
}

async function addDemoUsers(
  sink: Sink,
  links: ReturnType<typeof planDemoAccounts>['links'],
  password: string,
  now: string,
): Promise<void> {
  const hash = await argon2.hash(password, passwordHashOptions);
  links.forEach((link, index) => {
    // Fixed ids keep the demo users' URLs stable between runs.
    const id = `00000000-0000-4000-8000-00000000000${index + 1}`;
    const legal = link.username === demoIdentities.business.username;
    const support = link.username === demoIdentities.support.username;
    sink.add('user', [
      id,
      legal ? 'LEGAL' : 'NATURAL',
      support ? 'SUPPORT' : 'CUSTOMER',
      link.username,
      link.username,
      `${link.username}@example.rs`,
      `${link.username}@example.rs`,
      hash,
      now,
      'sr-Cyrl',
      '2026-01',
      now,
      '2026-01',
      now,
      now,
    ]);
    for (const meteringPointId of link.meteringPointIds) {
      sink.add('userMeteringPoint', [
        id,
        meteringPointId,
        link.nicknames?.get(meteringPointId) ?? null,
        false,
        now,
      ]);
    }
  });
}

/**
 * Foreign-key triggers cost most of a bulk load's time; the generator writes parents before children,
 * and its integration test checks the references. Needs a superuser; otherwise the checks stay on.
 */
async function skipForeignKeyChecks(client: pg.Client): Promise<void> {
  await client.query('SAVEPOINT replica');
  try {
    await client.query('SET LOCAL session_replication_role = replica');
    await client.query('RELEASE SAVEPOINT replica');
  } catch {
    await client.query('ROLLBACK TO SAVEPOINT replica');
  }
}

async function analyze(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('ANALYZE').finally(() => client.end());
}
