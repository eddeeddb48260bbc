// Leaving a mailing list with the one-click link of one of its mails (RFC 8058): no login, only the
// signed token (lib/unsubscribe-token.ts). Repeating it is harmless (mail clients may POST twice); the
// answer is the same whatever the settings were. Each list's module says which settings turn it off.
import type { Prisma, PrismaClient } from '@portal/db';
import { AppError } from '../../lib/app-error.js';
import { userOfUnsubscribeToken, type MailingList } from '../../lib/unsubscribe-token.js';
import { recordAudit, type auditContext } from '../audit/audit.service.js';

export interface UnsubscribeDeps {
  prisma: PrismaClient;
  /** the key the list's links are signed with */
  unsubscribeKey: string;
}

/** Turns `list` off (the user's settings `off`) for the user of `token`, audited as theirs. */
export async function unsubscribeWithToken(
  deps: UnsubscribeDeps,
  list: MailingList,
  off: Prisma.UserUpdateManyMutationInput,
  token: string,
  context: ReturnType<typeof auditContext>,
): Promise<void> {
  const userId = userOfUnsubscribeToken(deps.unsubscribeKey, list, token);
  if (userId === null) throw new AppError('UNSUBSCRIBE_LINK_INVALID');
  // An account deleted since the mail was sent: nothing left to turn off, and nothing to tell.
  const changed = await deps.prisma.user.updateMany({ where: { id: userId }, data: off });
  if (changed.count === 0) return;
  await recordAudit(deps.prisma, context, {
    action: `${list}.unsubscribe`,
    actorUserId: userId,
    subjectType: 'user',
    subjectId: userId,
  });
}
