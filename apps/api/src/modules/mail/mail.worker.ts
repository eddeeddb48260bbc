import type { PrismaClient } from '@portal/db';
import type { FastifyBaseLogger } from 'fastify';
import type { AttachmentResolver } from './mail.attachments.js';
import { processOutbox } from './mail.service.js';
import type { MailTransport } from './mail.transport.js';

export interface MailWorkerOptions {
  prisma: Pick<PrismaClient, '$queryRaw' | 'mailOutbox'>;
  transport: MailTransport;
  log: Pick<FastifyBaseLogger, 'warn' | 'error'>;
  /** how often to look for due mail (retries, and mail queued by other processes) */
  intervalMs?: number;
  batchSize?: number;
  resolveAttachment?: AttachmentResolver;
}

const mailWorkerDefaults = {
  /**
   * Mail queued in this process is sent at once (`notify`); the timer only picks up retries and mail
   * queued by other processes, so it can be slow and keep an idle portal quiet.
   */
  intervalMs: 30_000,
  batchSize: 20,
};

/** At most this many batches per run, so one run cannot go on forever while mail keeps arriving. */
const maxBatchesPerRun = 50;

/**
 * Delivers the outbox in the background: every few seconds, and right after a message is queued
 * (`notify`). Runs never overlap within a process (they are chained); across processes the row
 * claims keep them apart.
 */
export class MailWorker {
  private readonly options: Required<Omit<MailWorkerOptions, 'resolveAttachment'>> &
    Pick<MailWorkerOptions, 'resolveAttachment'>;
  private chain: Promise<void> = Promise.resolve();
  private scheduled = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  /** codes of queued verification mail, only for the local transport's log line; never persisted */
  private readonly devCodes = new Map<string, string>();

  constructor(options: MailWorkerOptions) {
    // `?? default` rather than spreading over defaults: an option passed as undefined (the mail plugin
    // passes its own optional intervalMs on) must mean "the default", not a timer firing every 1 ms.
    this.options = {
      ...options,
      intervalMs: options.intervalMs ?? mailWorkerDefaults.intervalMs,
      batchSize: options.batchSize ?? mailWorkerDefaults.batchSize,
    };
  }

  start(): void {
    if (this.timer || this.stopped) return;
    this.timer = setInterval(() => this.notify(), this.options.intervalMs);
    // The timer alone must not keep a process (or a test run) alive.
    this.timer.unref();
  }

  /** Remembers the code of a queued message for the local transport (ignored with SMTP). */
  rememberDevCode(id: string, code: string): void {
    if (this.options.transport.kind === 'local') this.devCodes.set(id, code);
  }

  /** Asks for a run soon; several requests before it starts make one run. */
  notify(): void {
    if (this.stopped || this.scheduled) return;
    this.scheduled = true;
    this.enqueueRun(() => {
      this.scheduled = false;
    }).catch((error: unknown) => this.options.log.error({ err: error }, 'mail outbox run failed'));
  }

  /** Delivers everything due now, after any run in progress; rejects if the database fails. */
  flush(): Promise<void> {
    return this.enqueueRun();
  }

  /** No new runs; resolves when the current one has finished. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.chain;
  }

  private enqueueRun(beforeRun?: () => void): Promise<void> {
    const run = this.chain.then(async () => {
      beforeRun?.();
      await this.drain();
    });
    this.chain = run.catch(() => {});
    return run;
  }

  private async drain(): Promise<void> {
    const { prisma, transport, batchSize, log, resolveAttachment } = this.options;
    for (let batch = 0; batch < maxBatchesPerRun; batch++) {
      const result = await processOutbox(prisma, transport, {
        batchSize,
        ...(resolveAttachment ? { resolveAttachment } : {}),
        devCodeOf: (id) => {
          const code = this.devCodes.get(id);
          this.devCodes.delete(id);
          return code;
        },
        onFailure: ({ id, template, attempts, error, final }) =>
          log.warn(
            { mailId: id, template, attempts, error },
            final ? 'mail delivery failed for the last time' : 'mail delivery failed; will retry',
          ),
      });
      if (result.claimed < batchSize) return;
    }
  }
}
