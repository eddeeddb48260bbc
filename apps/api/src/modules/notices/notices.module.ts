// The notices module owns dunning notices: their list, settlement, PDF (its own sections in pdf/) and the
// new-notice e-mail.
import type { Locale } from '@portal/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { recipientActor } from '../access/actor.js';
import { noticePdf } from './notice-files.service.js';
import { notifyNewNotices, type NoticeNotifierDeps } from './notice-notifier.js';
import type { NoticesDeps } from './notices.deps.js';
import { noticeMailTemplates } from './notices.mail.js';
import { noticesRoutes } from './notices.routes.js';

/** Looks for new notices to announce every 5 minutes (the daily import adds them). */
export const noticeAnnouncementsJob = 'notice-announcements';

/** The dunning notices module: its routes sit under /api/metering-points/:id/notices. */
export const noticesModule: FastifyPluginAsyncZod = async (app) => {
  const deps: NoticesDeps = { prisma: app.prisma, now: () => app.clock.now() };
  await app.register(noticesRoutes, { deps });

  app.mail.registerTemplates(noticeMailTemplates);
  // New-notice mails carry the PDF when the user asked for bill PDFs; it is rendered when the mail is
  // sent, if the notice is still the recipient's.
  app.mail.registerAttachment('noticePdf', async (ref) => {
    await app.requireAccess(recipientActor(ref.userId ?? ''), 'notice.pdf', [ref.noticeId ?? '']);
    const file = await noticePdf(
      deps,
      ref.meteringPointId ?? '',
      ref.noticeId ?? '',
      (ref.locale ?? 'sr-Cyrl') as Locale,
    );
    return { filename: file.filename, content: file.data, contentType: 'application/pdf' };
  });

  const notifier: NoticeNotifierDeps = {
    prisma: app.prisma,
    notifyMail: () => app.mail.notify(),
    publicUrl: app.config.publicUrl,
    now: () => app.clock.now(),
  };
  app.jobs.register({
    name: noticeAnnouncementsJob,
    schedule: { everySeconds: 5 * 60 },
    atStart: true,
    run: async () => {
      const count = await notifyNewNotices(notifier);
      if (count > 0) app.log.info({ count }, 'new-notice e-mails queued');
    },
  });
};
