// The token of a mail's one-click unsubscribe link (RFC 8058): the user's id and an HMAC of it and of the
// mailing list, under a key of the list's own (derived from the server secret for this purpose only), so
// the link needs no login, never expires (such links are used long after the mail), cannot be made for
// another user, and a reminder link cannot turn news off or the other way round.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { unsubscribeToken } from '@portal/contract';
import type { FastifyInstance } from 'fastify';

/** The mails a user can leave with one click: bill reminders (modules/reminders), news (modules/news). */
export type MailingList = 'reminders' | 'news';

const signature = (key: string, list: MailingList, userId: string) =>
  createHmac('sha256', key).update(`${list}-unsubscribe:${userId}`).digest();

export function signUnsubscribeToken(key: string, list: MailingList, userId: string): string {
  return `${userId}.${signature(key, list, userId).toString('base64url')}`;
}

/** The user whose link this is; null unless the portal signed it for this list (constant-time compare). */
export function userOfUnsubscribeToken(key: string, list: MailingList, token: string): string | null {
  if (!unsubscribeToken.safeParse(token).success) return null;
  const [userId = '', signed = ''] = token.split('.');
  const given = Buffer.from(signed, 'base64url');
  const expected = signature(key, list, userId);
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}

/**
 * RFC 8058: mail clients POST `List-Unsubscribe=One-Click` form-encoded. Its content says nothing the URL
 * does not, so it is read (in the calling plugin's scope only) and ignored.
 */
export function acceptOneClickBody(app: FastifyInstance): void {
  if (app.hasContentTypeParser('application/x-www-form-urlencoded')) return;
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 1024 },
    (_request, _body, done) => done(null, undefined),
  );
}
