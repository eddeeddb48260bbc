// One-click unsubscribe from news e-mails (RFC 8058) through the real API, database and in-process SMTP
// server: the mail carries List-Unsubscribe and List-Unsubscribe-Post, the POST a mail client makes turns
// news e-mails off for that user only, and a bad token is a translated 4xx problem, never a 5xx.
import type { PrismaClient } from '@portal/db';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { signUnsubscribeToken } from '../../lib/unsubscribe-token.js';
import { testClock } from '../../testing/clock.js';
import { createCustomer, createUser, linkPoints, type TestUser } from '../../testing/customer-data.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../testing/smtp-server.js';
import { buildTestApp } from '../../testing/test-app.js';
import { testDatabaseClient } from '../../testing/test-database.js';
import { derivedKey } from '../auth/secret-tokens.js';
import { runNewsMailing } from './news-mailing.js';

let prisma: PrismaClient;
let smtp: TestSmtpServer;
let app: App;
let supervisor: TestUser;
let reader: TestUser;
let other: TestUser;

beforeAll(async () => {
  prisma = testDatabaseClient();
  smtp = await startTestSmtpServer();
  app = await buildTestApp({ prisma, config: { smtpUrl: smtp.url } });
  supervisor = await createUser(app, prisma, 'NATURAL', 'SUPERVISOR');
  [reader, other] = [await createUser(app, prisma), await createUser(app, prisma)];
  const points = (await createCustomer(prisma, { regionId: 'BG' })).meteringPointIds;
  for (const user of [reader, other]) {
    await linkPoints(prisma, user.id, points);
    await prisma.user.update({ where: { id: user.id }, data: { newsEmails: true } });
  }
});

afterAll(async () => {
  // the integration run shares one database: another file's announcement must not reach these users
  if (reader && other)
    await prisma.user.updateMany({
      where: { id: { in: [reader.id, other.id] } },
      data: { newsEmails: false },
    });
  await app?.close();
  await smtp?.stop();
  await prisma?.$disconnect();
});

const header = (mail: ParsedMail, key: string) =>
  mail.headerLines
    .find((h) => h.key === key)
    ?.line.slice(key.length + 1)
    .trim();
const mailTo = (user: TestUser) =>
  smtp.messages.find((m) => JSON.stringify(m.to).includes(`${user.username}@example.rs`));
const oneClick = (url: string, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    payload: 'List-Unsubscribe=One-Click',
  });

async function mailAnnouncement(): Promise<void> {
  const created = await app.inject({
    method: 'POST',
    url: '/api/support/news',
    headers: { authorization: supervisor.authorization },
    payload: {
      kind: 'feature',
      regionId: null,
      titleSrCyrl: 'Ново',
      titleEn: 'New',
      bodySrCyrl: 'Текст.',
      bodyEn: 'Text.',
      publishedAt: new Date(testClock.now().getTime() - 86_400_000).toISOString(),
      expiresAt: new Date(testClock.now().getTime() + 86_400_000).toISOString(),
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const send = await app.inject({
    method: 'POST',
    url: `/api/support/news/${id}/send`,
    headers: { authorization: supervisor.authorization },
  });
  expect(send.statusCode, send.body).toBe(202);
  await runNewsMailing(
    {
      prisma,
      notifyMail: () => {},
      publicUrl: app.config.publicUrl,
      unsubscribeKey: derivedKey(app.config.jwtSecret ?? '', 'news-unsubscribe'),
      now: () => testClock.now(),
    },
    id,
  );
  await app.mail.flush();
  // every opted-in customer of the run's database is in the audience, not only this file's two
  const { mailQueued } = await prisma.newsItem.findUniqueOrThrow({ where: { id } });
  expect(mailQueued).toBeGreaterThanOrEqual(2);
  await smtp.waitFor(mailQueued);
}

describe('one-click unsubscribe from news e-mails', () => {
  it('is offered in the headers of each news mail, with a link of its own recipient', async () => {
    await mailAnnouncement();
    const [mine, theirs] = [mailTo(reader), mailTo(other)];
    expect(header(mine!, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const link = header(mine!, 'list-unsubscribe')!;
    expect(link).toMatch(/^<https?:\/\/[^>]+\/api\/news\/unsubscribe\?token=[^>]+>$/);
    expect(header(theirs!, 'list-unsubscribe')).not.toBe(link);
  });

  it("turns news e-mails off for the link's user only, however often it is posted", async () => {
    const url = new URL(header(mailTo(reader)!, 'list-unsubscribe')!.slice(1, -1));
    for (let time = 0; time < 2; time++) {
      const done = await oneClick(`${url.pathname}${url.search}`);
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json()).toEqual({ status: 'unsubscribed' });
    }
    const newsEmails = async (user: TestUser) =>
      (await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).newsEmails;
    expect(await newsEmails(reader)).toBe(false);
    expect(await newsEmails(other)).toBe(true);
    // what the account page shows
    const me = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: reader.authorization },
    });
    expect(me.json().newsEmails).toBe(false);

    // a browser opening the link changes nothing and goes to the account page
    const opened = await app.inject({ method: 'GET', url: `${url.pathname}${url.search}` });
    expect(opened.statusCode).toBe(303);
    expect(opened.headers.location).toBe('/account');
  });

  it('refuses a forged, cut-off or reminder token with a translated problem, never a 5xx', async () => {
    const token = new URL(header(mailTo(other)!, 'list-unsubscribe')!.slice(1, -1)).searchParams.get(
      'token',
    )!;
    const reminderKey = derivedKey(app.config.jwtSecret ?? '', 'reminders-unsubscribe');
    const bad = [
      `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`,
      signUnsubscribeToken(reminderKey, 'reminders', other.id),
      signUnsubscribeToken(derivedKey(app.config.jwtSecret ?? '', 'news-unsubscribe'), 'reminders', other.id),
    ];
    for (const forged of bad) {
      const refused = await oneClick(`/api/news/unsubscribe?token=${encodeURIComponent(forged)}`, {
        'accept-language': 'en',
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.json()).toMatchObject({
        code: 'UNSUBSCRIBE_LINK_INVALID',
        title: expect.stringContaining('The unsubscribe link is not valid'),
      });
    }
    const cyrillic = await oneClick(`/api/news/unsubscribe?token=${encodeURIComponent(bad[0]!)}`, {
      'accept-language': 'sr-Cyrl',
    });
    expect(cyrillic.json().title).toContain('Веза за одјаву није исправна');

    for (const odd of ['not-a-token', '']) {
      const answer = await oneClick(`/api/news/unsubscribe?token=${odd}`);
      expect(answer.statusCode).toBe(400);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const json = await app.inject({
      method: 'POST',
      url: `/api/news/unsubscribe?token=${encodeURIComponent(token)}`,
      headers: { 'content-type': 'application/json' },
      payload: '{"List-Unsubscribe": ',
    });
    expect(json.statusCode).toBeGreaterThanOrEqual(400);
    expect(json.statusCode).toBeLessThan(500);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: other.id } })).newsEmails).toBe(true);
  });
});
