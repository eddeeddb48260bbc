// Turning news e-mails off with the one-click link of a news mail (RFC 8058): no login, only the signed
// token (lib/unsubscribe-token.ts). The same switch as the account page's (app_user.news_emails).
// Repeating it is harmless (mail clients may POST twice); the answer is the same whatever it was.
import type { PrismaClient } from '@portal/db';
import { AppError } from '../../lib/app-error.js';
import { userOfUnsubscribeToken } from '../../lib/unsubscribe-token.js';
import { recordAudit, type auditContext } from '../audit/audit.service.js';

export interface NewsUnsubscribeDeps {
  prisma: PrismaClient;
  /** the key news mails' links are signed with (news-mailing.ts) */
  unsubscribeKey: string;
}

export async function unsubscribeFromNews(
  deps: NewsUnsubscribeDeps,
  token: string,
  context: ReturnType<typeof auditContext>,
): Promise<void> {
  const userId = userOfUnsubscribeToken(deps.unsubscribeKey, 'news', token);
  if (userId === null) throw new AppError('UNSUBSCRIBE_LINK_INVALID');
  // An account deleted since the mail was sent: nothing left to turn off, and nothing to tell.
  const changed = await deps.prisma.user.updateMany({ where: { id: userId }, data: { newsEmails: false } });
  if (changed.count === 0) return;
  await recordAudit(deps.prisma, context, {
    action: 'news.unsubscribe',
    actorUserId: userId,
    subjectType: 'user',
    subjectId: userId,
  });
}
