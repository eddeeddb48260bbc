import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** prisma/ at the repository root: schema.prisma and migrations/ in Prisma Migrate's layout. */
export const prismaDir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../prisma');
export const migrationsDir = join(prismaDir, 'migrations');
export const schemaPath = join(prismaDir, 'schema.prisma');

export interface MigrationFile {
  /** folder name, `<timestamp>_<name>`; Prisma orders migrations by it */
  name: string;
  sql: string;
  /** what Prisma Migrate stores in _prisma_migrations.checksum: sha256 of migration.sql, hex */
  checksum: string;
}

export async function readMigrations(dir = migrationsDir): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const folders = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    folders.map(async (name) => {
      const sql = await readFile(join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}
