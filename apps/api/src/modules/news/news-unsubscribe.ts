// Turning news e-mails off with the one-click link of a news mail (modules/mail unsubscribe.ts): the
// same switch as the account page's (app_user.news_emails).
import type { auditContext } from '../audit/audit.service.js';
import { unsubscribeWithToken, type UnsubscribeDeps } from '../mail/unsubscribe.js';

export type NewsUnsubscribeDeps = UnsubscribeDeps;

export function unsubscribeFromNews(
  deps: NewsUnsubscribeDeps,
  token: string,
  context: ReturnType<typeof auditContext>,
): Promise<void> {
  return unsubscribeWithToken(deps, 'news', { newsEmails: false }, token, context);
}
