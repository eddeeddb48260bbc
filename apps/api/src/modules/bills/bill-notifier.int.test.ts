import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { belgradeDateOf } from '@portal/domain';
import type { App } from '../../app.js';
import { createDemoDatabase, demoLogin, type DemoDatabase } from '../../testing/demo-database.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../testing/smtp-server.js';
import { buildTestApp } from '../../testing/test-app.js';
import { notifyNewBills, type BillNotifierDeps } from './bill-notifier.js';

let demo: DemoDatabase;
let smtp: TestSmtpServer;
let app: App;
let notifier: BillNotifierDeps;

beforeAll(async () => {
  demo = await createDemoDatabase({ customers: 3 });
  smtp = await startTestSmtpServer();
  app = await buildTestApp({ prisma: demo.prisma, clock: demo.clock, config: { smtpUrl: smtp.url } });
  await app.ready();
  notifier = {
    prisma: demo.prisma,
    notifyMail: () => {},
    publicUrl: 'https://portal.example.rs',
    now: () => demo.clock.now(),
  };
});

afterAll(async () => {
  await app?.close();
  await smtp?.stop();
  await demo?.drop();
});

/** A copy of the metering point's newest bill, issued and received today: what the nightly import adds. */
async function issueBill(username: string) {
  const link = await demo.prisma.userMeteringPoint.findFirstOrThrow({
    where: { user: { usernameNormalized: username } },
  });
  const {
    id: _id,
    sourceId,
    number,
    ...latest
  } = await demo.prisma.bill.findFirstOrThrow({
    where: { meteringPointId: link.meteringPointId },
    orderBy: { periodStart: 'desc' },
  });
  const lines = await demo.prisma.billLineItem.findMany({ where: { billId: _id } });
  const id = randomUUID();
  await demo.prisma.bill.create({
    data: {
      ...latest,
      id,
      sourceId: `${sourceId}-new`,
      number: `${number}-N`,
      issueDate: new Date(belgradeDateOf(demo.clock.now())),
      importedAt: demo.clock.now(),
    },
  });
  await demo.prisma.billLineItem.createMany({ data: lines.map((line) => ({ ...line, billId: id })) });
  return { id, number: `${number}-N` };
}

const mailsTo = (address: string) => smtp.messages.filter((m) => JSON.stringify(m.to).includes(address));

describe('new-bill e-mails', () => {
  it('announces a new bill once, with the PDF attached when the user chose it', async () => {
    const { authorization } = await demoLogin(app, 'demo.household');
    const chosen = await app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      headers: { authorization },
      payload: { attachBillPdf: true },
    });
    expect(chosen.json()).toMatchObject({ notifyNewBill: true, attachBillPdf: true });
    // Bills issued before the link are history: nothing to announce yet.
    expect(await notifyNewBills(notifier)).toBe(0);

    const bill = await issueBill('demo.household');
    expect(await notifyNewBills(notifier)).toBe(1);
    expect(await notifyNewBills(notifier)).toBe(0);
    await app.mail.flush();
    const [mail, ...more] = mailsTo('demo.household@example.rs');
    expect(more).toEqual([]);
    expect(mail!.subject).toMatch(/^Нови рачун за Кућа: [\d.]+,\d{2} дин\./);
    expect(mail!.text).toContain(`https://portal.example.rs/bills/${bill.id}`);
    expect(mail!.attachments).toHaveLength(1);
    expect(mail!.attachments[0]!.contentType).toBe('application/pdf');
    expect(mail!.attachments[0]!.filename).toBe(`racun-${bill.number}.pdf`);
    expect(mail!.attachments[0]!.content.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('sends nothing to a user who turned the e-mails off', async () => {
    const { authorization } = await demoLogin(app, 'demo.business');
    await app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      headers: { authorization },
      payload: { notifyNewBill: false },
    });
    await issueBill('demo.business');
    expect(await notifyNewBills(notifier)).toBe(0);
    const empty = await app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      headers: { authorization },
      payload: {},
    });
    expect(empty.statusCode).toBe(400);
  });
});
