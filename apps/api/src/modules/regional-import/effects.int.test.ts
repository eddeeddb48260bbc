// New bills and notices from an export reach the users linked to their metering points through the
// portal's existing e-mails (bill.imported_at after the link; open notices), each once.
import { createPrismaClient, type PrismaClient } from '@portal/db';
import { fixedClock } from '@portal/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createImportDatabase, type ImportDatabase } from '../../testing/import-database.js';
import { bill, household, notice, numbersOf, streamOf, testExport } from '../../testing/regional-exports.js';
import { notifyNewBills } from '../bills/bill-notifier.js';
import { notifyNewNotices } from '../notices/notice-notifier.js';
import { applyExport } from './apply-export.js';

const now = new Date('2026-12-06T08:00:00Z');
const { ed, account } = numbersOf(1);
let db: ImportDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  db = await createImportDatabase();
  prisma = createPrismaClient(db.databaseUrl, { poolSize: 2 });
});
afterAll(async () => {
  await prisma?.$disconnect();
  await db?.drop();
});

const apply = (
  sequence: number,
  kind: 'FULL' | 'DELTA',
  records: Parameters<typeof testExport>[3],
  at: Date,
) => {
  const exp = testExport('BG', sequence, kind, records);
  return applyExport(db, {
    ...exp,
    records: streamOf(exp.records),
    clock: fixedClock(at),
    useCopy: db.useCopy,
  });
};

it('announces the bills and notices an export brings to the users linked before', async () => {
  await apply(1, 'FULL', [household(1, ed, account)], new Date('2026-12-01T08:00:00Z'));
  await db.client.query(
    `INSERT INTO app_user (id, person_type, username, username_normalized, email, email_normalized, password_hash,
                           email_verified_at, terms_version, terms_accepted_at, privacy_version, privacy_accepted_at,
                           updated_at)
     VALUES (gen_random_uuid(), 'NATURAL', 'kupac', 'kupac', 'kupac@example.test', 'kupac@example.test', 'x',
             now(), '1', now(), '1', now(), now());
     INSERT INTO user_metering_point (user_id, metering_point_id, linked_at)
     SELECT u.id, m.id, '2026-12-02T08:00:00Z' FROM app_user u, metering_point m`,
  );
  await apply(
    2,
    'DELTA',
    [
      bill('B-1', ed, account, { issueDate: '2026-12-04', dueDate: '2026-12-19' }),
      notice('O-1', ed, '2026-12-05'),
    ],
    now,
  );
  const deps = { prisma, notifyMail: () => {}, publicUrl: 'http://portal.test', now: () => now };
  expect(await notifyNewBills(deps)).toBe(1);
  expect(await notifyNewNotices(deps)).toBe(1);
  expect(await notifyNewBills(deps)).toBe(0);
  expect(await notifyNewNotices(deps)).toBe(0);
});
