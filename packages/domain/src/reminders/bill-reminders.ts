// When a customer is reminded of a bill: some days before it falls due (their choice), and on the due
// date itself, while any of the bill's own amount is open. Each kind goes at most once per bill and user
// (the caller records what was sent); this decides only what the day calls for.
import { daysBetween } from '../dates.js';
import type { Para } from '../money.js';

export type BillReminderKind = 'before_due' | 'due_today';

export interface ReminderSettings {
  /** remind this many days before the due date (1..14); null: no early reminder */
  daysBefore: number | null;
  /** remind on the due date itself */
  onDueDate: boolean;
}

export const reminderRules = {
  /** the users' default, as the account page offers it */
  defaultDaysBefore: 3,
  maxDaysBefore: 14,
};

/**
 * The reminders `bill` calls for on `today` (Belgrade calendar dates, 'YYYY-MM-DD').
 * - none for a settled bill (its own amount covered; a bill of zero or a credit counts as settled);
 * - 'before_due' on any day from `daysBefore` days before the due date to the day before it, so a day the
 *   job did not run is caught up, but never on or after the due date: "due in 3 days" must not arrive late;
 * - 'due_today' on the due date only: the next day it would be a different message (overdue), and a bill
 *   whose due date passed, however long ago, is never reminded of (no flood on the first run).
 */
export function dueBillReminders(
  bill: { dueDate: string; total: Para; amountPaid: Para },
  settings: ReminderSettings,
  today: string,
): BillReminderKind[] {
  if (bill.amountPaid >= bill.total) return [];
  const daysLeft = daysBetween(today, bill.dueDate);
  const kinds: BillReminderKind[] = [];
  if (settings.daysBefore !== null && daysLeft >= 1 && daysLeft <= settings.daysBefore)
    kinds.push('before_due');
  if (settings.onDueDate && daysLeft === 0) kinds.push('due_today');
  return kinds;
}
