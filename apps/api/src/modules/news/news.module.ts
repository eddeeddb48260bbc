// The news module owns customer news: announcements by region or for everyone, their read marks, and
// their e-mailing to users who opted in (in batches through the outbox). README.md says how.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { derivedKey } from '../auth/secret-tokens.js';
import { resumeNewsMailings, type NewsMailingDeps } from './news-mailing.js';
import { newsMailTemplates } from './news.mail.js';
import { newsRoutes } from './news.routes.js';
import type { NewsDeps } from './news.service.js';

/**
 * Queues the mails of every requested mailing not finished yet: started by the send route, and every
 * 10 minutes for mailings a crash interrupted (the queue also retries a job whose process died).
 */
export const newsMailingJob = 'news-mailing';

export const newsModule: FastifyPluginAsyncZod = async (app) => {
  const deps: NewsDeps = { prisma: app.prisma, now: () => app.clock.now() };
  const unsubscribeKey = derivedKey(app.config.jwtSecret ?? '', 'news-unsubscribe');
  const mailing: NewsMailingDeps = {
    prisma: app.prisma,
    notifyMail: () => app.mail.notify(),
    publicUrl: app.config.publicUrl,
    unsubscribeKey,
    now: () => app.clock.now(),
  };
  app.mail.registerTemplates(newsMailTemplates);

  // Started by the send route and not awaited. Tests run the mailing themselves (runNewsMailing), at
  // the moment they check it: there, jobs do not run.
  const startMailing = (newsId: string) => {
    app.jobs
      .trigger(newsMailingJob)
      .catch((error: unknown) => app.log.error({ err: error, newsId }, 'could not queue the news mailing'));
  };
  await app.register(newsRoutes, {
    deps,
    unsubscribe: { prisma: app.prisma, unsubscribeKey },
    startMailing,
  });

  app.jobs.register({
    name: newsMailingJob,
    schedule: { everySeconds: 10 * 60 },
    atStart: true,
    run: async () => {
      const count = await resumeNewsMailings(mailing);
      if (count > 0) app.log.info({ count }, 'news e-mails queued');
    },
  });
};
