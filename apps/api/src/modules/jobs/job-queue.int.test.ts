// The job queue on a real database: a job queued while another of its queue runs starts as soon as the
// first ends, not at the next poll (5 minutes). pg-boss itself marks a job complete without waiting and
// fetches the next at once; with the policy "stately" that fetch collides with the job still active,
// pg-boss swallows the error and the worker sleeps. The test holds the finished job's row locked for a
// moment, so that its completion is slow, as on a busy database.
import { migrate } from '@portal/db';
import { createScratchDatabase, type ScratchDatabase } from '@portal/db/testing';
import pg from 'pg';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { startJobQueue, type JobQueue } from './job-queue.js';

let database: ScratchDatabase;
const queues: JobQueue[] = [];
const errors: object[] = [];
const log = { error: (obj: object) => errors.push(obj), warn: (obj: object) => errors.push(obj) };

beforeAll(async () => {
  database = await createScratchDatabase(inject('databaseMode'), inject('serverUrl'));
  await migrate(database.databaseUrl);
}, 120_000);

afterAll(async () => {
  for (const queue of queues) await queue.stop();
  await database?.drop();
});

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Holds the row of the job with data `n` locked until the returned function is called. */
async function lockJob(n: string): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: database.databaseUrl });
  await client.connect();
  await client.query('BEGIN');
  const { rowCount } = await client.query(`SELECT 1 FROM pgboss.job WHERE data->>'n' = $1 FOR UPDATE`, [n]);
  expect(rowCount).toBe(1);
  return async () => {
    await client.query('COMMIT');
    await client.end();
  };
}

it('starts a job queued during a run of its queue right after that run, in this process or another', async () => {
  const started = new Map<string, ReturnType<typeof deferred>>();
  const release = new Map<string, ReturnType<typeof deferred>>();
  const gate = (map: Map<string, ReturnType<typeof deferred>>, n: string) => {
    if (!map.has(n)) map.set(n, deferred());
    return map.get(n)!;
  };
  const definition = {
    name: 'collision-test',
    run: async ({ n }: { n: string }) => {
      gate(started, n).resolve();
      await gate(release, n).promise;
    },
  };
  const options = { connectionString: database.databaseUrl, max: 2, timers: false, log };
  const a = await startJobQueue([definition as never], options);
  queues.push(a);
  const b = await startJobQueue([definition as never], options);
  queues.push(b);

  for (let round = 0; round < 6; round++) {
    // one runs; one more is queued meanwhile, from either process
    await a.trigger('collision-test', { n: `first-${round}` });
    await within(gate(started, `first-${round}`).promise, 10_000, `round ${round}: the first run`);
    await (round % 2 ? a : b).trigger('collision-test', { n: `second-${round}` });
    const unlock = await lockJob(`first-${round}`);
    gate(release, `first-${round}`).resolve();
    setTimeout(() => void unlock(), 300);
    // the second starts within seconds of the first ending, not after a poll interval (5 minutes)
    await within(
      gate(started, `second-${round}`).promise,
      10_000,
      `round ${round}: the job queued during a run`,
    );
    gate(release, `second-${round}`).resolve();
  }
  expect(errors).toEqual([]);
}, 180_000);

it('retries a run that throws, after its delay, and fails it for good after the last retry', async () => {
  let attempts = 0;
  const succeeded = deferred();
  const queue = await startJobQueue(
    [
      {
        name: 'retry-test',
        retry: { limit: 1, delaySeconds: 1 },
        run: async () => {
          attempts++;
          if (attempts === 1) throw new Error('the first attempt fails');
          succeeded.resolve();
        },
      },
      {
        name: 'failing-test',
        retry: { limit: 1, delaySeconds: 1 },
        run: async () => {
          throw new Error('always');
        },
      },
    ] as never,
    { connectionString: database.databaseUrl, max: 2, timers: false, log },
  );
  queues.push(queue);
  await queue.trigger('retry-test');
  await queue.trigger('failing-test');
  // due after a second (then two), not at the next poll in 5 minutes
  await within(succeeded.promise, 20_000, 'the retry');
  expect(attempts).toBe(2);
  await expect
    .poll(async () => (await queue.counts())['failing-test'], { timeout: 20_000, interval: 500 })
    .toEqual({ queued: 0, active: 0, failed: 1 });
}, 60_000);
