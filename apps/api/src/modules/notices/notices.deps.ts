import type { PrismaClient } from '@portal/db';

/** What the notices module needs from the outside. */
export interface NoticesDeps {
  prisma: PrismaClient;
  now: () => Date;
}

/** How a dunning notice is paid: the payment code and purpose on the slip and in the IPS QR code. */
export const noticePayment = {
  paymentCode: '189',
  purpose: 'Уплата дуга за ел. енергију',
};
