// The local development mailbox: the e-mails the portal keeps instead of sending them (no SMTP_URL).
import { z } from 'zod';

export const mailStatuses = ['PENDING', 'SENDING', 'SENT', 'FAILED'] as const;
export type MailStatus = (typeof mailStatuses)[number];

export const mailSummarySchema = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  template: z.string(),
  status: z.enum(mailStatuses),
  createdAt: z.iso.datetime({ offset: true }),
});
export type MailSummary = z.infer<typeof mailSummarySchema>;

export const mailMessageSchema = mailSummarySchema.extend({
  locale: z.string(),
  sentAt: z.iso.datetime({ offset: true }).nullable(),
  text: z.string(),
  html: z.string(),
});
export type MailMessage = z.infer<typeof mailMessageSchema>;

export const mailboxListSchema = z.object({ items: z.array(mailSummarySchema) });

/** How many of the latest e-mails the mailbox lists. */
export const mailboxSize = 50;
