import type { PrismaClient } from '@portal/db';

/** What the reminders module needs from the outside. */
export interface RemindersDeps {
  prisma: PrismaClient;
  /** wakes the mail worker after mail was queued */
  notifyMail: () => void;
  /** the portal's address as users reach it, for the links in the mail */
  publicUrl: string;
  /** signs and checks unsubscribe links (lib/unsubscribe-token.ts) */
  unsubscribeKey: string;
  now: () => Date;
}
