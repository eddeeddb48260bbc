// Vitest global setup of the integration tier: one fresh, migrated database for the run, handed to the
// tests as inject('databaseUrl'); dropped at the end.
import type { TestProject } from 'vitest/node';
import { migrate } from '../migrations/migrate.js';
import { chooseTestDatabaseMode, createScratchDatabase, defaultServerUrl } from './scratch-database.js';

import './provided-context.js';

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_SERVER_URL ?? defaultServerUrl;
  const mode = await chooseTestDatabaseMode(serverUrl);
  const database = await createScratchDatabase(mode, serverUrl);
  await migrate(database.databaseUrl);
  console.log(
    `integration tests use ${mode === 'server' ? `the PostgreSQL server (${serverUrl})` : 'an in-memory PGlite'}`,
  );
  project.provide('databaseUrl', database.databaseUrl);
  project.provide('databaseMode', mode);
  project.provide('serverUrl', serverUrl);
  return () => database.drop();
}
