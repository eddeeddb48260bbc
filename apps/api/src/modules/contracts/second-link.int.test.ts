import type { PrismaClient } from '@portal/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createCustomer, createUser, nextAddress, type TestUser } from '../../testing/customer-data.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../testing/smtp-server.js';
import { buildTestApp } from '../../testing/test-app.js';
import { testDatabaseClient } from '../../testing/test-database.js';

let prisma: PrismaClient;
let smtp: TestSmtpServer;
let app: App;

beforeAll(async () => {
  prisma = testDatabaseClient();
  smtp = await startTestSmtpServer();
  app = await buildTestApp({ prisma, config: { smtpUrl: smtp.url } });
});

afterAll(async () => {
  await app?.close();
  await smtp?.stop();
  await prisma?.$disconnect();
});

function link(user: TestUser, payload: Record<string, unknown>) {
  return app.inject({
    method: 'POST',
    url: '/api/contracts',
    headers: { authorization: user.authorization },
    remoteAddress: nextAddress(),
    payload,
  });
}

const emailOf = (user: TestUser) => `${user.username}@example.rs`;

async function mailsTo(user: TestUser) {
  await app.mail.flush();
  return smtp.messages.filter((m) => JSON.stringify(m.to).includes(emailOf(user)));
}

const tellings = (subjectId: string) =>
  prisma.auditEvent.findMany({ where: { action: 'contract.linked_by_another_account', subjectId } });

describe('a contract linked by another account', () => {
  it('tells everyone who already has it, in their language, and audits it', async () => {
    const customer = await createCustomer(prisma, { points: [{}, {}] });
    const payload = { billingNumber: customer.billingNumber, jmbg: customer.jmbg };
    const owner = await createUser(app, prisma);
    await prisma.user.update({ where: { id: owner.id }, data: { locale: 'en' } });
    expect((await link(owner, payload)).statusCode).toBe(201);
    await prisma.userMeteringPoint.update({
      where: { userId_meteringPointId: { userId: owner.id, meteringPointId: customer.meteringPointIds[0]! } },
      data: { nickname: 'Vikendica na Zlatiboru' },
    });
    expect(await mailsTo(owner)).toHaveLength(0);

    const stranger = await createUser(app, prisma);
    await prisma.user.update({ where: { id: stranger.id }, data: { locale: 'sr-Latn' } });
    expect((await link(stranger, payload)).statusCode).toBe(201);

    const [told] = await mailsTo(owner);
    expect(told).toBeDefined();
    expect(told!.text).toContain('Vikendica na Zlatiboru');
    expect(told!.text).toContain(`******${customer.billingNumber.slice(-4)}`);
    expect(told!.text).not.toContain(customer.billingNumber);
    expect(told!.text).toMatch(/support/i);
    expect(told!.text).toMatch(/\d{1,2}:\d{2}/);
    expect(await mailsTo(stranger)).toHaveLength(0);
    const events = await tellings(owner.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorUserId: stranger.id, subjectType: 'user' });

    // A third account: both earlier holders are told, each in their own language; an unverified
    // holder (an e-mail address never confirmed) is not written to.
    const unverified = await createUser(app, prisma);
    await prisma.userMeteringPoint.create({
      data: { userId: unverified.id, meteringPointId: customer.meteringPointIds[1]! },
    });
    await prisma.user.update({ where: { id: unverified.id }, data: { emailVerifiedAt: null } });
    const third = await createUser(app, prisma);
    expect((await link(third, payload)).statusCode).toBe(201);
    expect(await mailsTo(owner)).toHaveLength(2);
    const [latin] = await mailsTo(stranger);
    expect(latin!.subject).toMatch(/[a-zčćšžđ]/i);
    expect(latin!.subject).not.toMatch(/[\u0400-\u04FF]/);
    expect(await tellings(stranger.id)).toHaveLength(1);
    expect(await tellings(owner.id)).toHaveLength(2);
    expect(await mailsTo(unverified)).toHaveLength(0);
    expect(await tellings(unverified.id)).toHaveLength(0);
  });
});
