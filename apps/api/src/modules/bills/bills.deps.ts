import type { PrismaClient, StatementRows } from '@portal/db';

/** What the bills module needs from the outside. */
export interface BillsDeps {
  prisma: PrismaClient;
  /** the list's and the bill's one statement (app.statementRows) */
  statementRows: StatementRows;
  now: () => Date;
}
