// New-bill e-mails: each bill issued for a metering point a user follows is announced once, to users who
// asked for it, with the PDF attached if they chose that. Bills the portal already had when the user
// linked the metering point are history, not news, and are never announced (a bill issued on the day of
// the link may be either: what counts is when it reached the portal, not its date).
import type { Locale } from '@portal/contract';
import type { PrismaClient } from '@portal/db';
import { parseRsd } from '@portal/domain';
import { belgradeDateOf, isoDate } from '../../lib/belgrade-date.js';
import { enqueueBillMail } from './bills.mail.js';

export interface BillNotifierDeps {
  prisma: PrismaClient;
  /** wakes the mail worker after mail was queued */
  notifyMail: () => void;
  publicUrl: string;
  now: () => Date;
}

export const billNotificationRules = {
  /** a bill older than this when first seen (a late import, a restored backup) is not announced */
  maxAgeDays: 14,
  batchSize: 500,
};

interface PendingNotification {
  billId: string;
  number: string;
  periodStart: Date;
  periodEnd: Date;
  dueDate: Date;
  monthTotal: string;
  totalToPay: string;
  userId: string;
  username: string;
  email: string;
  locale: string;
  attachBillPdf: boolean;
  nickname: string | null;
  street: string;
  city: string;
}

/** Queues the new-bill mails that are due; returns how many. Safe to run in several processes at once. */
export async function notifyNewBills(deps: BillNotifierDeps): Promise<number> {
  const today = belgradeDateOf(deps.now());
  const since = new Date(Date.parse(`${today}T00:00:00Z`) - billNotificationRules.maxAgeDays * 86_400_000);
  const pending = await deps.prisma.$queryRaw<PendingNotification[]>`
    SELECT b.id AS "billId", b.number, b.period_start AS "periodStart", b.period_end AS "periodEnd",
           b.due_date AS "dueDate", b.month_total::text AS "monthTotal", b.total_to_pay::text AS "totalToPay",
           u.id AS "userId", u.username, u.email, u.locale, u.attach_bill_pdf AS "attachBillPdf",
           l.nickname, m.street, m.city
      FROM user_metering_point l
      JOIN app_user u ON u.id = l.user_id AND u.notify_new_bill AND u.email_verified_at IS NOT NULL
      JOIN metering_point m ON m.id = l.metering_point_id
      JOIN bill b ON b.metering_point_id = l.metering_point_id AND b.status = 'ISSUED'
                 AND b.issue_date >= ${since}::date
                 AND b.imported_at > l.linked_at
     WHERE NOT EXISTS (SELECT 1 FROM bill_notification n WHERE n.bill_id = b.id AND n.user_id = u.id)
     ORDER BY b.issue_date, b.id
     LIMIT ${billNotificationRules.batchSize}`;

  let queued = 0;
  for (const row of pending) {
    const locale = row.locale as Locale;
    // The notification row and the mail commit together: a crash between them can neither lose the
    // mail nor send it twice, and a second process finds the row and skips the bill.
    const sent = await deps.prisma.$transaction(async (tx) => {
      const claimed = await tx.billNotification.createMany({
        data: [{ billId: row.billId, userId: row.userId }],
        skipDuplicates: true,
      });
      if (claimed.count === 0) return false;
      await enqueueBillMail(tx, {
        to: row.email,
        template: 'newBill',
        locale,
        params: {
          username: row.username,
          meteringPoint: row.nickname ?? `${row.street}, ${row.city}`,
          billNumber: row.number,
          periodStart: isoDate(row.periodStart),
          periodEnd: isoDate(row.periodEnd),
          amount: parseRsd(row.monthTotal),
          totalToPay: parseRsd(row.totalToPay),
          dueDate: isoDate(row.dueDate),
          billUrl: `${deps.publicUrl}/bills/${row.billId}`,
          pdfAttached: row.attachBillPdf,
        },
        ...(row.attachBillPdf
          ? { attachments: [{ kind: 'billPdf', billId: row.billId, userId: row.userId, locale }] }
          : {}),
      });
      return true;
    });
    if (sent) queued++;
  }
  if (queued > 0) deps.notifyMail();
  return queued;
}
