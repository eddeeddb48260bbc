// The jobs module: every module registers its background jobs here (a name, the work, a schedule), and
// the queue in PostgreSQL runs them across all API processes (job-queue.ts, README.md).
import fp from 'fastify-plugin';
import { startJobQueue, type JobCounts, type JobDefinition, type JobQueue } from './job-queue.js';

declare module 'fastify' {
  interface FastifyInstance {
    jobs: {
      /** a module's job; before the app is ready */
      register<T extends object>(definition: JobDefinition<T>): void;
      /**
       * queues the job now (it joins one already waiting) and wakes this process's worker; nothing
       * when jobs do not run here (tests run the work themselves)
       */
      trigger(name: string, data?: object, key?: string): Promise<void>;
      /** what the schedule does at the slot of `at` (tests: several processes at one slot) */
      fire(name: string, at: Date): Promise<void>;
      /** per queue: waiting, running and failed jobs; undefined when jobs do not run here */
      counts(): Promise<Record<string, JobCounts> | undefined>;
      /** whether this process runs the jobs */
      readonly running: boolean;
    };
  }
}

export interface JobsPluginOptions {
  /**
   * Run the jobs. Default: when the app has a database of its own to give the queue (not in unit
   * tests) and NODE_ENV is not test, where tests run each job's work at the moment they check it.
   */
  run?: boolean;
  /** false: scheduled slots come only from `fire` (tests); default true */
  timers?: boolean;
}

export default fp<JobsPluginOptions>(
  async (app, options) => {
    const definitions: JobDefinition<never>[] = [];
    const { database } = app;
    const run = (options.run ?? app.config.nodeEnv !== 'test') && database !== undefined;
    let queue: JobQueue | undefined;

    app.decorate('jobs', {
      register<T extends object>(definition: JobDefinition<T>) {
        if (definitions.some((known) => known.name === definition.name))
          throw new Error(`job ${definition.name} is registered twice`);
        definitions.push(definition as unknown as JobDefinition<never>);
      },
      async trigger(name: string, data?: object, key?: string) {
        await queue?.trigger(name, data, key);
      },
      async fire(name: string, at: Date) {
        await queue?.fire(name, at);
      },
      counts: async () => queue?.counts(),
      get running() {
        return queue !== undefined;
      },
    });

    if (!run || !database) return;
    app.addHook('onReady', async () => {
      queue = await startJobQueue(definitions, {
        connectionString: database.url,
        // the embedded database is one session: the queue's statements share the app's one connection
        ...(database.pool
          ? { db: { executeSql: (text, values) => database.pool!.query(text, values) } }
          : {}),
        max: 3,
        timers: options.timers ?? true,
        log: app.log,
      });
    });
    // before the database goes: a running job finishes (or, after 10 s, is left to be retried)
    app.addHook('preClose', async () => {
      const stopping = queue;
      queue = undefined;
      await stopping?.stop();
    });
  },
  { name: 'jobs', dependencies: ['db'] },
);
