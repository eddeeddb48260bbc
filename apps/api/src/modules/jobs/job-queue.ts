// The background jobs of every module as queues in PostgreSQL (pg-boss): a job runs in one process at a
// time across all API processes (policy "stately": at most one waiting and one running per queue and
// key), each scheduled slot once (job-slots.ts), failures retried with backoff, and the queues' counts
// readable for /ready.
import PgBoss from 'pg-boss';
import { slotJobId, slotOf, startSlotTimer, type JobSchedule, type SlotTimer } from './job-slots.js';

export interface JobDefinition<T extends object = object> {
  /** the queue's name: letters, digits, hyphens */
  name: string;
  /** the work; throwing makes the job retry later, with backoff */
  run: (data: T) => Promise<unknown>;
  schedule?: JobSchedule;
  /** the jobs a scheduled slot queues (default: one with no data); `key` keeps them apart */
  scheduled?: () => readonly { data: T; key?: string }[];
  /** also queued when a process starts (work left by a restart, mail queued while SMTP was away) */
  atStart?: boolean;
  /** retries after the first failure, and the first retry's delay (it doubles, with jitter) */
  retry?: { limit: number; delaySeconds: number };
  /** a run taking longer is failed (and retried): the process running it may have died */
  expireInSeconds?: number;
}

export interface JobCounts {
  /** waiting to run: new, or failed and waiting for their retry */
  queued: number;
  active: number;
  /** failed for good (kept for a while by the queue's upkeep) */
  failed: number;
}

export interface JobQueueOptions {
  /** the queue's own connections; or `db`, statements through a pool shared with the app */
  connectionString: string;
  db?: PgBoss.Db;
  /** connections of its own when `db` is not given */
  max: number;
  /** false: no timers; slots come only from `fire` (tests that play several processes at one slot) */
  timers?: boolean;
  log: { error(obj: object, msg: string): void; warn(obj: object, msg: string): void };
}

export interface JobQueue {
  /** queues a job now (joins one already waiting); resolves true when a new one was queued */
  trigger(name: string, data?: object, key?: string): Promise<boolean>;
  /** what the schedule does at a slot; every process may call it, one job results */
  fire(name: string, at: Date): Promise<void>;
  counts(): Promise<Record<string, JobCounts>>;
  stop(): Promise<void>;
}

const isObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a failed job keeps as its output (an Error's own fields do not survive JSON). */
function describeFailure(error: unknown): object {
  return error instanceof Error
    ? { name: error.name, message: error.message, stack: error.stack }
    : { message: String(error) };
}

const defaultRetry = { limit: 5, delaySeconds: 30 };

/**
 * How often an idle worker looks for jobs it was not told about: another process's retries and jobs of
 * a process that died. Jobs this process queues wake its own worker at once (notifyWorker).
 */
export const pollingIntervalSeconds = 300;

export async function startJobQueue(
  definitions: readonly JobDefinition<never>[],
  options: JobQueueOptions,
): Promise<JobQueue> {
  const boss = new PgBoss({
    ...(options.db ? { db: options.db } : { connectionString: options.connectionString, max: options.max }),
    // its upkeep (failing jobs of a process that died, so that they retry; archiving) every 10 minutes
    maintenanceIntervalSeconds: 600,
    // scheduling is ours (job-slots.ts): no cron polling every 30 seconds in every process
    schedule: false,
  });
  boss.on('error', (error) => options.log.error({ err: error }, 'job queue error'));
  await boss.start();

  const workers = new Map<string, string>();
  const byName = new Map(definitions.map((definition) => [definition.name, definition]));
  const sendOptions = (definition: JobDefinition<never>): PgBoss.SendOptions => {
    const retry = definition.retry ?? defaultRetry;
    return {
      retryLimit: retry.limit,
      retryDelay: retry.delaySeconds,
      retryBackoff: true,
      expireInSeconds: definition.expireInSeconds ?? 15 * 60,
    };
  };

  const retryTimers = new Set<NodeJS.Timeout>();
  /** A failed job's retry is due at its start_after: wake this worker then rather than at its next poll. */
  async function wakeForRetry(name: string, id: string): Promise<void> {
    const job = await boss.getJobById(name, id);
    if (job?.state !== 'retry') return;
    const timer = setTimeout(
      () => {
        retryTimers.delete(timer);
        boss.notifyWorker(workers.get(name)!);
      },
      Math.max(0, new Date(job.startAfter).getTime() - Date.now()) + 250,
    );
    timer.unref();
    retryTimers.add(timer);
  }

  for (const definition of definitions) {
    await boss.createQueue(definition.name, { name: definition.name, policy: 'stately' });
    const workerId = await boss.work<object>(
      definition.name,
      { pollingIntervalSeconds, batchSize: 1 },
      async ([job]) => {
        if (!job) return;
        // pg-boss marks the job complete (or failed) without waiting while its worker already fetches
        // the next; under "stately" that fetch collides with this job, still active, and pg-boss
        // swallows the error and sleeps until the next poll. So the job's end is written here, awaited,
        // and only then is the worker woken (pg-boss's own complete then finds nothing active to end).
        try {
          const output: unknown = await definition.run(job.data as never);
          await boss.complete(definition.name, job.id, isObject(output) ? output : {});
        } catch (error) {
          await boss.fail(definition.name, job.id, describeFailure(error));
          await wakeForRetry(definition.name, job.id);
        }
        // one job per fetch, and a job sent while this one ran could not start: look again at once
        boss.notifyWorker(workerId);
      },
    );
    workers.set(definition.name, workerId);
  }

  const definitionOf = (name: string) => {
    const definition = byName.get(name);
    if (!definition) throw new Error(`no job named ${name}`);
    return definition;
  };

  async function send(name: string, data: object, extra: PgBoss.SendOptions): Promise<boolean> {
    const id = await boss.send(name, data, { ...sendOptions(definitionOf(name)), ...extra });
    if (id) boss.notifyWorker(workers.get(name)!);
    return id !== null;
  }

  async function fire(name: string, at: Date): Promise<void> {
    const definition = definitionOf(name);
    if (!definition.schedule) throw new Error(`job ${name} has no schedule`);
    const slot = slotOf(definition.schedule, at);
    for (const { data, key } of definition.scheduled?.() ?? [{ data: {} }])
      await send(name, data, { id: slotJobId(name, slot, key), ...(key ? { singletonKey: key } : {}) });
  }

  const timers: SlotTimer[] = [];
  for (const definition of definitions) {
    const { schedule } = definition;
    if (!schedule || options.timers === false) continue;
    timers.push(
      startSlotTimer(schedule, (slot) => {
        fire(definition.name, slot).catch((error: unknown) =>
          options.log.warn({ err: error, job: definition.name }, 'could not queue a scheduled job'),
        );
      }),
    );
  }
  for (const definition of definitions)
    if (definition.atStart)
      await send(definition.name, {}, {}).catch((error: unknown) =>
        options.log.warn({ err: error, job: definition.name }, 'could not queue a job at start'),
      );

  return {
    trigger: (name, data = {}, key) => send(name, data, key ? { singletonKey: key } : {}),
    fire,
    async counts() {
      const names = definitions.map((definition) => definition.name);
      const { rows } = await boss.getDb().executeSql(
        `SELECT name, state, count(*)::int AS n FROM pgboss.job
            WHERE name = ANY($1::text[]) AND state IN ('created', 'retry', 'active', 'failed')
            GROUP BY name, state`,
        [names],
      );
      const counts: Record<string, JobCounts> = Object.fromEntries(
        names.map((name) => [name, { queued: 0, active: 0, failed: 0 }]),
      );
      for (const row of rows as { name: string; state: string; n: number }[]) {
        const count = counts[row.name]!;
        if (row.state === 'active') count.active += row.n;
        else if (row.state === 'failed') count.failed += row.n;
        else count.queued += row.n;
      }
      return counts;
    },
    async stop() {
      for (const timer of timers) timer.stop();
      for (const timer of retryTimers) clearTimeout(timer);
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
