import { join } from 'node:path';
import { startEmbeddedPostgres } from './embedded.js';
import { migrate } from './migrations/migrate.js';

export interface OpenDatabaseOptions {
  /** a PostgreSQL server; undefined starts the embedded PGlite database in `dataDir` */
  databaseUrl?: string | undefined;
  dataDir: string;
  log?: (message: string) => void;
}

export interface OpenDatabase {
  databaseUrl: string;
  embedded: boolean;
  close(): Promise<void>;
}

/** Opens the configured database (starting the embedded one if needed) and applies pending migrations. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenDatabase> {
  const log = options.log ?? (() => {});
  if (options.databaseUrl) {
    await migrate(options.databaseUrl, { log });
    return { databaseUrl: options.databaseUrl, embedded: false, close: async () => {} };
  }
  const pgliteDir = join(options.dataDir, 'pglite');
  log(`starting the embedded PostgreSQL (PGlite) in ${pgliteDir}`);
  const embedded = await startEmbeddedPostgres({ dataDir: pgliteDir });
  try {
    await migrate(embedded.databaseUrl, { log });
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return { databaseUrl: embedded.databaseUrl, embedded: true, close: () => embedded.stop() };
}
