// Turning reminders off with the link of a reminder mail: no login, only the signed token. Repeating it
// is harmless (mail clients may POST twice); the answer is the same whatever the settings were.
import { AppError } from '../../lib/app-error.js';
import { recordAudit, type auditContext } from '../audit/audit.service.js';
import type { RemindersDeps } from './reminders.deps.js';
import { userOfUnsubscribeToken } from '../../lib/unsubscribe-token.js';

export async function unsubscribeFromReminders(
  deps: Pick<RemindersDeps, 'prisma' | 'unsubscribeKey'>,
  token: string,
  context: ReturnType<typeof auditContext>,
): Promise<void> {
  const userId = userOfUnsubscribeToken(deps.unsubscribeKey, 'reminders', token);
  if (userId === null) throw new AppError('UNSUBSCRIBE_LINK_INVALID');
  // An account deleted since the mail was sent: nothing left to turn off, and nothing to tell.
  const changed = await deps.prisma.user.updateMany({
    where: { id: userId },
    data: { reminderDaysBefore: null, remindOnDueDate: false },
  });
  if (changed.count === 0) return;
  await recordAudit(deps.prisma, context, {
    action: 'reminders.unsubscribe',
    actorUserId: userId,
    subjectType: 'user',
    subjectId: userId,
  });
}
