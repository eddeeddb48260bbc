import { problemSchema } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/app-error.js';

const mailStatusSchema = z.enum(['PENDING', 'SENDING', 'SENT', 'FAILED']);

const mailSummarySchema = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  template: z.string(),
  status: mailStatusSchema,
  createdAt: z.iso.datetime({ offset: true }),
});

const mailMessageSchema = mailSummarySchema.extend({
  locale: z.string(),
  sentAt: z.iso.datetime({ offset: true }).nullable(),
  text: z.string(),
  html: z.string(),
});

export const mailboxListSchema = z.object({ items: z.array(mailSummarySchema) });
export type MailboxMessage = z.infer<typeof mailMessageSchema>;

const mailboxSize = 50;

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * The local development mailbox, mounted at /api/dev: only when no SMTP server is configured (the
 * embedded default keeps mail in the outbox instead of sending it). The messages hold verification
 * codes and password-reset links, so the mailbox also answers only requests from this machine, in
 * case such an instance is reachable from the network (HOST=0.0.0.0).
 */
export const devMailboxRoutes: FastifyPluginAsyncZod = async (app) => {
  if (app.mail.kind !== 'local') return;
  const tags = ['development'];

  app.addHook('onRequest', async (request) => {
    if (!loopback.has(request.ip)) throw new AppError('NOT_FOUND');
  });

  app.get(
    '/mailbox',
    {
      schema: {
        tags,
        summary: `The latest ${mailboxSize} e-mails of the local mailbox (only without SMTP_URL)`,
        response: { 200: mailboxListSchema, 404: problemSchema },
      },
    },
    async () => {
      const rows = await app.prisma.mailOutbox.findMany({
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: mailboxSize,
        select: { id: true, toAddress: true, subject: true, template: true, status: true, createdAt: true },
      });
      return { items: rows.map(mailSummary) };
    },
  );

  app.get(
    '/mailbox/:id',
    {
      schema: {
        tags,
        summary: 'One e-mail of the local mailbox, with its text and HTML',
        params: z.object({ id: z.uuid() }),
        response: { 200: mailMessageSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const row = await app.prisma.mailOutbox.findUnique({ where: { id: request.params.id } });
      if (!row) throw new AppError('NOT_FOUND');
      return {
        ...mailSummary(row),
        locale: row.locale,
        sentAt: row.sentAt?.toISOString() ?? null,
        text: row.textBody,
        html: row.htmlBody,
      };
    },
  );
};

function mailSummary(row: {
  id: string;
  toAddress: string;
  subject: string;
  template: string;
  status: z.infer<typeof mailStatusSchema>;
  createdAt: Date;
}) {
  return {
    id: row.id,
    to: row.toAddress,
    subject: row.subject,
    template: row.template,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  };
}
