import type { PrismaClient } from '@portal/db';
import type { LinkAttemptRules } from '@portal/domain';

/** What the contracts services need from the outside, named here so tests can see and replace it. */
export interface ContractsDeps {
  prisma: PrismaClient;
  linkAttemptRules: LinkAttemptRules;
  /** where links in e-mails point to, e.g. http://localhost:3000 */
  publicUrl: string;
  /** wakes the mail worker after a transaction that queued mail has committed */
  notifyMail: () => void;
  now: () => Date;
}
