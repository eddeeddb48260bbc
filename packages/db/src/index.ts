export {
  connectionTimeoutMs,
  createPrismaClient,
  poolOf,
  PrismaClient,
  type Prisma,
  type PrismaClientOptions,
} from './client.js';
export {
  readReplicaRouting,
  withReadReplica,
  type ReadReplicaOptions,
  type ReadScope,
} from './read-replica.js';
export { poolStatementRows, statementRows, type StatementRows } from './statement-rows.js';
export { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded.js';
export { openDatabase, type OpenDatabase, type OpenDatabaseOptions } from './open-database.js';
export { migrate, MigrationError, type MigrateResult } from './migrations/migrate.js';
export { readMigrations, migrationsDir, schemaPath } from './migrations/migration-files.js';
export * from './generated/prisma/enums.js';
export { isDatabaseUnavailableError, isUniqueConstraintError } from './errors.js';
export { copyText, writeRows, type Cell, type Rows, type TableSpec } from './bulk-writer.js';
