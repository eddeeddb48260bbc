import { devMailboxRoutes as routes, mailboxSize, type MailStatus } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/app-error.js';
import { registerRoute } from '../../lib/route.js';

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * The local development mailbox (the contract's devMailboxRoutes): only when no SMTP server is
 * configured (the embedded default keeps mail in the outbox instead of sending it). The messages hold
 * verification codes and password-reset links, so the mailbox also answers only requests from this
 * machine, in case such an instance is reachable from the network (HOST=0.0.0.0).
 */
export const devMailboxRoutes: FastifyPluginAsyncZod = async (app) => {
  if (app.mail.kind !== 'local') return;

  app.addHook('onRequest', async (request) => {
    if (!loopback.has(request.ip)) throw new AppError('NOT_FOUND');
  });

  registerRoute(app, routes.list, {}, async () => {
    const rows = await app.prisma.mailOutbox.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: mailboxSize,
      select: { id: true, toAddress: true, subject: true, template: true, status: true, createdAt: true },
    });
    return { items: rows.map(mailSummary) };
  });

  registerRoute(app, routes.get, {}, async (request) => {
    const row = await app.prisma.mailOutbox.findUnique({ where: { id: request.params.id } });
    if (!row) throw new AppError('NOT_FOUND');
    return {
      ...mailSummary(row),
      locale: row.locale,
      sentAt: row.sentAt?.toISOString() ?? null,
      text: row.textBody,
      html: row.htmlBody,
    };
  });
};

function mailSummary(row: {
  id: string;
  toAddress: string;
  subject: string;
  template: string;
  status: MailStatus;
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
