// New-notice e-mails: each open dunning notice of a metering point a user follows is announced once to
// that user, with the PDF attached when they asked for bill PDFs. Only notices issued in the last 30 days
// are news: a newly linked user is not sent the history. A notice is a warning with legal consequences,
// so it is sent to every user with a verified address, whatever their new-bill setting.
import type { BillCurrency, Locale } from '@portal/contract';
import type { PrismaClient } from '@portal/db';
import { parseRsd } from '@portal/domain';
import { belgradeDateOf, isoDate } from '../../lib/belgrade-date.js';
import { latestIssuedBillSql, unbilledSupplier } from '../bills/latest-bill.js';
import { enqueueNoticeMail } from './notices.mail.js';
import { coveredNotices } from './notices.service.js';

export interface NoticeNotifierDeps {
  prisma: PrismaClient;
  /** wakes the mail worker after mail was queued */
  notifyMail: () => void;
  publicUrl: string;
  now: () => Date;
}

export const noticeNotificationRules = {
  /** a notice issued longer ago than this is not announced (history, a late import) */
  maxAgeDays: 30,
  batchSize: 500,
};

interface PendingNotification {
  noticeId: string;
  meteringPointId: string;
  kind: 'REMINDER_BEFORE_ENFORCEMENT' | 'WARNING_BEFORE_DISCONNECTION';
  number: string;
  debtDate: Date;
  debtAmount: string;
  deadline: Date;
  userId: string;
  username: string;
  email: string;
  locale: string;
  attachPdf: boolean;
  nickname: string | null;
  street: string;
  city: string;
  /** of the point's latest bill; null when it has none (then dinars) */
  currency: string | null;
}

/** The open notices among `rows` whose debt is paid already: nobody needs to be warned of those. */
async function paidNotices(prisma: PrismaClient, rows: readonly PendingNotification[]): Promise<Set<string>> {
  const paid = new Set<string>();
  // One row per notice (a notice is pending for each user following its metering point), by point.
  const byPoint = new Map<string, Map<string, PendingNotification>>();
  for (const row of rows) {
    const notices = byPoint.get(row.meteringPointId) ?? new Map<string, PendingNotification>();
    byPoint.set(row.meteringPointId, notices.set(row.noticeId, row));
  }
  for (const [meteringPointId, notices] of byPoint) {
    const covered = await coveredNotices(
      prisma,
      meteringPointId,
      [...notices.values()].map((row) => ({
        id: row.noticeId,
        debtDate: isoDate(row.debtDate),
        debtAmount: parseRsd(row.debtAmount),
      })),
    );
    for (const id of covered.keys()) paid.add(id);
  }
  return paid;
}

/** Queues the new-notice mails that are due; returns how many. Safe to run in several processes at once. */
export async function notifyNewNotices(deps: NoticeNotifierDeps): Promise<number> {
  const today = belgradeDateOf(deps.now());
  const since = new Date(Date.parse(`${today}T00:00:00Z`) - noticeNotificationRules.maxAgeDays * 86_400_000);
  const pending = await deps.prisma.$queryRawUnsafe<PendingNotification[]>(
    `
    SELECT d.id AS "noticeId", d.metering_point_id AS "meteringPointId", d.kind::text AS kind, d.number,
           d.debt_date AS "debtDate", d.debt_amount::text AS "debtAmount", d.deadline,
           u.id AS "userId", u.username, u.email, u.locale, u.attach_bill_pdf AS "attachPdf",
           l.nickname, m.street, m.city,
           -- the debt is in the currency of the point's bills (bills/latest-bill.ts)
           lb.currency::text AS currency
      FROM user_metering_point l
      JOIN app_user u ON u.id = l.user_id AND u.email_verified_at IS NOT NULL
      JOIN metering_point m ON m.id = l.metering_point_id
      JOIN dunning_notice d ON d.metering_point_id = l.metering_point_id AND d.status = 'OPEN'
                           AND d.issued_on >= $1::date
      LEFT JOIN LATERAL (${latestIssuedBillSql('d.metering_point_id')}) lb ON true
     WHERE NOT EXISTS (
             SELECT 1 FROM dunning_notice_notification n WHERE n.notice_id = d.id AND n.user_id = u.id)
     ORDER BY d.issued_on, d.id
     LIMIT $2`,
    since,
    noticeNotificationRules.batchSize,
  );
  const paid = await paidNotices(deps.prisma, pending);

  let queued = 0;
  for (const row of pending) {
    if (paid.has(row.noticeId)) continue;
    const locale = row.locale as Locale;
    // The notification row and the mail commit together: a crash between them can neither lose the
    // mail nor send it twice, and a second process finds the row and skips the notice.
    const sent = await deps.prisma.$transaction(async (tx) => {
      const claimed = await tx.dunningNoticeNotification.createMany({
        data: [{ noticeId: row.noticeId, userId: row.userId }],
        skipDuplicates: true,
      });
      if (claimed.count === 0) return false;
      await enqueueNoticeMail(tx, {
        to: row.email,
        template: 'newDunningNotice',
        locale,
        params: {
          username: row.username,
          meteringPoint: row.nickname ?? `${row.street}, ${row.city}`,
          kind:
            row.kind === 'REMINDER_BEFORE_ENFORCEMENT'
              ? 'reminder_before_enforcement'
              : 'warning_before_disconnection',
          noticeNumber: row.number,
          debtDate: isoDate(row.debtDate),
          debtAmount: parseRsd(row.debtAmount),
          currency: (row.currency ?? unbilledSupplier.currency) as BillCurrency,
          deadline: isoDate(row.deadline),
          noticesUrl: `${deps.publicUrl}/metering-points/${row.meteringPointId}?tab=notices`,
          pdfAttached: row.attachPdf,
        },
        ...(row.attachPdf
          ? {
              attachments: [
                {
                  kind: 'noticePdf',
                  noticeId: row.noticeId,
                  meteringPointId: row.meteringPointId,
                  userId: row.userId,
                  locale,
                },
              ],
            }
          : {}),
      });
      return true;
    });
    if (sent) queued++;
  }
  if (queued > 0) deps.notifyMail();
  return queued;
}
