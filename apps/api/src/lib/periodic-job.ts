import type { FastifyInstance } from 'fastify';

/**
 * Runs `job` when the app is ready and then every `everyMs`, logging failures; stops on close. Not in
 * tests: they run jobs themselves, at the moment they check them.
 */
export function runPeriodically(
  app: FastifyInstance,
  name: string,
  everyMs: number,
  job: () => Promise<unknown>,
): void {
  if (app.config.nodeEnv === 'test') return;
  let timer: NodeJS.Timeout | undefined;
  const run = () =>
    job().catch((error: unknown) => app.log.error({ err: error, job: name }, `${name} failed`));
  app.addHook('onReady', async () => {
    void run();
    timer = setInterval(run, everyMs);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
