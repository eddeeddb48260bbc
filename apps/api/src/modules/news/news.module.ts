// The news module owns customer news: announcements by region or for everyone, their read marks, and
// their e-mailing to users who opted in (in batches through the outbox). README.md says how.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { runPeriodically } from '../../lib/periodic-job.js';
import { resumeNewsMailings, runNewsMailing, type NewsMailingDeps } from './news-mailing.js';
import { newsMailTemplates } from './news.mail.js';
import { newsRoutes } from './news.routes.js';
import type { NewsDeps } from './news.service.js';

/** How often to look for mailings a restart or a crash interrupted. */
const resumeEveryMs = 60_000;

export const newsModule: FastifyPluginAsyncZod = async (app) => {
  const deps: NewsDeps = { prisma: app.prisma, now: () => app.clock.now() };
  const mailing: NewsMailingDeps = {
    prisma: app.prisma,
    notifyMail: () => app.mail.notify(),
    publicUrl: app.config.publicUrl,
    now: () => app.clock.now(),
  };
  app.mail.registerTemplates(newsMailTemplates);

  // Started by the send route and not awaited; if the process dies, the periodic run resumes it.
  // Tests run the mailing themselves (runNewsMailing), at the moment they check it.
  const startMailing = (newsId: string) => {
    if (app.config.nodeEnv === 'test') return;
    void runNewsMailing(mailing, newsId).catch((error: unknown) =>
      app.log.error({ err: error, newsId }, 'news mailing failed'),
    );
  };
  await app.register(newsRoutes, { deps, startMailing });

  runPeriodically(app, 'news mailing', resumeEveryMs, async () => {
    const count = await resumeNewsMailings(mailing);
    if (count > 0) app.log.info({ count }, 'news e-mails queued');
  });
};
