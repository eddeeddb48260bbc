import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createScratchDatabase, type ScratchDatabase } from '../testing/scratch-database.js';
import { describeSchema } from './describe-schema.js';
import { migrate } from './migrate.js';
import { readMigrations, schemaPath } from './migration-files.js';
import { isEmptyMigration, pendingMigrationSql, readSnapshot } from './new-migration.js';
import { diffDatamodels } from './schema-engine.js';

const scratch: ScratchDatabase[] = [];
const fresh = async () => {
  const db = await createScratchDatabase(inject('databaseMode'), inject('serverUrl'));
  scratch.push(db);
  return db.databaseUrl;
};
afterAll(async () => {
  await Promise.all(scratch.map((db) => db.drop()));
});

describe('migrations', () => {
  it('schema.prisma has no changes that lack a migration', async () => {
    const pending = await pendingMigrationSql();
    expect(isEmptyMigration(pending), `run "pnpm db:migration:new <name>"; pending SQL:\n${pending}`).toBe(
      true,
    );
    expect(await readSnapshot()).toBe(await readFile(schemaPath, 'utf8'));
  });

  it('the migrations folder builds the same database as schema.prisma', async () => {
    const fromMigrations = await fresh();
    await migrate(fromMigrations);

    const fromSchema = await fresh();
    const sql = await diffDatamodels(undefined, await readFile(schemaPath, 'utf8'), fromSchema);
    const client = new pg.Client({ connectionString: fromSchema });
    await client.connect();
    await client.query(sql);
    await client.end();

    expect(await describeSchema(fromMigrations)).toEqual(await describeSchema(fromSchema));
  });

  it('is idempotent and writes Prisma Migrate bookkeeping', async () => {
    const url = inject('databaseUrl');
    const second = await migrate(url);
    expect(second.applied).toEqual([]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(
      'SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name',
    );
    await client.end();
    const files = await readMigrations();
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(files.map((f) => [f.name, f.checksum]));
    expect(rows.every((r) => r.finished_at)).toBe(true);
  });

  it('refuses a migration that was edited after it was applied', async () => {
    const url = await fresh();
    const [first] = await readMigrations();
    await migrate(url, { migrations: [first!] });
    await expect(migrate(url, { migrations: [{ ...first!, checksum: 'x'.repeat(64) }] })).rejects.toThrow(
      /changed/,
    );
  });
});
