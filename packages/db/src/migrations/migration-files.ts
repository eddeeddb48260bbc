import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * prisma/ at the repository root: schema.prisma and migrations/ in Prisma Migrate's layout. Found by
 * walking up from this file, so it works from the sources and from the API bundle alike; MIGRATIONS_DIR
 * overrides it (the Docker image).
 */
function findPrismaDir(): string {
  if (process.env.MIGRATIONS_DIR) return dirname(process.env.MIGRATIONS_DIR);
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'prisma', 'migrations'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('prisma/migrations not found: set MIGRATIONS_DIR');
    dir = parent;
  }
  return join(dir, 'prisma');
}

export const prismaDir = findPrismaDir();
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
