// Customer news through the real API and database: who sees which announcement (region, publication,
// expiry), read marks, who may write, and the batched e-mailing: one outbox row per opted-in user of the
// audience, also when the mailing runs again or resumes from scratch.
import type { PrismaClient } from '@portal/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createCustomer, createUser, linkPoints, type TestUser } from '../../testing/customer-data.js';
import { testClock } from '../../testing/clock.js';
import { buildTestApp } from '../../testing/test-app.js';
import { runNewsMailing } from './news-mailing.js';
import { testDatabaseClient } from '../../testing/test-database.js';

let prisma: PrismaClient;
let app: App;
let supervisor: TestUser;
let support: TestUser;
let bgUser: TestUser;
let nsUser: TestUser;
let bgPoint: string;
/** the users this file opts in to news e-mails, opted out again at the end */
const optedIn: string[] = [];

const day = 86_400_000;
const at = (offsetDays: number) => new Date(testClock.now().getTime() + offsetDays * day).toISOString();

const announcement = (overrides: Record<string, unknown> = {}) => ({
  kind: 'outage',
  regionId: 'BG',
  titleSrCyrl: 'Искључење у Земуну',
  titleEn: 'Outage in Zemun',
  bodySrCyrl: 'Радови на мрежи.\nБез струје од 9 до 13 часова.',
  bodyEn: 'Network works.\nNo power from 9 to 13.',
  publishedAt: at(-1),
  expiresAt: at(2),
  ...overrides,
});

const call = (user: TestUser, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) =>
  app.inject({
    method,
    url,
    headers: { authorization: user.authorization },
    ...(payload ? { payload } : {}),
  });

async function create(overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await call(supervisor, 'POST', '/api/support/news', announcement(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

const newsOf = async (user: TestUser, locale = 'en') => {
  const response = await app.inject({
    method: 'GET',
    url: '/api/news',
    headers: { authorization: user.authorization, 'accept-language': locale },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().news as { id: string; title: string; body: string; read: boolean }[];
};

const mailingDeps = () => ({
  prisma,
  notifyMail: () => {},
  publicUrl: 'https://portal.example.rs',
  unsubscribeKey: 'news-unsubscribe-test-key',
  now: () => testClock.now(),
});

beforeAll(async () => {
  prisma = testDatabaseClient();
  app = await buildTestApp({ prisma });
  supervisor = await createUser(app, prisma, 'NATURAL', 'SUPERVISOR');
  support = await createUser(app, prisma, 'NATURAL', 'SUPPORT');
  bgUser = await createUser(app, prisma);
  nsUser = await createUser(app, prisma);
  bgPoint = (await createCustomer(prisma, { regionId: 'BG' })).meteringPointIds[0]!;
  await linkPoints(prisma, bgUser.id, [bgPoint]);
  await linkPoints(prisma, nsUser.id, (await createCustomer(prisma, { regionId: 'NS' })).meteringPointIds);
});

afterAll(async () => {
  // the integration run shares one database: another file's announcement must not reach these users
  await prisma?.user.updateMany({ where: { id: { in: optedIn } }, data: { newsEmails: false } });
  await app?.close();
  await prisma?.$disconnect();
});

describe('customer news', () => {
  it("shows what is published and not expired, for everyone or the user's regions, in their language", async () => {
    const regional = await create();
    const everyone = await create({ regionId: null, kind: 'feature', titleEn: 'New: e-bills' });
    const future = await create({ publishedAt: at(1), expiresAt: at(3) });
    const ended = await create();
    expect((await call(supervisor, 'POST', `/api/support/news/${ended}/expire`)).statusCode).toBe(200);

    const bg = await newsOf(bgUser);
    const ids = bg.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining([regional, everyone]));
    expect(ids).not.toContain(future);
    expect(ids).not.toContain(ended);
    expect(bg.find((n) => n.id === regional)).toMatchObject({ title: 'Outage in Zemun', read: false });

    const ns = (await newsOf(nsUser)).map((n) => n.id);
    expect(ns).toContain(everyone);
    expect(ns).not.toContain(regional);

    const latin = (await newsOf(bgUser, 'sr-Latn')).find((n) => n.id === regional);
    expect(latin?.title).toBe('Isključenje u Zemunu');
  });

  it('marks read only what the user can see; others answer 404', async () => {
    const regional = await create();
    const future = await create({ publishedAt: at(1), expiresAt: at(3) });
    expect((await call(nsUser, 'POST', `/api/news/${regional}/read`)).statusCode).toBe(404);
    expect((await call(bgUser, 'POST', `/api/news/${future}/read`)).statusCode).toBe(404);
    for (let i = 0; i < 2; i++) {
      const read = await call(bgUser, 'POST', `/api/news/${regional}/read`);
      expect(read.statusCode, read.body).toBe(200);
    }
    expect((await newsOf(bgUser)).find((n) => n.id === regional)?.read).toBe(true);
    expect(await prisma.newsRead.count({ where: { newsId: regional } })).toBe(1);
  });

  it('lets supervisors write, support read the list, and customers neither', async () => {
    expect((await call(support, 'GET', '/api/support/news')).statusCode).toBe(200);
    expect((await call(support, 'POST', '/api/support/news', announcement())).statusCode).toBe(403);
    expect((await call(bgUser, 'GET', '/api/support/news')).statusCode).toBe(403);
    expect((await call(bgUser, 'POST', '/api/support/news', announcement())).statusCode).toBe(403);

    const id = await create();
    const rewritten = await call(
      supervisor,
      'PUT',
      `/api/support/news/${id}`,
      announcement({ titleEn: 'Moved' }),
    );
    expect(rewritten.statusCode, rewritten.body).toBe(200);
    expect(rewritten.json().titleEn).toBe('Moved');
    const actions = await prisma.auditEvent.findMany({
      where: { subjectId: id },
      select: { action: true, actorUserId: true },
    });
    expect(actions.map((a) => a.action).sort()).toEqual(['news.create', 'news.update']);
    expect(actions.every((a) => a.actorUserId === supervisor.id)).toBe(true);
  });

  it('refuses an expiry before publication, an unknown region and control characters', async () => {
    for (const body of [
      announcement({ expiresAt: at(-2) }),
      announcement({ regionId: 'XX' }),
      announcement({ titleEn: 'a\u0000b' }),
      announcement({ publishedAt: '0000-01-01T00:00:00Z' }),
    ]) {
      const response = await call(supervisor, 'POST', '/api/support/news', body);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('news e-mails', () => {
  it('carries the opt-in in /api/auth/me', async () => {
    optedIn.push(bgUser.id);
    const patched = await call(bgUser, 'PATCH', '/api/auth/me', { newsEmails: true });
    expect(patched.statusCode, patched.body).toBe(200);
    expect((await call(bgUser, 'GET', '/api/auth/me')).json().newsEmails).toBe(true);
  });

  it('queues one mail per opted-in, verified, enabled user of the audience, however often it runs', async () => {
    const optIn = (user: TestUser, extra: object = {}) => {
      optedIn.push(user.id);
      return prisma.user.update({ where: { id: user.id }, data: { newsEmails: true, ...extra } });
    };
    await optIn(bgUser);
    await optIn(nsUser); // another region
    const silent = await createUser(app, prisma); // not opted in
    const disabled = await createUser(app, prisma);
    const unverified = await createUser(app, prisma);
    const english = await createUser(app, prisma);
    for (const user of [silent, disabled, unverified, english]) await linkPoints(prisma, user.id, [bgPoint]);
    await optIn(disabled, { disabledAt: testClock.now() });
    await optIn(unverified, { emailVerifiedAt: null });
    await optIn(english, { locale: 'en' });

    const id = await create();
    const sent = await call(supervisor, 'POST', `/api/support/news/${id}/send`);
    expect(sent.statusCode, sent.body).toBe(202);
    expect(sent.json().mailing.requestedAt).not.toBeNull();

    await runNewsMailing(mailingDeps(), id, 1); // a batch per user: the cursor moves on
    await runNewsMailing(mailingDeps(), id, 1); // finished: nothing more
    // as if the cursor had been lost: the recipient marks still keep everyone to one mail
    await prisma.newsItem.update({ where: { id }, data: { mailCursor: null, mailFinishedAt: null } });
    await runNewsMailing(mailingDeps(), id, 2);

    const addresses = async (user: TestUser) =>
      prisma.mailOutbox.findMany({
        where: { toAddress: `${user.username}@example.rs`, template: 'customerNews' },
        select: { subject: true, locale: true, textBody: true },
      });
    const [bgMails, englishMails] = [await addresses(bgUser), await addresses(english)];
    expect(bgMails).toHaveLength(1);
    expect(bgMails[0]?.locale).toBe('sr-Cyrl');
    expect(bgMails[0]?.subject).toContain('Планирано искључење: Искључење у Земуну');
    expect(englishMails).toHaveLength(1);
    expect(englishMails[0]?.subject).toContain('Planned outage: Outage in Zemun');
    expect(englishMails[0]?.textBody).toContain('No power from 9 to 13.');
    for (const user of [nsUser, silent, disabled, unverified]) expect(await addresses(user)).toHaveLength(0);

    const item = await prisma.newsItem.findUniqueOrThrow({ where: { id } });
    expect(item.mailQueued).toBe(2);
    expect(item.mailFinishedAt).not.toBeNull();
    const list = (await call(support, 'GET', '/api/support/news')).json().news as {
      id: string;
      mailing: object;
    }[];
    expect(list.find((n) => n.id === id)?.mailing).toMatchObject({ queued: 2 });
  });

  it('refuses to e-mail an expired announcement', async () => {
    const id = await create();
    await call(supervisor, 'POST', `/api/support/news/${id}/expire`);
    const sent = await call(supervisor, 'POST', `/api/support/news/${id}/send`);
    expect(sent.statusCode, sent.body).toBe(409);
  });
});
