import { randomUUID } from 'node:crypto';
import { dunningNoticeListResponse, meteringPointListResponse } from '@portal/contract';
import { debtReference, isValidModel97Reference } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { belgradeDateOf } from '../../lib/belgrade-date.js';
import { pdfInfo, pdfText } from '../../documents/pdf-inspect.test-helpers.js';
import { createCustomer } from '../../testing/customer-data.js';
import { createDemoDatabase, demoLogin, type DemoDatabase } from '../../testing/demo-database.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../testing/smtp-server.js';
import { buildTestApp } from '../../testing/test-app.js';
import { notifyNewNotices, type NoticeNotifierDeps } from './notice-notifier.js';
import { settleCoveredNotices } from './notices.service.js';
import { testClock } from '../../testing/clock.js';

let demo: DemoDatabase;
let smtp: TestSmtpServer;
let app: App;
let household: { authorization: string };
let business: { authorization: string };
let householdPointId: string;
let businessPointId: string;
let notifier: NoticeNotifierDeps;
const today = belgradeDateOf(testClock.now());
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  demo = await createDemoDatabase({ customers: 3 });
  smtp = await startTestSmtpServer();
  app = await buildTestApp({ prisma: demo.prisma, config: { smtpUrl: smtp.url } });
  await app.ready();
  household = await demoLogin(app, 'demo.household');
  business = await demoLogin(app, 'demo.business');
  const pointOf = async (username: string) =>
    (
      await demo.prisma.userMeteringPoint.findFirstOrThrow({
        where: { user: { usernameNormalized: username } },
        orderBy: { meteringPointId: 'asc' },
      })
    ).meteringPointId;
  householdPointId = await pointOf('demo.household');
  businessPointId = await pointOf('demo.business');
  notifier = {
    prisma: demo.prisma,
    notifyMail: () => {},
    publicUrl: 'https://portal.example.rs',
    now: () => testClock.now(),
  };
});

afterAll(async () => {
  await app?.close();
  await smtp?.stop();
  await demo?.drop();
});

const get = (url: string, headers: Record<string, string>) => app.inject({ method: 'GET', url, headers });

async function listOf(pointId: string, user: { authorization: string }) {
  const response = await get(`/api/metering-points/${pointId}/notices`, user);
  expect(response.statusCode).toBe(200);
  return dunningNoticeListResponse.parse(response.json()).items;
}

/** A notice for a metering point, as the daily import would add it. */
async function addNotice(
  meteringPointId: string,
  data: { issuedOn: string; debtDate?: string; debt?: string; status?: 'OPEN' | 'SETTLED' },
) {
  const id = randomUUID();
  const number = `UO-T-${id.slice(0, 8)}`;
  const point = await demo.prisma.meteringPoint.findUniqueOrThrow({ where: { id: meteringPointId } });
  await demo.prisma.dunningNotice.create({
    data: {
      id,
      regionId: point.regionId,
      sourceId: `test-${id}`,
      meteringPointId,
      kind: 'WARNING_BEFORE_DISCONNECTION',
      number,
      issuedOn: day(data.issuedOn),
      debtDate: day(data.debtDate ?? data.issuedOn),
      debtAmount: data.debt ?? '4321.09',
      deadline: day(data.issuedOn),
      status: data.status ?? 'OPEN',
    },
  });
  return { id, number };
}

describe('the notices of a metering point', () => {
  it('lists three years, newest first, with the open warning the overview shows', async () => {
    const items = await listOf(householdPointId, household);
    expect(items.length).toBeGreaterThan(0);
    const issued = items.map((notice) => notice.issuedOn);
    expect(issued).toEqual([...issued].sort().reverse());
    const threeYearsAgo = `${Number(today.slice(0, 4)) - 3}${today.slice(4, 7)}-01`;
    expect(issued.at(-1)! >= threeYearsAgo).toBe(true);
    for (const notice of items) {
      expect(notice.deadline >= notice.issuedOn).toBe(true);
      expect(notice.settledOn !== null).toBe(notice.status === 'settled');
    }
    const overview = meteringPointListResponse.parse((await get('/api/metering-points', household)).json());
    const open = overview.items.find((point) => point.id === householdPointId)!.openDunningNotice;
    expect(open).not.toBeNull();
    const listed = items.find((notice) => notice.id === open!.id)!;
    expect(listed).toMatchObject({ ...open, status: 'open', settledOn: null });
    expect(listed.kind).toBe('warning_before_disconnection');
  });

  it("answers another user's metering point and an unknown one with the same 404", async () => {
    const foreign = await get(`/api/metering-points/${householdPointId}/notices`, business);
    const unknown = await get(`/api/metering-points/${randomUUID()}/notices`, business);
    expect(foreign.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(foreign.json().code).toBe('NOT_FOUND');
    expect(foreign.json().code).toBe(unknown.json().code);
    expect((await get(`/api/metering-points/${householdPointId}/notices`, {})).statusCode).toBe(401);
  });
});

describe('a notice as PDF', () => {
  let noticeId: string;
  let debtAmount: string;
  beforeAll(async () => {
    const open = (await listOf(householdPointId, household)).find((notice) => notice.status === 'open')!;
    noticeId = open.id;
    debtAmount = open.debtAmount;
  });

  it('prints the kind, the parties, the debt, the deadline, the consequence and how to pay', async () => {
    const response = await get(
      `/api/metering-points/${householdPointId}/notices/${noticeId}/pdf?locale=sr-Cyrl`,
      household,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="upozorenje-.+\.pdf"/);
    const pdf = response.rawPayload;
    expect((await pdfInfo(pdf)).pages).toBe(1);
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('УПОЗОРЕЊЕ ПРЕД ОБУСТАВУ ИСПОРУКЕ');
    expect(text).toContain('Марко Петровић');
    expect(text).toContain('2034567891');
    expect(text).toContain('обустављена испорука');
    const [whole, fraction] = debtAmount.split('.');
    expect(text).toContain(`${whole!.replace(/\B(?=(\d{3})+$)/g, '.')},${fraction} дин.`);
    const reference = debtReference('2034567891');
    expect(isValidModel97Reference(reference)).toBe(true);
    expect(text).toContain(`97 ${reference.slice(0, 2)}-${reference.slice(2)}`);

    const english = await pdfText(
      (await get(`/api/metering-points/${householdPointId}/notices/${noticeId}/pdf?locale=en`, household))
        .rawPayload,
    );
    expect(english).not.toMatch(/[\u0400-\u04FF]/);
    expect(english).toContain('WARNING BEFORE DISCONNECTION');
    const latin = await pdfText(
      (
        await get(
          `/api/metering-points/${householdPointId}/notices/${noticeId}/pdf?locale=sr-Latn`,
          household,
        )
      ).rawPayload,
    );
    expect(latin).toContain('UPOZORENJE PRED OBUSTAVU ISPORUKE');
  });

  it("refuses another user's notice, and a notice under another metering point, like unknown ones", async () => {
    const url = `/api/metering-points/${householdPointId}/notices/${noticeId}/pdf`;
    const foreign = await get(url, business);
    const unknown = await get(
      `/api/metering-points/${householdPointId}/notices/${randomUUID()}/pdf`,
      household,
    );
    const elsewhere = await get(`/api/metering-points/${businessPointId}/notices/${noticeId}/pdf`, business);
    for (const response of [foreign, unknown, elsewhere]) {
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('NOT_FOUND');
    }
  });
});

describe('new-notice e-mails', () => {
  const mailsTo = (address: string) => smtp.messages.filter((m) => JSON.stringify(m.to).includes(address));

  it('announces each new open notice once per linked user, with the PDF when asked for', async () => {
    const chosen = await app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      headers: household,
      payload: { attachBillPdf: true },
    });
    expect(chosen.statusCode).toBe(200);
    // Whatever the demo history holds that is recent is announced once, then nothing more.
    await notifyNewNotices(notifier);
    expect(await notifyNewNotices(notifier)).toBe(0);
    await app.mail.flush();
    const before = mailsTo('demo.household@example.rs').length;

    const fresh = await addNotice(householdPointId, { issuedOn: today });
    // history is not news: old or no longer open notices are not mailed
    await addNotice(householdPointId, { issuedOn: '2025-01-10' });
    await addNotice(householdPointId, { issuedOn: today, status: 'SETTLED' });
    const [first, second] = await Promise.all([notifyNewNotices(notifier), notifyNewNotices(notifier)]);
    expect(first + second).toBe(1);
    expect(await notifyNewNotices(notifier)).toBe(0);
    await app.mail.flush();
    const mails = mailsTo('demo.household@example.rs').slice(before);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.subject).toMatch(/^Упозорење пред обуставу испоруке: Кућа, рок /);
    expect(mail!.text).toContain(fresh.number);
    expect(mail!.text).toContain('4.321,09 дин.');
    expect(mail!.text).toContain(`https://portal.example.rs/metering-points/${householdPointId}?tab=notices`);
    expect(mail!.attachments).toHaveLength(1);
    expect(mail!.attachments[0]!.filename).toBe(`upozorenje-${fresh.number}.pdf`);
    expect(mail!.attachments[0]!.content.subarray(0, 5).toString()).toBe('%PDF-');
    const rows = await demo.prisma.dunningNoticeNotification.findMany({ where: { noticeId: fresh.id } });
    expect(rows).toHaveLength(1);
  });
});

describe('settling notices once the debt is paid', () => {
  const credit = async (meteringPointId: string, entryDate: string, amount: string, balance: string) =>
    demo.prisma.ledgerEntry.create({
      data: {
        meteringPointId,
        entryDate: day(entryDate),
        documentType: 'PAYMENT',
        documentNumber: `U-${randomUUID().slice(0, 8)}`,
        credit: amount,
        balance,
      },
    });

  it('settles an open notice when the credits since its debt date reach its debt', async () => {
    const customer = await createCustomer(demo.prisma, {
      points: [{ balance: '8000.00', openNotice: { kind: 'REMINDER_BEFORE_ENFORCEMENT', debt: '5000.00' } }],
    });
    const pointId = customer.meteringPointIds[0]!;
    const status = async () =>
      demo.prisma.dunningNotice.findFirstOrThrow({
        where: { meteringPointId: pointId },
        select: { status: true, settledOn: true },
      });
    expect(await settleCoveredNotices(demo.prisma, pointId, today)).toBe(0);
    await credit(pointId, '2026-10-10', '1000.00', '7000.00'); // before the debt date (2026-10-15)
    await credit(pointId, '2026-10-20', '3000.00', '4000.00');
    expect(await settleCoveredNotices(demo.prisma, pointId, today)).toBe(0);
    expect((await status()).status).toBe('OPEN');
    await credit(pointId, '2026-10-25', '2000.00', '2000.00');
    // inside the payment's transaction, as the payments module calls it
    const settled = await demo.prisma.$transaction((tx) => settleCoveredNotices(tx, pointId, today));
    expect(settled).toBe(1);
    expect(await status()).toEqual({ status: 'SETTLED', settledOn: day(today) });
    expect(await settleCoveredNotices(demo.prisma, pointId, today)).toBe(0);
  });

  it('settles an open notice when the balance is paid off, and leaves the other statuses alone', async () => {
    const customer = await createCustomer(demo.prisma, {
      points: [{ balance: '8000.00', openNotice: { kind: 'WARNING_BEFORE_DISCONNECTION', debt: '5000.00' } }],
    });
    const pointId = customer.meteringPointIds[0]!;
    const escalated = await addNotice(pointId, { issuedOn: '2026-09-01', debt: '100.00' });
    await demo.prisma.dunningNotice.update({ where: { id: escalated.id }, data: { status: 'ESCALATED' } });
    await credit(pointId, '2026-10-12', '8000.00', '0.00');
    expect(await settleCoveredNotices(demo.prisma, pointId, today)).toBe(1);
    const rows = await demo.prisma.dunningNotice.findMany({
      where: { meteringPointId: pointId },
      orderBy: { issuedOn: 'asc' },
    });
    expect(rows.map((row) => row.status)).toEqual(['ESCALATED', 'SETTLED']);
  });

  it('shows a paid notice as settled in the list at once, and settling it takes it off the overview', async () => {
    const open = (await listOf(householdPointId, household)).filter((notice) => notice.status === 'open');
    expect(open.length).toBeGreaterThan(0);
    const last = await demo.prisma.ledgerEntry.findFirstOrThrow({
      where: { meteringPointId: householdPointId },
      orderBy: [{ entryDate: 'desc' }, { id: 'desc' }],
    });
    // a payment of the whole balance, booked today
    await credit(householdPointId, today, last.balance.toFixed(2), '0.00');
    const after = await listOf(householdPointId, household);
    for (const notice of open) {
      expect(after.find((n) => n.id === notice.id)).toMatchObject({ status: 'settled', settledOn: today });
    }
    // every open notice of the metering point, also those older than the three years listed
    const stored = await demo.prisma.dunningNotice.count({
      where: { meteringPointId: householdPointId, status: 'OPEN' },
    });
    expect(stored).toBeGreaterThanOrEqual(open.length);
    expect(await settleCoveredNotices(demo.prisma, householdPointId, today)).toBe(stored);
    const overview = meteringPointListResponse.parse((await get('/api/metering-points', household)).json());
    expect(overview.items.find((point) => point.id === householdPointId)!.openDunningNotice).toBeNull();
  });
});

describe('the notices of a metering point billed by ERS or EPCG', () => {
  it('are owed to that supplier, in its currency, and print no EPS branch, Serbian slip or IPS QR code', async () => {
    const regions = await demoLogin(app, 'demo.regions');
    const links = await demo.prisma.userMeteringPoint.findMany({
      where: { user: { usernameNormalized: 'demo.regions' } },
      select: { meteringPointId: true },
    });
    expect(links.length).toBe(2);
    const expected = { BAM: 'Електропривреда Републике Српске', EUR: 'Електропривреда Црне Горе' };
    const seen: string[] = [];
    for (const { meteringPointId } of links) {
      // the demo data has no notice on these points: one as the daily import would add it
      const { id } = await addNotice(meteringPointId, { issuedOn: today, debt: '87.65' });
      const list = dunningNoticeListResponse.parse(
        (await get(`/api/metering-points/${meteringPointId}/notices`, regions)).json(),
      );
      expect(list.currency).not.toBe('RSD');
      const currency = list.currency as keyof typeof expected;
      seen.push(currency);
      expect(list.supplier.name).toBe(expected[currency]);
      expect(list.supplier.paymentNote).not.toBeNull();
      // (shown settled if the point's balance is paid off: these points owe nothing in the demo data)
      expect(list.items.find((notice) => notice.id === id)?.debtAmount).toBe('87.65');

      const pdf = await get(
        `/api/metering-points/${meteringPointId}/notices/${id}/pdf?locale=sr-Cyrl`,
        regions,
      );
      expect(pdf.statusCode).toBe(200);
      const text = (await pdfText(pdf.rawPayload)).replace(/\s+/g, ' ');
      expect(text).toContain(expected[currency]);
      expect(text).toContain(currency === 'BAM' ? '87,65 КМ' : '87,65 €');
      for (const eps of ['Србије', 'огранак', 'Огранак', 'Рачун примаоца', 'Шифра плаћања', 'дин.'])
        expect(text).not.toContain(eps);
      expect(text).toContain('плаћа снабдевачу');
    }
    expect(seen.sort()).toEqual(['BAM', 'EUR']);
  });

  it('of an EPS point stay EPS’s, in dinars', async () => {
    const list = dunningNoticeListResponse.parse(
      (await get(`/api/metering-points/${householdPointId}/notices`, household)).json(),
    );
    expect(list.currency).toBe('RSD');
    expect(list.supplier.id).toBe('eps');
    expect(list.supplier.paymentNote).toBeNull();
  });
});
