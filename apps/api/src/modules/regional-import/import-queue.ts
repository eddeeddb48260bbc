// The daily sync as jobs in PostgreSQL (pg-boss): one job per region, at most one running and one
// waiting per region across every API process, retried with backoff; started by the schedule
// (IMPORT_SCHEDULE, in Belgrade time) and on demand.
import { Cron } from 'croner';
import PgBoss from 'pg-boss';
import { regionCodes, type RegionCode } from '@portal/regional-import';

export const importQueueName = 'regional-import';

export interface ImportJob {
  region: RegionCode;
}

export interface ImportQueueOptions {
  databaseUrl: string;
  /** a cron expression; null: no schedule (on demand only) */
  schedule: string | null;
  /** processes one region's inbox; throwing makes the job retry with backoff */
  processRegion: (region: RegionCode) => Promise<void>;
  log: { info(obj: object, msg: string): void; error(obj: object, msg: string): void };
  /**
   * The embedded database is one session that pglite-socket may interleave (electric-sql/pglite#1046):
   * there the queue gets one connection and polls rarely.
   */
  embedded?: boolean;
}

export interface ImportQueue {
  /** queues an import of these regions (all when left out), wakes this process's worker, says which */
  request(regions?: readonly RegionCode[]): Promise<readonly RegionCode[]>;
  stop(): Promise<void>;
}

/** Retries: 5 more tries, 1 minute apart at first and doubling (pg-boss's backoff). */
const retry = { retryLimit: 5, retryDelay: 60, retryBackoff: true } as const;

export async function startImportQueue(options: ImportQueueOptions): Promise<ImportQueue> {
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    max: options.embedded ? 1 : 2,
    // the queue's own upkeep (expiring jobs of a killed process so that they retry) every 10 minutes
    maintenanceIntervalSeconds: 600,
    // the schedule is croner's, in each process; the queue's policy makes the copies one job
    schedule: false,
  });
  boss.on('error', (error) => options.log.error({ err: error }, 'import queue error'));
  await boss.start();
  await boss.createQueue(importQueueName, { name: importQueueName, policy: 'stately', ...retry });
  const workerId = await boss.work<ImportJob>(
    importQueueName,
    // a job sent by this process wakes the worker at once (notifyWorker); polling catches the rest
    { pollingIntervalSeconds: 300, batchSize: 1 },
    async ([job]) => {
      if (!job) return;
      const started = Date.now();
      try {
        await options.processRegion(job.data.region);
        options.log.info({ region: job.data.region, ms: Date.now() - started }, 'regional import done');
      } finally {
        // one job per fetch: look for the next region's at once instead of at the next poll
        setImmediate(() => boss.notifyWorker(workerId));
      }
    },
  );

  async function request(regions: readonly RegionCode[] = regionCodes): Promise<readonly RegionCode[]> {
    for (const region of regions)
      await boss.send(importQueueName, { region } satisfies ImportJob, { singletonKey: region, ...retry });
    boss.notifyWorker(workerId);
    return regions;
  }

  const cron = options.schedule
    ? new Cron(options.schedule, { timezone: 'Europe/Belgrade', protect: true }, () => {
        request().catch((error: unknown) => options.log.error({ err: error }, 'scheduled import failed'));
      })
    : undefined;

  return {
    request,
    async stop() {
      cron?.stop();
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
