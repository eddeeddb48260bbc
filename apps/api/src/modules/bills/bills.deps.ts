import type { PrismaClient } from '@portal/db';

/** What the bills module needs from the outside. */
export interface BillsDeps {
  prisma: PrismaClient;
  now: () => Date;
}

/** Bills are kept in the portal for three years (seeds/000). */
export const archiveMonths = 36;
