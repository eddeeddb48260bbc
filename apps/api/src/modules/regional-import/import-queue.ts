// The daily sync as jobs (the jobs module's queue in PostgreSQL): one job per region, at most one running
// and one waiting per region across every API process, retried with backoff; started by the schedule
// (IMPORT_SCHEDULE, in Belgrade time) and on demand.
import { regionCodes, type RegionCode } from '@portal/regional-import';
import type { JobDefinition } from '../jobs/job-queue.js';

export const importQueueName = 'regional-import';

export interface ImportJob {
  region: RegionCode;
}

export interface ImportQueue {
  /** queues an import of these regions (all when left out), wakes this process's worker, says which */
  request(regions?: readonly RegionCode[]): Promise<readonly RegionCode[]>;
}

export interface ImportJobOptions {
  /** a cron expression; null: no schedule (on demand only) */
  schedule: string | null;
  /** processes one region's inbox; throwing makes the job retry with backoff */
  processRegion: (region: RegionCode) => Promise<void>;
}

export function importJob(options: ImportJobOptions): JobDefinition<ImportJob> {
  return {
    name: importQueueName,
    run: ({ region }) => options.processRegion(region),
    ...(options.schedule ? { schedule: { cron: options.schedule, timezone: 'Europe/Belgrade' } } : {}),
    scheduled: () => regionCodes.map((region) => ({ data: { region }, key: region })),
    // 5 more tries, 1 minute apart at first and doubling
    retry: { limit: 5, delaySeconds: 60 },
    // a full export of a large region takes a while: only after this is a run taken for dead
    expireInSeconds: 2 * 60 * 60,
  };
}

/** Asks for imports through the job queue (`trigger` is the jobs module's). */
export function importQueue(
  trigger: (name: string, data: ImportJob, key: string) => Promise<void>,
): ImportQueue {
  return {
    async request(regions = regionCodes) {
      for (const region of regions) await trigger(importQueueName, { region }, region);
      return regions;
    },
  };
}
