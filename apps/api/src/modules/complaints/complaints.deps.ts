import type { PrismaClient } from '@portal/db';
import type { ComplaintDeadlineRules } from '@portal/domain';
import type { ComplaintFiles } from './complaint-files.js';

/** What the complaints module needs from the outside. */
export interface ComplaintsDeps {
  prisma: PrismaClient;
  now: () => Date;
  files: ComplaintFiles;
  deadlines: ComplaintDeadlineRules;
  /** the portal's address, for the link in the e-mails */
  publicUrl: string;
  /** wakes the mail worker after mail was queued */
  notifyMail: () => void;
}
