// The mail module owns the outbox, its job, the transports, the layout of every e-mail and the
// registry of templates and attachments; the words of each mail belong to the module that sends it.
import fp from 'fastify-plugin';
import { missingResolver, type AttachmentResolver } from './mail.attachments.js';
import { enqueueMail, type MailRequest } from './mail.service.js';
import { MailTemplateRegistry, type MailTemplates } from './mail.templates.js';
import { createMailTransport, type MailTransport } from './mail.transport.js';
import { MailWorker } from './mail.worker.js';

declare module 'fastify' {
  interface FastifyInstance {
    mail: {
      /** 'local': no SMTP configured, mail is kept for the development mailbox */
      kind: MailTransport['kind'];
      /**
       * renders the message with its registered template and queues it in the outbox; the mail job
       * delivers it shortly after
       */
      enqueue(request: MailRequest): Promise<void>;
      /** asks for the mail job soon, e.g. after a transaction that queued mail has committed */
      notify(): void;
      /** delivers everything due now (tests; it does not wait for retries that are not due yet) */
      flush(): Promise<void>;
      /** how attachments of this kind are rendered when their message is sent (modules register theirs) */
      registerAttachment(kind: string, resolve: AttachmentResolver): void;
      /** a module's mail templates (modules register theirs, as they do their attachments) */
      registerTemplates(templates: Partial<MailTemplates>): void;
      /** every template registered so far */
      templates: Pick<MailTemplateRegistry, 'names' | 'has' | 'render' | 'codeOf'>;
    };
  }
}

export interface MailPluginOptions {
  /** instead of the one the configuration describes (tests) */
  transport?: MailTransport;
}

/**
 * The outbox's job: mail queued by any process is delivered by one of them shortly after (a message
 * queued here wakes this process's worker at once); every minute, retries that came due and mail left by
 * a process that stopped.
 */
export const mailJob = 'mail-outbox';

/** The mail outbox and its job. */
export default fp<MailPluginOptions>(
  async (app, options) => {
    const transport = options.transport ?? createMailTransport(app.config, app.log);
    const resolvers = new Map<string, AttachmentResolver>();
    const templates = new MailTemplateRegistry();
    const worker = new MailWorker({
      prisma: app.prisma,
      transport,
      log: app.log,
      resolveAttachment: async (ref) => {
        const resolve = resolvers.get(ref.kind);
        if (!resolve) throw missingResolver(ref);
        return resolve(ref);
      },
    });
    const notify = () => {
      app.jobs
        .trigger(mailJob)
        .catch((error: unknown) => app.log.error({ err: error }, 'could not queue the mail job'));
    };

    app.decorate('mail', {
      kind: transport.kind,
      async enqueue(request: MailRequest) {
        const id = await enqueueMail(app.prisma, templates.templates, request);
        const code = templates.codeOf(request.template, request.params);
        if (code !== undefined) worker.rememberDevCode(id, code);
        notify();
      },
      notify,
      flush: () => worker.flush(),
      registerAttachment(kind, resolve) {
        resolvers.set(kind, resolve);
      },
      registerTemplates(definitions) {
        templates.register(definitions);
      },
      templates,
    });

    app.jobs.register({
      name: mailJob,
      run: () => worker.flush(),
      schedule: { everySeconds: 60 },
      atStart: true,
    });
    app.addHook('onClose', async () => {
      await worker.stop();
      transport.close();
    });
  },
  { name: 'mail', dependencies: ['db', 'jobs'] },
);
