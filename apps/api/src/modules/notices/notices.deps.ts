import type { PrismaClient } from '@portal/db';

/** What the notices module needs from the outside. */
export interface NoticesDeps {
  prisma: PrismaClient;
  now: () => Date;
}
