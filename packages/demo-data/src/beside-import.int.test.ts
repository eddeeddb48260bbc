// What the import of the demo exports does not bring, added beside it: reference data and demo users.
import pg from 'pg';
import { createScratchDatabase, type ScratchDatabase } from '@portal/db/testing';
import { migrate } from '@portal/db';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { addDemoUsersAfterImport } from './demo-users.js';
import { demoRecords } from './exports/demo-exports.js';
import { generateDemoData } from './generate.js';
import { writeDemoReferenceData } from './reference-data.js';

const dataset = { customers: 3, asOf: '2026-11-22', months: 3 };
let database: ScratchDatabase;
let client: pg.Client;

const userLinks = async () =>
  (
    await client.query(
      `SELECT u.username, mp.region_id, mp.ed_number, l.nickname FROM user_metering_point l
         JOIN app_user u ON u.id = l.user_id JOIN metering_point mp ON mp.id = l.metering_point_id
        ORDER BY 1, 2, 3`,
    )
  ).rows;

beforeAll(async () => {
  database = await createScratchDatabase(inject('databaseMode'), inject('serverUrl'));
  await migrate(database.databaseUrl);
  await generateDemoData({
    ...dataset,
    databaseUrl: database.databaseUrl,
    demoPassword: 'Demo#2026!',
    useCopy: database.mode === 'server',
  });
  client = new pg.Client({ connectionString: database.databaseUrl });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

it('links the demo users after an import as the direct load does, by region and ED number', async () => {
  const direct = await userLinks();
  expect(direct.length).toBe(65);
  // The billing data stays, as an import of the demo exports would have left it; the portal data goes.
  await client.query('DELETE FROM self_reading');
  await client.query('DELETE FROM complaint');
  await client.query('DELETE FROM news_item');
  await client.query('DELETE FROM user_metering_point');
  await client.query('DELETE FROM app_user');
  const { links } = await demoRecords(dataset);
  await addDemoUsersAfterImport(client, links, 'Demo#2026!', new Date().toISOString());
  expect(await userLinks()).toEqual(direct);
  // and the household's self-reading, portal data too
  const readings = await client.query('SELECT count(*)::int AS n FROM self_reading');
  expect(readings.rows[0].n).toBe(1);
  const { rows } = await client.query('SELECT username, role FROM app_user ORDER BY username');
  expect(rows.map((r) => r.username)).toEqual([
    'demo.business',
    'demo.household',
    'demo.industry',
    'demo.prosumer',
    'demo.regions',
    'demo.supervisor',
    'demo.support',
  ]);
  // the demo household's open complaint comes with the users
  const complaints = await client.query('SELECT status::text FROM complaint');
  expect(complaints.rows).toEqual([{ status: 'IN_REVIEW' }]);
});

it('refuses to link a metering point that was not imported', async () => {
  const links = [
    { username: 'x', meteringPoints: [{ region: 'BG' as const, edNumber: '0000000000', nickname: null }] },
  ];
  await expect(addDemoUsersAfterImport(client, links, 'p', new Date().toISOString())).rejects.toThrow(
    /not imported/,
  );
});

it('writes the reference data alone with the ids the direct load gives it', async () => {
  const reference = await createScratchDatabase(inject('databaseMode'), inject('serverUrl'));
  try {
    await migrate(reference.databaseUrl);
    await writeDemoReferenceData(reference.databaseUrl, { useCopy: reference.mode === 'server' });
    const other = new pg.Client({ connectionString: reference.databaseUrl });
    await other.connect();
    const rows = async (c: pg.Client, sql: string) => (await c.query(sql)).rows;
    const queries = [
      'SELECT id, billing_system FROM region ORDER BY id',
      'SELECT id, tariff_code, valid_from FROM tariff_version ORDER BY id',
      'SELECT count(*)::int AS n FROM tariff_rate',
    ];
    try {
      for (const sql of queries) expect(await rows(other, sql)).toEqual(await rows(client, sql));
      expect(await rows(other, 'SELECT count(*)::int AS n FROM customer')).toEqual([{ n: 0 }]);
    } finally {
      await other.end();
    }
  } finally {
    await reference.drop();
  }
});
