import type { PrismaClient } from '@portal/db';
import type { FastifyBaseLogger } from 'fastify';
import type { AttachmentResolver } from './mail.attachments.js';
import { processOutbox } from './mail.service.js';
import type { MailTransport } from './mail.transport.js';

export interface MailWorkerOptions {
  prisma: Pick<PrismaClient, '$queryRaw' | 'mailOutbox'>;
  transport: MailTransport;
  log: Pick<FastifyBaseLogger, 'warn' | 'error'>;
  batchSize?: number;
  resolveAttachment?: AttachmentResolver;
}

/** At most this many batches per run, so one run cannot go on forever while mail keeps arriving. */
const maxBatchesPerRun = 50;

/**
 * Delivers the outbox's due mail: the mail job's work (mail.plugin.ts), and `flush` in tests. Runs never
 * overlap within a process (they are chained); across processes the job queue runs one at a time, and
 * the row claims would keep them apart anyway.
 */
export class MailWorker {
  private chain: Promise<void> = Promise.resolve();
  private stopped = false;
  /** codes of queued verification mail, only for the local transport's log line; never persisted */
  private readonly devCodes = new Map<string, string>();

  constructor(private readonly options: MailWorkerOptions) {}

  /** Remembers the code of a queued message for the local transport (ignored with SMTP). */
  rememberDevCode(id: string, code: string): void {
    if (this.options.transport.kind === 'local') this.devCodes.set(id, code);
  }

  /** Delivers everything due now, after any run in progress; rejects if the database fails. */
  flush(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    const run = this.chain.then(() => this.drain());
    this.chain = run.catch(() => {});
    return run;
  }

  /** No new runs; resolves when the current one has finished. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.chain;
  }

  private async drain(): Promise<void> {
    const { prisma, transport, log, resolveAttachment } = this.options;
    const batchSize = this.options.batchSize ?? 20;
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
