import type { PrismaClient } from '@portal/db';
import type { FastifyBaseLogger } from 'fastify';
import type { PaymentGateway } from './payment-gateway.js';

/** What the payments module needs from the outside. */
export interface PaymentsDeps {
  prisma: PrismaClient;
  /** null: no gateway configured, card payments answer PAYMENT_GATEWAY_UNAVAILABLE */
  gateway: PaymentGateway | null;
  /** the portal's address as browsers and the gateway reach it (read when used: tests learn it late) */
  publicUrl: () => string;
  now: () => Date;
  /** wakes the mail worker after a confirmation mail was queued */
  notifyMail: () => void;
  log: FastifyBaseLogger;
}

export const paymentRules = {
  /** card orders still open this long after they were made are checked with the gateway */
  reconcileAfterMinutes: 15,
  /** an order the customer never completed on the payment page is given up after this */
  expireAfterMinutes: 60,
  /** the reconciliation job's period */
  reconcileEveryMs: 60_000,
  /** what the payment page and the card statement show (Latin: statements rarely print Cyrillic) */
  description: { sr: 'Plaćanje računa za el. energiju', en: 'Electricity bill payment' },
};
