import type { PrismaClient } from '@portal/db';

/** What the bills module needs from the outside. */
export interface BillsDeps {
  prisma: PrismaClient;
  now: () => Date;
}

/**
 * The supplier printed at the top of every bill (element 1 of seeds/001). One supplier serves all five
 * regions; the branch (element 2) comes from the region.
 */
export const supplier = {
  name: 'Електропривреда Србије АД Београд',
  address: 'Балканска 13, 11000 Београд',
  pib: '103920327',
  website: 'www.eps.rs',
};

/** Payment code and purpose of an electricity bill on the slip and in the IPS QR code (DOMAIN.md). */
export const billPayment = {
  paymentCode: '189',
  purpose: 'Уплата по рачуну за ел. енергију',
};
