// pnpm db:migrate: applies pending migrations to DATABASE_URL, or to the embedded database in DATA_DIR.
import { resolve } from 'node:path';
import { openDatabase } from '../open-database.js';
import { prismaDir } from '../migrations/migration-files.js';

const db = await openDatabase({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: process.env.DATA_DIR ?? resolve(prismaDir, '../.data'),
  log: (message) => console.log(message),
});
console.log(`Database is up to date (${db.embedded ? 'embedded PGlite' : 'PostgreSQL server'}).`);
await db.close();
