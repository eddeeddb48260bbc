// Turning reminders off with the link of a reminder mail (modules/mail unsubscribe.ts).
import type { auditContext } from '../audit/audit.service.js';
import { unsubscribeWithToken } from '../mail/unsubscribe.js';
import type { RemindersDeps } from './reminders.deps.js';

export function unsubscribeFromReminders(
  deps: Pick<RemindersDeps, 'prisma' | 'unsubscribeKey'>,
  token: string,
  context: ReturnType<typeof auditContext>,
): Promise<void> {
  const off = { reminderDaysBefore: null, remindOnDueDate: false };
  return unsubscribeWithToken(deps, 'reminders', off, token, context);
}
