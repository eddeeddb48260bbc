import { randomUUID } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import { addDays, belgradeDateOf } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createDemoDatabase, demoLogin, type DemoDatabase } from '../../testing/demo-database.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../testing/smtp-server.js';
import { buildTestApp } from '../../testing/test-app.js';
import { queueBillReminders } from './reminder-job.js';
import { remindersDepsOf } from './reminders.module.js';
import type { RemindersDeps } from './reminders.deps.js';

let demo: DemoDatabase;
let smtp: TestSmtpServer;
let app: App;
let deps: RemindersDeps;
let today: string;

beforeAll(async () => {
  demo = await createDemoDatabase({ customers: 3 });
  smtp = await startTestSmtpServer();
  app = await buildTestApp({ prisma: demo.prisma, clock: demo.clock, config: { smtpUrl: smtp.url } });
  await app.ready();
  deps = { ...remindersDepsOf(app), publicUrl: 'https://portal.example.rs' };
  today = belgradeDateOf(demo.clock.now());
  // The demo's own bills are settled, so that only the bills made here call for reminders.
  await demo.prisma.$executeRaw`UPDATE bill SET amount_paid = month_total`;
});

afterAll(async () => {
  await app?.close();
  await smtp?.stop();
  await demo?.drop();
});

/** A copy of the user's newest bill, due on `dueDate`, with `paid` of its own amount settled. */
async function billDue(username: string, dueDate: string, paid: 'none' | 'all' = 'none') {
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
  const suffix = randomUUID().slice(0, 6);
  const bill = await demo.prisma.bill.create({
    data: {
      ...latest,
      sourceId: `${sourceId}-${suffix}`,
      number: `${number}-${suffix}`,
      status: 'ISSUED',
      monthTotal: '4321.50',
      amountPaid: paid === 'all' ? '4321.50' : '0',
      paidOn: null,
      dueDate: new Date(dueDate),
    },
  });
  return bill;
}

const mailsTo = (address: string) => smtp.messages.filter((m) => JSON.stringify(m.to).includes(address));
const header = (mail: ParsedMail, key: string) =>
  mail.headerLines
    .find((h) => h.key === key)
    ?.line.slice(key.length + 1)
    .replace(/\r?\n\s+/g, ' ')
    .trim();

const patchMe = async (authorization: string, payload: object) =>
  app.inject({ method: 'PATCH', url: '/api/auth/me', headers: { authorization }, payload });

describe('bill reminders', () => {
  it('queues each reminder once per bill, user and kind, and none for paid or past bills', async () => {
    const soon = await billDue('demo.household', addDays(today, 2));
    const dueToday = await billDue('demo.household', today);
    await billDue('demo.household', today, 'all');
    await billDue('demo.household', addDays(today, -1));
    await billDue('demo.household', addDays(today, 4));

    expect(await queueBillReminders(deps)).toBe(2);
    expect(await queueBillReminders(deps)).toBe(0);
    const recorded = await demo.prisma.billReminder.findMany({ orderBy: { kind: 'asc' } });
    expect(recorded.map((r) => [r.billId, r.kind])).toEqual([
      [soon.id, 'before_due'],
      [dueToday.id, 'due_today'],
    ]);

    await app.mail.flush();
    const mails = mailsTo('demo.household@example.rs');
    expect(mails).toHaveLength(2);
    const early = mails.find((m) => m.text?.includes(soon.number))!;
    expect(early.subject).toMatch(/^Подсетник: рачун за .+ доспева за 2 дана, /);
    expect(early.text).toContain('4.321,50');
    expect(early.text).toContain(`https://portal.example.rs/pay?billIds=${soon.id}`);
    expect(early.text).toMatch(/https:\/\/portal\.example\.rs\/reminders\/unsubscribe\?token=[\w.-]+/);
    expect(header(early, 'list-unsubscribe')).toMatch(
      /^<https:\/\/portal\.example\.rs\/api\/reminders\/unsubscribe\?token=[0-9a-f-]{36}\.[\w-]{43}>$/,
    );
    expect(header(early, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const onTheDay = mails.find((m) => m.text?.includes(dueToday.number))!;
    expect(onTheDay.subject).toMatch(/доспева данас/);
  });

  it('follows the settings of PATCH /api/auth/me', async () => {
    const { authorization } = await demoLogin(app, 'demo.business');
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization } });
    expect(me.json()).toMatchObject({ reminderDaysBefore: 3, remindOnDueDate: true });
    for (const reminderDaysBefore of [0, 15, 2.5, '3'])
      expect((await patchMe(authorization, { reminderDaysBefore })).statusCode).toBe(400);

    const changed = await patchMe(authorization, { reminderDaysBefore: 1, remindOnDueDate: false });
    expect(changed.json()).toMatchObject({ reminderDaysBefore: 1, remindOnDueDate: false });
    await billDue('demo.business', addDays(today, 2));
    await billDue('demo.business', today);
    expect(await queueBillReminders(deps)).toBe(0);

    await patchMe(authorization, { reminderDaysBefore: 2 });
    expect(await queueBillReminders(deps)).toBe(1);
  });

  it('sends nothing to a disabled account', async () => {
    await demo.prisma.user.update({
      where: { usernameNormalized: 'demo.household' },
      data: { disabledAt: demo.clock.now() },
    });
    await billDue('demo.household', addDays(today, 1));
    expect(await queueBillReminders(deps)).toBe(0);
    await demo.prisma.user.update({
      where: { usernameNormalized: 'demo.household' },
      data: { disabledAt: null },
    });
  });

  it('turns reminders off with the one-click link, and refuses a forged one', async () => {
    const [mail] = mailsTo('demo.household@example.rs');
    const url = new URL(header(mail!, 'list-unsubscribe')!.slice(1, -1));
    const token = url.searchParams.get('token')!;
    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const bad of [forged, 'not-a-token']) {
      const refused = await app.inject({
        method: 'POST',
        url: `/api/reminders/unsubscribe?token=${encodeURIComponent(bad)}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'List-Unsubscribe=One-Click',
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      if (bad === forged) expect(refused.json()).toMatchObject({ code: 'UNSUBSCRIBE_LINK_INVALID' });
    }

    // opened in a browser: nothing changes, the portal's page asks for the click
    const opened = await app.inject({ method: 'GET', url: `${url.pathname}${url.search}` });
    expect(opened.statusCode).toBe(303);
    expect(opened.headers.location).toBe(`/reminders/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(
      await demo.prisma.user.findFirst({ where: { usernameNormalized: 'demo.household' } }),
    ).toMatchObject({ reminderDaysBefore: 3, remindOnDueDate: true });

    for (let time = 0; time < 2; time++) {
      const done = await app.inject({
        method: 'POST',
        url: `${url.pathname}${url.search}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'List-Unsubscribe=One-Click',
      });
      expect(done.statusCode).toBe(200);
      expect(done.json()).toEqual({ status: 'unsubscribed' });
    }
    const { authorization } = await demoLogin(app, 'demo.household');
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization } });
    expect(me.json()).toMatchObject({ reminderDaysBefore: null, remindOnDueDate: false });
    await billDue('demo.household', addDays(today, 1));
    await billDue('demo.household', today);
    expect(await queueBillReminders(deps)).toBe(0);
  });

  it('answers odd requests to the unsubscribe route with a 4xx problem, never a 5xx', async () => {
    const token = `${randomUUID()}.${'a'.repeat(43)}`;
    const odd = [
      { 'content-type': 'application/json', payload: '{"List-Unsubscribe": ' },
      { 'content-type': 'application/json', payload: '[]' },
      { 'content-type': 'multipart/form-data; boundary=x', payload: '--x--' },
      { 'content-type': 'text/plain', payload: 'List-Unsubscribe=One-Click' },
      { 'content-type': 'application/x-www-form-urlencoded', payload: 'x'.repeat(5000) },
    ];
    for (const { payload, ...headers } of odd) {
      const answer = await app.inject({
        method: 'POST',
        url: `/api/reminders/unsubscribe?token=${token}`,
        headers,
        payload,
      });
      expect(answer.statusCode, headers['content-type']).toBeGreaterThanOrEqual(400);
      expect(answer.statusCode, headers['content-type']).toBeLessThan(500);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    for (const query of ['', '?token=', `?token=${token}&token=${token}`, `?token=${'x'.repeat(5000)}`]) {
      const answer = await app.inject({ method: 'POST', url: `/api/reminders/unsubscribe${query}` });
      expect(answer.statusCode, query.slice(0, 40)).toBe(400);
    }
  });
});
