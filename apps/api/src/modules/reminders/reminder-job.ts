// The daily reminder run: for every unpaid bill falling due within the longest reminder window, each user
// following its metering point (verified address, account not disabled) is sent the reminders the domain
// rule calls for today, each kind once per bill and user. Safe to run any number of times a day and in
// several processes at once: the bill_reminder row is claimed (ON CONFLICT DO NOTHING) in the same
// transaction that queues the mail, so a reminder can be neither lost nor sent twice.
import type { Locale } from '@portal/contract';
import {
  addDays,
  daysBetween,
  dueBillReminders,
  parseRsd,
  reminderRules,
  type BillReminderKind,
} from '@portal/domain';
import { belgradeDateOf, isoDate } from '../../lib/belgrade-date.js';
import type { RemindersDeps } from './reminders.deps.js';
import { enqueueReminderMails } from './reminders.mail.js';
import { signUnsubscribeToken } from '../../lib/unsubscribe-token.js';

export const reminderJobRules = {
  /**
   * Candidates (bill and user) per transaction: a run over 100,000 users is many short transactions, none
   * holding locks for long, and each batch's reminders commit on their own.
   */
  batchSize: 500,
};

interface Candidate {
  billId: string;
  number: string;
  dueDate: Date;
  total: string;
  amountPaid: string;
  userId: string;
  username: string;
  email: string;
  locale: string;
  daysBefore: number | null;
  onDueDate: boolean;
  nickname: string | null;
  street: string;
  city: string;
}

const firstId = '00000000-0000-0000-0000-000000000000';

/** One batch of candidates after (bill, user) = `after`, in key order (keyset paging: no OFFSET scans). */
function candidates(deps: RemindersDeps, today: string, after: { billId: string; userId: string }) {
  const lastDue = addDays(today, reminderRules.maxDaysBefore);
  // A filter in SQL (the windows of the domain rule, less what was sent), so that a run after the day's
  // reminders went out reads next to nothing; the domain rule still decides. A bill's own amount (month_total) is what the reminder is about, as on the bill list.
  return deps.prisma.$queryRaw<Candidate[]>`
    SELECT b.id AS "billId", b.number, b.due_date AS "dueDate", b.month_total::text AS total,
           b.amount_paid::text AS "amountPaid", u.id AS "userId", u.username, u.email, u.locale,
           u.reminder_days_before AS "daysBefore", u.remind_on_due_date AS "onDueDate",
           l.nickname, m.street, m.city
      FROM bill b
      JOIN user_metering_point l ON l.metering_point_id = b.metering_point_id
      JOIN app_user u ON u.id = l.user_id AND u.email_verified_at IS NOT NULL AND u.disabled_at IS NULL
                     AND (u.reminder_days_before IS NOT NULL OR u.remind_on_due_date)
      JOIN metering_point m ON m.id = b.metering_point_id
     WHERE b.status = 'ISSUED' AND b.amount_paid < b.month_total
       AND b.due_date BETWEEN ${today}::date AND ${lastDue}::date
       AND (b.id, u.id) > (${after.billId}::uuid, ${after.userId}::uuid)
       AND ((b.due_date = ${today}::date AND u.remind_on_due_date
             AND NOT EXISTS (SELECT 1 FROM bill_reminder r
                              WHERE r.bill_id = b.id AND r.user_id = u.id AND r.kind = 'due_today'))
         OR (b.due_date > ${today}::date AND b.due_date - ${today}::date <= u.reminder_days_before
             AND NOT EXISTS (SELECT 1 FROM bill_reminder r
                              WHERE r.bill_id = b.id AND r.user_id = u.id AND r.kind = 'before_due')))
     ORDER BY b.id, u.id
     LIMIT ${reminderJobRules.batchSize}`;
}

/** Claims the reminders of a batch; returns those not claimed before (by this run or another). */
async function claim(
  tx: Pick<RemindersDeps['prisma'], '$queryRaw'>,
  due: readonly { row: Candidate; kind: BillReminderKind }[],
): Promise<Set<string>> {
  const claimed = await tx.$queryRaw<{ key: string }[]>`
    INSERT INTO bill_reminder (bill_id, user_id, kind)
    SELECT * FROM unnest(${due.map((d) => d.row.billId)}::uuid[], ${due.map((d) => d.row.userId)}::uuid[],
                         ${due.map((d) => d.kind)}::text[])
    ON CONFLICT DO NOTHING
    RETURNING bill_id || '/' || user_id || '/' || kind AS key`;
  return new Set(claimed.map((c) => c.key));
}

/** Queues the reminders due today; returns how many were queued. */
export async function queueBillReminders(deps: RemindersDeps): Promise<number> {
  const today = belgradeDateOf(deps.now());
  let after = { billId: firstId, userId: firstId };
  let queued = 0;
  for (;;) {
    const batch = await candidates(deps, today, after);
    const due = batch.flatMap((row) =>
      dueBillReminders(
        { dueDate: isoDate(row.dueDate), total: parseRsd(row.total), amountPaid: parseRsd(row.amountPaid) },
        { daysBefore: row.daysBefore, onDueDate: row.onDueDate },
        today,
      ).map((kind) => ({ row, kind })),
    );
    if (due.length > 0) {
      queued += await deps.prisma.$transaction(async (tx) => {
        const claimed = await claim(tx, due);
        const mails = due
          .filter(({ row, kind }) => claimed.has(`${row.billId}/${row.userId}/${kind}`))
          .map(({ row, kind }) => reminderMail(deps, row, kind, today));
        return enqueueReminderMails(tx, mails);
      });
    }
    const last = batch.at(-1);
    if (!last || batch.length < reminderJobRules.batchSize) break;
    after = { billId: last.billId, userId: last.userId };
  }
  if (queued > 0) deps.notifyMail();
  return queued;
}

function reminderMail(
  deps: RemindersDeps,
  row: Candidate,
  kind: BillReminderKind,
  today: string,
): Parameters<typeof enqueueReminderMails>[1][number] {
  const token = signUnsubscribeToken(deps.unsubscribeKey, 'reminders', row.userId);
  const dueDate = isoDate(row.dueDate);
  return {
    to: row.email,
    template: 'billReminder',
    locale: row.locale as Locale,
    params: {
      username: row.username,
      kind,
      meteringPoint: row.nickname ?? `${row.street}, ${row.city}`,
      billNumber: row.number,
      amountOpen: parseRsd(row.total) - parseRsd(row.amountPaid),
      dueDate,
      daysLeft: daysBetween(today, dueDate),
      payUrl: `${deps.publicUrl}/pay?billIds=${row.billId}`,
      unsubscribeUrl: `${deps.publicUrl}/reminders/unsubscribe?token=${token}`,
    },
    // RFC 8058: mail clients offer "unsubscribe" and POST to the address themselves, without a login.
    headers: {
      'List-Unsubscribe': `<${deps.publicUrl}/api/reminders/unsubscribe?token=${token}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
