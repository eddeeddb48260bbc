// The reminders module owns bill reminders by e-mail: the daily run that queues them (each kind once per
// bill and user), their mail, and the one-click unsubscribe link. The settings live on the account
// (PATCH /api/auth/me); dunning notices are announced by the notices module, to every user.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { derivedKey } from '../auth/secret-tokens.js';
import { queueBillReminders } from './reminder-job.js';
import type { RemindersDeps } from './reminders.deps.js';
import { reminderMailTemplates } from './reminders.mail.js';
import { remindersRoutes } from './reminders.routes.js';

/**
 * The run is daily in effect (each reminder once, on its day); hourly, so that a restart or a late import
 * delays a reminder by an hour rather than a day.
 */
export const remindersJob = 'bill-reminders';

export function remindersDepsOf(app: Parameters<FastifyPluginAsyncZod>[0]): RemindersDeps {
  return {
    prisma: app.prisma,
    notifyMail: () => app.mail.notify(),
    publicUrl: app.config.publicUrl,
    unsubscribeKey: derivedKey(app.config.jwtSecret ?? '', 'reminders-unsubscribe'),
    now: () => app.clock.now(),
  };
}

/** The reminders module: its route sits under /api/reminders. */
export const remindersModule: FastifyPluginAsyncZod = async (app) => {
  const deps = remindersDepsOf(app);
  app.mail.registerTemplates(reminderMailTemplates);
  await app.register(remindersRoutes, { deps });
  app.jobs.register({
    name: remindersJob,
    schedule: { everySeconds: 60 * 60 },
    atStart: true,
    run: async () => {
      const count = await queueBillReminders(deps);
      if (count > 0) app.log.info({ count }, 'bill reminder e-mails queued');
    },
  });
};
