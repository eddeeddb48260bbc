// The bills module owns bills and their PDF (the bill's own sections in pdf/), the yearly archive and the
// new-bill e-mail; the shared parts of its PDF are the document kit's (../../documents).
import type { Locale } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { recipientActor } from '../access/actor.js';
import { billPdf } from './bill-files.service.js';
import { notifyNewBills, type BillNotifierDeps } from './bill-notifier.js';
import type { BillsDeps } from './bills.deps.js';
import { billMailTemplates } from './bills.mail.js';
import { billsRoutes } from './bills.routes.js';

/** Looks for bills to announce every 5 minutes (the daily import adds them in the night). */
export const billAnnouncementsJob = 'bill-announcements';

/** The bills module: its routes sit under /api/metering-points/:id/bills and /api/bills. */
export const billsModule: FastifyPluginAsyncZod = async (app) => {
  const deps: BillsDeps = {
    prisma: app.prisma,
    statementRows: app.statementRows,
    now: () => app.clock.now(),
  };
  await app.register(billsRoutes, { deps });

  app.mail.registerTemplates(billMailTemplates);
  // New-bill mails carry the PDF when the user asked for it; it is rendered when the mail is sent, if
  // the bill is still the recipient's.
  app.mail.registerAttachment('billPdf', async (ref) => {
    await app.requireAccess(recipientActor(ref.userId ?? ''), 'bill.pdf', [ref.billId ?? '']);
    const file = await billPdf(deps, ref.billId ?? '', (ref.locale ?? 'sr-Cyrl') as Locale);
    return { filename: file.filename, content: file.data, contentType: 'application/pdf' };
  });

  const notifier: BillNotifierDeps = {
    prisma: app.prisma,
    notifyMail: () => app.mail.notify(),
    publicUrl: app.config.publicUrl,
    now: () => app.clock.now(),
  };
  app.jobs.register({
    name: billAnnouncementsJob,
    schedule: { everySeconds: 5 * 60 },
    atStart: true,
    run: async () => {
      const count = await notifyNewBills(notifier);
      if (count > 0) app.log.info({ count }, 'new-bill e-mails queued');
    },
  });
};
