import type { PrismaClient, StatementRows } from '@portal/db';
import type { FastifyBaseLogger } from 'fastify';
import type { PaymentGateway } from './payment-gateway.js';

/** What the payments module needs from the outside. */
export interface PaymentsDeps {
  prisma: PrismaClient;
  /** the payment history's one statement (app.statementRows) */
  statementRows: StatementRows;
  /** null: no gateway configured, card payments answer PAYMENT_GATEWAY_UNAVAILABLE */
  gateway: PaymentGateway | null;
  /** the portal's address as browsers and the gateway reach it (read when used: tests learn it late) */
  publicUrl: () => string;
  now: () => Date;
  /** wakes the mail worker after a confirmation mail was queued */
  notifyMail: () => void;
  log: FastifyBaseLogger;
}
