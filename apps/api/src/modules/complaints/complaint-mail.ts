// Tells the customer of a change of their complaint, in the transaction that made it: the mail is
// queued with the change or not at all.
import type { Locale } from '@portal/contract';
import type { Prisma } from '@portal/db';
import { complaintNumber } from '@portal/domain';
import { isoDate } from '../../lib/belgrade-date.js';
import { enqueueComplaintMail, type ComplaintMailEvent } from './complaints.mail.js';

export async function queueComplaintMail(
  tx: Prisma.TransactionClient,
  publicUrl: string,
  complaint: { id: string; number: number; userId: string; answerDue: Date },
  event: ComplaintMailEvent,
  text: string | null,
): Promise<void> {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: complaint.userId },
    select: { username: true, email: true, locale: true },
  });
  await enqueueComplaintMail(tx, {
    to: user.email,
    template: 'complaintUpdate',
    locale: user.locale as Locale,
    params: {
      username: user.username,
      number: complaintNumber(complaint.number),
      event,
      text: text ?? '',
      answerDue: isoDate(complaint.answerDue),
      complaintUrl: `${publicUrl}/complaints/${complaint.id}`,
    },
  });
}
