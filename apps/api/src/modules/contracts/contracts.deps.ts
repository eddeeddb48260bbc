import type { PrismaClient } from '@portal/db';
import type { LinkAttemptRules } from './link-attempts.js';

/** What the contracts services need from the outside, named here so tests can see and replace it. */
export interface ContractsDeps {
  prisma: PrismaClient;
  linkAttemptRules: LinkAttemptRules;
  now: () => Date;
}
