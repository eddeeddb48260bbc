import type { PrismaClient } from '@portal/db';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startTestSmtpServer } from '../../testing/smtp-server.js';
import { buildTestApp } from '../../testing/test-app.js';
import { enqueueAuthMail, type AuthMailRequest } from '../auth/auth.mail.js';
import { outboxRules, processOutbox } from './mail.service.js';
import { createMailTransport, type MailTransport, type OutgoingMessage } from './mail.transport.js';
import { testDatabaseClient } from '../../testing/test-database.js';

let prisma: PrismaClient;

beforeAll(() => {
  prisma = testDatabaseClient();
});
afterAll(() => prisma?.$disconnect());
// Integration files run one after another: an empty outbox keeps each test to its own messages.
beforeEach(() => prisma.mailOutbox.deleteMany());

const from = 'Uvid u račun <portal@example.rs>';
const codeMail = (to: string, code = '654321'): AuthMailRequest => ({
  to,
  template: 'verificationCode',
  locale: 'en',
  params: { username: 'ana', code, minutesValid: 15 },
});
const row = (id: string) => prisma.mailOutbox.findUniqueOrThrow({ where: { id } });
const later = (seconds: number) => new Date(Date.now() + seconds * 1000);

describe('mail over SMTP', () => {
  it('enqueue, flush: the SMTP server receives the message with both parts', async () => {
    const smtp = await startTestSmtpServer();
    const app = await buildTestApp({ prisma, config: { smtpUrl: smtp.url, mailFrom: from } });
    try {
      await app.mail.enqueue({
        to: 'ana@example.rs',
        template: 'passwordReset',
        locale: 'sr-Latn',
        params: { username: 'ana', resetUrl: 'https://portal.example.rs/reset#t=abc', minutesValid: 60 },
      });
      await app.mail.flush();
      await smtp.waitFor(1);
      const [mail] = smtp.messages;
      expect(mail!.from?.value).toEqual([{ address: 'portal@example.rs', name: 'Uvid u račun' }]);
      expect(mail!.to).toMatchObject({ value: [{ address: 'ana@example.rs' }] });
      expect(mail!.subject).toBe('Postavljanje nove lozinke — Uvid u račun');
      expect(mail!.text).toContain('https://portal.example.rs/reset#t=abc');
      expect(mail!.html).toContain('href="https://portal.example.rs/reset#t=abc"');
      expect(mail!.headers.get('auto-submitted')).toBe('auto-generated');
      const [stored] = await prisma.mailOutbox.findMany();
      expect(stored).toMatchObject({
        status: 'SENT',
        attempts: 1,
        template: 'passwordReset',
        locale: 'sr-Latn',
      });
      expect(stored!.sentAt).toBeInstanceOf(Date);
      // With SMTP there is no local mailbox.
      expect((await app.inject({ method: 'GET', url: '/api/dev/mailbox' })).statusCode).toBe(404);
    } finally {
      await app.close();
      await smtp.stop();
    }
  });

  it('delivers through the job queue, without flush, where jobs run', async () => {
    const smtp = await startTestSmtpServer();
    const app = await buildTestApp({
      prisma,
      database: { url: inject('databaseUrl'), embedded: false },
      config: { smtpUrl: smtp.url, mailFrom: from },
      jobs: { run: true },
    });
    try {
      await app.ready();
      await app.mail.enqueue(codeMail('bg@example.rs'));
      await smtp.waitFor(1);
      expect(smtp.messages[0]!.text).toContain('654321');
    } finally {
      await app.close();
      await smtp.stop();
    }
  });

  it('keeps mail through an SMTP outage and delivers it exactly once when SMTP is back', async () => {
    const probe = await startTestSmtpServer();
    const port = Number(new URL(probe.url).port);
    await probe.stop();
    const transport = createMailTransport({ smtpUrl: probe.url, mailFrom: from });
    const id = await enqueueAuthMail(prisma, codeMail('outage@example.rs'));

    const start = new Date();
    expect(await processOutbox(prisma, transport, { now: start })).toEqual({
      claimed: 1,
      sent: 0,
      retrying: 1,
      failed: 0,
    });
    const waiting = await row(id);
    expect(waiting).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(waiting.nextAttemptAt.getTime()).toBe(start.getTime() + 30_000);
    expect(waiting.lastError).toMatch(/ECONNREFUSED/);
    expect(waiting.lastError).not.toContain('654321');

    const smtp = await startTestSmtpServer(port);
    try {
      // Not due yet: nothing happens even though the server is back.
      expect((await processOutbox(prisma, transport, { now: start })).claimed).toBe(0);
      const due = new Date(start.getTime() + 31_000);
      expect((await processOutbox(prisma, transport, { now: due })).sent).toBe(1);
      expect((await processOutbox(prisma, transport, { now: later(3600) })).claimed).toBe(0);
      await smtp.waitFor(1);
      expect(smtp.messages).toHaveLength(1);
      expect(smtp.messages[0]!.text).toContain('654321');
      expect(await row(id)).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
    } finally {
      transport.close();
      await smtp.stop();
    }
  });

  it('two concurrent workers never send the same message twice', async () => {
    const smtp = await startTestSmtpServer();
    const real = createMailTransport({ smtpUrl: smtp.url, mailFrom: from });
    const sent: string[] = [];
    const slow: MailTransport = {
      kind: 'smtp',
      async send(message: OutgoingMessage) {
        sent.push(message.id);
        await new Promise((resolve) => setTimeout(resolve, 5));
        await real.send(message);
      },
      close: () => real.close(),
    };
    const count = 40;
    for (let i = 0; i < count; i++)
      await enqueueAuthMail(prisma, codeMail(`w${i}@example.rs`, String(100000 + i)));

    const worker = async () => {
      let claimed = 0;
      for (;;) {
        const result = await processOutbox(prisma, slow, { batchSize: 5 });
        if (result.claimed === 0) return claimed;
        claimed += result.claimed;
      }
    };
    try {
      const [a, b] = await Promise.all([worker(), worker()]);
      expect(a + b).toBe(count);
      expect(a).toBeGreaterThan(0);
      expect(b).toBeGreaterThan(0);
      expect(new Set(sent).size).toBe(count);
      expect(sent).toHaveLength(count);
      await smtp.waitFor(count);
      expect(new Set(smtp.messages.map((m) => (m.to as { text: string }).text)).size).toBe(count);
      expect(await prisma.mailOutbox.count({ where: { status: 'SENT' } })).toBe(count);
    } finally {
      slow.close();
      await smtp.stop();
    }
  });

  it('backs off exponentially and gives up after the last attempt', async () => {
    const broken: MailTransport = {
      kind: 'smtp',
      send: () => Promise.reject(Object.assign(new Error('421 try later'), { responseCode: 421 })),
      close: () => {},
    };
    const id = await enqueueAuthMail(prisma, codeMail('never@example.rs'));
    let now = new Date();
    const delays: number[] = [];
    for (let attempt = 1; attempt <= outboxRules.maxAttempts; attempt++) {
      const result = await processOutbox(prisma, broken, { now });
      expect(result.claimed).toBe(1);
      const current = await row(id);
      expect(current.attempts).toBe(attempt);
      delays.push((current.nextAttemptAt.getTime() - now.getTime()) / 1000);
      now = current.nextAttemptAt;
    }
    expect(delays.slice(0, 8)).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600]);
    expect(await row(id)).toMatchObject({ status: 'FAILED', attempts: 10, lastError: '421: 421 try later' });
    expect((await processOutbox(prisma, broken, { now: later(86_400) })).claimed).toBe(0);
  });

  it('a stale SENDING message (its worker died) is claimed again after the lease', async () => {
    const id = await enqueueAuthMail(prisma, codeMail('crash@example.rs'));
    await prisma.mailOutbox.update({ where: { id }, data: { status: 'SENDING', nextAttemptAt: later(100) } });
    const ok: MailTransport = { kind: 'smtp', send: async () => {}, close: () => {} };
    expect((await processOutbox(prisma, ok)).claimed).toBe(0);
    expect((await processOutbox(prisma, ok, { now: later(101) })).sent).toBe(1);
  });

  it('enqueueMail joins the caller’s transaction', async () => {
    await expect(
      prisma.$transaction(async (tx) => {
        await enqueueAuthMail(tx, codeMail('rolled-back@example.rs'));
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await prisma.$transaction((tx) => enqueueAuthMail(tx, codeMail('committed@example.rs')));
    const rows = await prisma.mailOutbox.findMany({ select: { toAddress: true, status: true } });
    expect(rows).toEqual([{ toAddress: 'committed@example.rs', status: 'PENDING' }]);
  });
});

describe('the local mailbox (no SMTP configured)', () => {
  it('marks mail delivered, logs only the verification code, and lists it on the dev mailbox', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = await buildTestApp({ prisma, loggerInstance: pino({ level: 'info' }, sink) });
    try {
      expect(app.mail.kind).toBe('local');
      await app.mail.enqueue(codeMail('local@example.rs', '246810'));
      await app.mail.enqueue({
        to: 'local@example.rs',
        template: 'passwordReset',
        locale: 'en',
        params: {
          username: 'ana',
          resetUrl: 'http://localhost:3000/reset#token=SECRET-TOKEN',
          minutesValid: 60,
        },
      });
      await app.mail.flush();
      expect(await prisma.mailOutbox.count({ where: { status: 'SENT' } })).toBe(2);
      const log = lines.join('');
      expect(log.match(/verification code for local@example\.rs: 246810/g)).toHaveLength(1);
      expect(log).not.toContain('SECRET-TOKEN');

      const list = await app.inject({ method: 'GET', url: '/api/dev/mailbox' });
      expect(list.statusCode).toBe(200);
      const items = list.json().items as { id: string; template: string; status: string; to: string }[];
      expect(items.map((item) => item.template).sort()).toEqual(['passwordReset', 'verificationCode']);
      expect(items.every((item) => item.status === 'SENT' && item.to === 'local@example.rs')).toBe(true);

      const id = items.find((item) => item.template === 'verificationCode')!.id;
      const one = await app.inject({ method: 'GET', url: `/api/dev/mailbox/${id}` });
      expect(one.statusCode).toBe(200);
      expect(one.json()).toMatchObject({ id, locale: 'en', status: 'SENT' });
      expect(one.json().text).toContain('246810');
      expect(one.json().html).toContain('246810');

      const missing = await app.inject({
        method: 'GET',
        url: '/api/dev/mailbox/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
      });
      expect(missing.statusCode).toBe(404);
      const remote = await app.inject({ method: 'GET', url: '/api/dev/mailbox', remoteAddress: '192.0.2.7' });
      expect(remote.statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });
});
