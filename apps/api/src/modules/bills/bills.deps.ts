import type { PrismaClient } from '@portal/db';

/** What the bills module needs from the outside. */
export interface BillsDeps {
  prisma: PrismaClient;
  now: () => Date;
}
