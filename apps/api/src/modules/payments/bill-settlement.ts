// The bills' paid amounts after the portal books a payment, by the same rule as the regional import
// (settleOldestFirst in @portal/domain; the import's SQL is held to it by a test): every payment of the
// metering point settles its oldest debt first. So a bill shows the same paid amount the moment a card
// payment is booked as after the billing system's export confirms it the next night.
import { formatRsd, settleOldestFirst } from '@portal/domain';
import type { Prisma } from '@portal/db';
import { isoDate } from '../../lib/belgrade-date.js';
import { para } from '../../lib/para.js';

export async function settleBills(
  tx: Prisma.TransactionClient,
  meteringPointIds: readonly string[],
): Promise<void> {
  for (const meteringPointId of meteringPointIds) {
    const bills = await tx.bill.findMany({
      where: { meteringPointId, status: 'ISSUED' },
      select: { id: true, dueDate: true, issueDate: true, monthTotal: true, amountPaid: true, paidOn: true },
    });
    // reversed payments and the reversals themselves do not count
    const payments = await tx.payment.findMany({
      where: { meteringPointId, amount: { gt: 0 }, reversesPaymentId: null, reversedBy: { none: {} } },
      select: { id: true, paidOn: true, amount: true },
    });
    const settled = settleOldestFirst(
      bills.map((bill) => ({
        id: bill.id,
        dueDate: isoDate(bill.dueDate),
        issueDate: isoDate(bill.issueDate),
        total: para(bill.monthTotal),
      })),
      payments.map((payment) => ({
        id: payment.id,
        paidOn: isoDate(payment.paidOn),
        amount: para(payment.amount),
      })),
    );
    for (const bill of bills) {
      const settlement = settled.get(bill.id);
      if (!settlement) continue; // a bill of no positive amount owes nothing
      const paidOn = bill.paidOn ? isoDate(bill.paidOn) : null;
      if (settlement.amountPaid === para(bill.amountPaid) && settlement.paidOn === paidOn) continue;
      await tx.bill.update({
        where: { id: bill.id },
        data: {
          amountPaid: formatRsd(settlement.amountPaid),
          paidOn: settlement.paidOn ? new Date(`${settlement.paidOn}T00:00:00Z`) : null,
        },
      });
    }
  }
}
