import type { Locale } from '@portal/contract';
import type { Prisma, PrismaClient } from '@portal/db';
import { missingResolver, type AttachmentResolver, type MailAttachmentRef } from './mail.attachments.js';
import {
  renderMail,
  type MailTemplate,
  type MailTemplateParams,
  type MailTemplates,
} from './mail.templates.js';
import { describeSendError, type MailTransport } from './mail.transport.js';

/**
 * The durable outbox: a message is rendered and written to `mail_outbox` (in the caller's transaction
 * if it has one), then delivered by a worker with retries, so an SMTP outage delays mail but loses none.
 */

/** A message to queue of one of the templates K; `params` are checked against the template named. */
export type MailRequest<K extends MailTemplate = MailTemplate> = {
  [T in K]: {
    to: string;
    template: T;
    locale: Locale;
    params: MailTemplateParams[T];
    attachments?: MailAttachmentRef[];
    /** headers of the sender's own, e.g. RFC 8058's List-Unsubscribe (the transport adds the usual ones) */
    headers?: Record<string, string>;
  };
}[K];

/** The Prisma client or a transaction client (`prisma.$transaction(async (tx) => ...)`). */
export type MailOutboxClient = Pick<Prisma.TransactionClient, 'mailOutbox'>;

export const outboxRules = {
  /** after this many failed attempts a message is FAILED and no longer tried */
  maxAttempts: 10,
  /** the first retry waits this long, each next one twice as long, up to the cap */
  retryBaseSeconds: 30,
  retryMaxSeconds: 3600,
  /**
   * A claimed message is SENDING until this long after the claim; if its worker died meanwhile, the
   * message is claimed again then (at least once: it may be delivered twice, never lost).
   */
  leaseSeconds: 300,
};

/** Seconds to wait after the n-th failed attempt (n from 1): 30, 60, 120, ... up to an hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(outboxRules.retryBaseSeconds * 2 ** Math.max(0, attempts - 1), outboxRules.retryMaxSeconds);
}

/** The outbox row of a request, rendered with the definitions given. */
function outboxRow<K extends MailTemplate>(templates: MailTemplates<K>, request: MailRequest<K>) {
  const rendered = renderMail(templates, request.template, request.locale, request.params as never);
  return {
    toAddress: request.to,
    subject: rendered.subject,
    textBody: rendered.text,
    htmlBody: rendered.html,
    template: request.template,
    locale: request.locale,
    ...(request.attachments?.length
      ? { attachments: request.attachments as unknown as Prisma.InputJsonArray }
      : {}),
    ...(request.headers ? { headers: request.headers } : {}),
  };
}

/**
 * Renders the template with the definitions given (a module's own, or the registry's) and queues the
 * message as PENDING; returns the outbox row's id.
 */
export async function enqueueMail<K extends MailTemplate>(
  prisma: MailOutboxClient,
  templates: MailTemplates<K>,
  request: MailRequest<NoInfer<K>>,
): Promise<string> {
  const row = await prisma.mailOutbox.create({
    data: outboxRow(templates, request),
    select: { id: true },
  });
  return row.id;
}

/** Queues many messages in one statement (mass mail in batches); returns how many. */
export async function enqueueMails<K extends MailTemplate>(
  prisma: MailOutboxClient,
  templates: MailTemplates<K>,
  requests: readonly MailRequest<NoInfer<K>>[],
): Promise<number> {
  if (requests.length === 0) return 0;
  const rows = requests.map((request) => outboxRow(templates, request));
  return (await prisma.mailOutbox.createMany({ data: rows })).count;
}

/**
 * A module's typed way to queue mail of its own templates, in the caller's transaction when it passes
 * one; the caller wakes the worker (`app.mail.notify()`) once the transaction has committed.
 */
export function mailQueue<K extends MailTemplate>(templates: MailTemplates<K>) {
  return (prisma: MailOutboxClient, request: MailRequest<K>): Promise<string> =>
    enqueueMail(prisma, templates, request);
}

/** mailQueue for a batch of messages at once (one INSERT). */
export function mailBatchQueue<K extends MailTemplate>(templates: MailTemplates<K>) {
  return (prisma: MailOutboxClient, requests: readonly MailRequest<K>[]): Promise<number> =>
    enqueueMails(prisma, templates, requests);
}

export interface ProcessOutboxOptions {
  batchSize?: number;
  /** the time to judge "due" by (tests move it forward instead of waiting) */
  now?: Date;
  /** turns the stored attachment references into files; without it a message with attachments fails */
  resolveAttachment?: AttachmentResolver;
  /** the in-memory code of a message, for the local transport's log line */
  devCodeOf?: (id: string) => string | undefined;
  /** told about every failed attempt (no secrets: the error is already reduced to its code and first line) */
  onFailure?: (failure: {
    id: string;
    template: string;
    attempts: number;
    error: string;
    final: boolean;
  }) => void;
}

export interface ProcessOutboxResult {
  claimed: number;
  sent: number;
  /** failed now, tried again later */
  retrying: number;
  /** failed for the last time */
  failed: number;
}

interface ClaimedRow {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  template: string;
  attempts: number;
  attachments: MailAttachmentRef[] | null;
  headers: Record<string, string> | null;
}

/**
 * Delivers the due messages of one batch. The claim is a single UPDATE whose subquery locks rows with
 * FOR UPDATE SKIP LOCKED, so concurrent workers (in this process or another) take disjoint rows; the
 * claim commits before any network I/O, so no transaction is held open while SMTP is slow.
 */
export async function processOutbox(
  prisma: Pick<PrismaClient, '$queryRaw' | 'mailOutbox'>,
  transport: MailTransport,
  options: ProcessOutboxOptions = {},
): Promise<ProcessOutboxResult> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 20;
  const leaseUntil = new Date(now.getTime() + outboxRules.leaseSeconds * 1000);
  // A SENDING row is due again only when its lease (next_attempt_at) ran out: its worker is gone.
  const claimed = await prisma.$queryRaw<ClaimedRow[]>`
    UPDATE mail_outbox
       SET status = 'SENDING', attempts = attempts + 1, next_attempt_at = ${leaseUntil}
     WHERE id IN (
       SELECT id FROM mail_outbox
        WHERE status IN ('PENDING', 'SENDING') AND next_attempt_at <= ${now}
        ORDER BY next_attempt_at, id
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED)
    RETURNING id, to_address AS "toAddress", subject, text_body AS "textBody", html_body AS "htmlBody",
              template, attempts, attachments, headers`;

  const result: ProcessOutboxResult = { claimed: claimed.length, sent: 0, retrying: 0, failed: 0 };
  for (const row of claimed) {
    try {
      const attachments = await Promise.all(
        (row.attachments ?? []).map((ref) => {
          if (!options.resolveAttachment) throw missingResolver(ref);
          return options.resolveAttachment(ref);
        }),
      );
      await transport.send({
        attachments,
        id: row.id,
        to: row.toAddress,
        subject: row.subject,
        text: row.textBody,
        html: row.htmlBody,
        template: row.template,
        ...(row.headers ? { headers: row.headers } : {}),
        devCode: options.devCodeOf?.(row.id),
      });
    } catch (error) {
      const final = row.attempts >= outboxRules.maxAttempts;
      const lastError = describeSendError(error);
      await prisma.mailOutbox.update({
        where: { id: row.id },
        data: {
          status: final ? 'FAILED' : 'PENDING',
          nextAttemptAt: new Date(now.getTime() + retryDelaySeconds(row.attempts) * 1000),
          lastError,
        },
      });
      result[final ? 'failed' : 'retrying']++;
      options.onFailure?.({
        id: row.id,
        template: row.template,
        attempts: row.attempts,
        error: lastError,
        final,
      });
      continue;
    }
    await prisma.mailOutbox.update({
      where: { id: row.id },
      data: { status: 'SENT', sentAt: new Date(), lastError: null },
    });
    result.sent++;
  }
  return result;
}
