// The complaints module owns complaints (prigovori): the customer's filing with attachments, the
// history, support's inbox and steps, and the e-mail at each change. Attachments are files under
// DATA_DIR/complaints (complaint-files.ts), served only to the customer who filed them and to staff.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { join } from 'node:path';
import { complaintFiles } from './complaint-files.js';
import type { ComplaintsDeps } from './complaints.deps.js';
import { complaintMailTemplates } from './complaints.mail.js';
import { complaintsRoutes, supportComplaintsRoutes } from './complaints.routes.js';
import { multipartLimits } from './multipart-complaint.js';

export const complaintsModule: FastifyPluginAsyncZod = async (app) => {
  // Only this module's routes take multipart bodies (the plugin is scoped to it).
  await app.register(multipart, { limits: multipartLimits });
  const deps: ComplaintsDeps = {
    prisma: app.prisma,
    now: () => app.clock.now(),
    files: complaintFiles(join(app.config.dataDir, 'complaints')),
    deadlines: app.config.complaintDeadlines,
    publicUrl: app.config.publicUrl,
    notifyMail: () => app.mail.notify(),
  };
  app.mail.registerTemplates(complaintMailTemplates);
  await app.register(complaintsRoutes, { deps });
  await app.register(supportComplaintsRoutes, { deps });
};
