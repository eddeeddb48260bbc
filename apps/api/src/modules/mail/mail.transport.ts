import type { FastifyBaseLogger } from 'fastify';
import { createTransport } from 'nodemailer';
import type { Config } from '../../config.js';
import type { MailAttachment } from './mail.attachments.js';

/** One rendered message on its way out, as read back from the outbox. */
export interface OutgoingMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  template: string;
  attachments?: MailAttachment[];
  /** the sender's own headers, as queued */
  headers?: Record<string, string>;
  /**
   * The one-time code of a verification mail, handed over in memory only (never stored in a column of
   * its own), so the local transport can print it for the developer. Set only for the local transport.
   */
  devCode?: string;
}

export interface MailTransport {
  /** 'local': no SMTP configured, mail stays in the outbox table and the dev mailbox shows it */
  kind: 'smtp' | 'local';
  /** resolves when the server accepted the message; rejects otherwise (the outbox retries) */
  send(message: OutgoingMessage): Promise<void>;
  close(): void;
}

type Log = Pick<FastifyBaseLogger, 'info'>;

/** Templates whose code the local transport may print (and only when no SMTP server is configured). */
const codeTemplates = new Set(['verificationCode', 'emailChangeVerification']);

/**
 * SMTP (nodemailer) when SMTP_URL is set — Mailpit in docker-compose, the supplier's relay in
 * production; otherwise the local mailbox of the embedded default, which needs no network.
 */
export function createMailTransport(
  config: Pick<Config, 'smtpUrl' | 'mailFrom'>,
  log: Log = { info: () => {} },
): MailTransport {
  if (!config.smtpUrl) return createLocalTransport(log);
  const smtp = createTransport({
    url: config.smtpUrl,
    // Fail fast when the server is away: the outbox retries later, and a hanging connection would
    // hold up the whole batch.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    kind: 'smtp',
    async send(message) {
      await smtp.sendMail({
        from: config.mailFrom,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        ...(message.attachments?.length ? { attachments: message.attachments } : {}),
        // RFC 3834: machine-sent, so auto-responders should not answer it.
        headers: { ...message.headers, 'Auto-Submitted': 'auto-generated' },
      });
    },
    close: () => smtp.close(),
  };
}

/**
 * "Delivers" into the outbox table itself: the row is marked SENT and the development mailbox page
 * shows it. The verification code is also printed, so a developer can register without opening it —
 * the one place a secret may reach the log, and only without SMTP.
 */
export function createLocalTransport(log: Log): MailTransport {
  return {
    kind: 'local',
    async send(message) {
      if (message.devCode && codeTemplates.has(message.template)) {
        log.info(`verification code for ${message.to}: ${message.devCode}`);
      }
    },
    close: () => {},
  };
}

/**
 * What is kept of a failed delivery in `last_error` and the log: the error's code and the first line
 * of its message, with any credentials of a URL masked. Never the message itself.
 */
export function describeSendError(error: unknown): string {
  const e = (error ?? {}) as { code?: unknown; responseCode?: unknown; message?: unknown };
  const message = typeof e.message === 'string' ? e.message : String(error);
  const firstLine = message.split(/\r?\n/, 1)[0] ?? '';
  const prefix = [e.code, e.responseCode].filter(
    (part) => typeof part === 'string' || typeof part === 'number',
  );
  const text = (prefix.length > 0 ? `${prefix.join(' ')}: ${firstLine}` : firstLine).replace(
    /\/\/[^/\s@]*@/g,
    '//***@',
  );
  return text.slice(0, 300);
}
