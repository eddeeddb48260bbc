// The mail module owns the outbox, its worker, the transports, the layout of every e-mail and the
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
       * renders the message with its registered template and queues it in the outbox; the worker
       * delivers it shortly after
       */
      enqueue(request: MailRequest): Promise<void>;
      /** asks the worker to run soon, e.g. after a transaction that queued mail has committed */
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
  /**
   * Deliver in the background (timer, and right after enqueue). Off by default under NODE_ENV=test,
   * where tests call `app.mail.flush()` and so see exactly when mail goes out.
   */
  background?: boolean;
  intervalMs?: number;
}

/** The mail outbox and its worker, which runs inside the API process from ready to close. */
export default fp<MailPluginOptions>(
  async (app, options) => {
    const transport = options.transport ?? createMailTransport(app.config, app.log);
    const background = options.background ?? app.config.nodeEnv !== 'test';
    const resolvers = new Map<string, AttachmentResolver>();
    const templates = new MailTemplateRegistry();
    const worker = new MailWorker({
      prisma: app.prisma,
      transport,
      log: app.log,
      intervalMs: options.intervalMs,
      resolveAttachment: async (ref) => {
        const resolve = resolvers.get(ref.kind);
        if (!resolve) throw missingResolver(ref);
        return resolve(ref);
      },
    });

    app.decorate('mail', {
      kind: transport.kind,
      async enqueue(request: MailRequest) {
        const id = await enqueueMail(app.prisma, templates.templates, request);
        const code = templates.codeOf(request.template, request.params);
        if (code !== undefined) worker.rememberDevCode(id, code);
        if (background) worker.notify();
      },
      notify() {
        if (background) worker.notify();
      },
      flush: () => worker.flush(),
      registerAttachment(kind, resolve) {
        resolvers.set(kind, resolve);
      },
      registerTemplates(definitions) {
        templates.register(definitions);
      },
      templates,
    });

    if (background) {
      app.addHook('onReady', async () => {
        worker.start();
        // mail queued before a restart, or while SMTP was away
        worker.notify();
      });
    }
    app.addHook('onClose', async () => {
      await worker.stop();
      transport.close();
    });
  },
  { name: 'mail', dependencies: ['db'] },
);
