// How a customer pays a bill: the channel mix and, by payment habit, when and how much. Assumptions of
// the demo data, not billing rules.

import { addDays, daysBetween, model97Control, yymm } from '@portal/domain';
import type { PaymentHabit } from './population.js';
import type { Random } from './random.js';

export const paymentChannels = [
  ['BANK', 34],
  ['IPS', 22],
  ['POST', 20],
  ['PORTAL_CARD', 14],
  ['CASHIER', 6],
  ['OTHER', 4],
] as const;

/**
 * The model 97 reference (control digits + billing number + YYMM, as a bill prints it) a customer writes
 * on a payment made outside the portal: the control digits are real, so the reference checks.
 */
export function outsidePaymentReference(billingNumber: string, paidOn: string): string {
  const digits = `${billingNumber.replace(/\D/g, '')}${yymm(paidOn)}`;
  return `${model97Control(digits)}${digits}`;
}

export interface ScheduledPayment {
  date: string;
  amount: number;
}

export function schedulePayment(
  random: Random,
  habit: PaymentHabit,
  monthsBack: number,
  issueDate: string,
  dueDate: string,
  totalToPay: number,
  ownCharges: number,
): ScheduledPayment[] {
  const onTime = () => addDays(issueDate, random.int(1, daysBetween(issueDate, dueDate) - 1));
  const late = () => addDays(dueDate, random.int(3, 40));
  switch (habit) {
    case 'punctual':
      return totalToPay > 0 ? [{ date: onTime(), amount: totalToPay }] : [];
    case 'late':
      // Each bill is paid for itself, on time or late: paying the printed total to pay as well would pay
      // the older bills twice, since their own late payments are already on the way.
      return random.chance(0.55)
        ? [{ date: onTime(), amount: ownCharges }]
        : [{ date: late(), amount: ownCharges }];
    case 'erratic':
      if (random.chance(0.25)) return [];
      return [
        { date: addDays(issueDate, random.int(3, 55)), amount: Math.ceil(ownCharges / 10_000) * 10_000 },
      ];
    case 'defaulter':
      // pays late for a while, then stops paying for the last months
      return monthsBack > 6
        ? [{ date: late(), amount: ownCharges }]
        : random.chance(0.15)
          ? [{ date: late(), amount: 100_000 }]
          : [];
  }
}
