// The import's dependencies, wired once for the command and the job: the writer on its own
// connection (COPY where the database speaks it), refusals recorded in the run history.
import type { Clock } from '@portal/domain';
import { basename } from 'node:path';
import pg from 'pg';
import type { DatabaseHandle } from '../../plugins/db.js';
import { applyExport } from './apply-export.js';
import type { ImportDeps } from './import-exports.js';
import { insertRun } from './import-runs.js';

/** Stands in for the checksum of an export whose bytes could not be read whole. */
const unreadableChecksum = '0'.repeat(64);

export function createImportDeps(options: {
  database: DatabaseHandle;
  clock: Clock;
  onProgress?: ImportDeps['onProgress'];
  onPhase?: (phase: string, ms: number) => void;
}): ImportDeps {
  const { database, clock, onPhase } = options;
  return {
    applyExport: (input) =>
      applyExport(
        { databaseUrl: database.url },
        { ...input, clock, useCopy: !database.embedded, ...(onPhase ? { onPhase } : {}) },
      ),
    async recordRefusal(source, header, checksum, reason) {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        await insertRun(
          client,
          {
            header: header ?? {
              region: source.region,
              sequence: source.sequence,
              exportDate: source.exportDate,
              kind: 'DELTA',
            },
            checksum: checksum ?? unreadableChecksum,
            name: basename(source.name),
            startedAt: clock.now(),
          },
          'REFUSED',
          reason,
        );
      } finally {
        await client.end();
      }
    },
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
}
