// Why a staff member acts on or looks into a customer's account. Every supervisor action asks for it,
// and so does the read-only view of a customer; its category is what the customer later sees in "Who
// looked at my data", the text stays in the audit trail for staff.
import { z } from 'zod';
import { textInput } from '../common/text.js';

export const supportReasonCategories = ['ticket', 'customer_request', 'fraud', 'other'] as const;
export type SupportReasonCategory = (typeof supportReasonCategories)[number];

export const supportReason = z.object({
  category: z.enum(supportReasonCategories),
  /** a ticket number or a sentence: what a later reader of the audit needs to understand the step */
  text: textInput.trim().min(3, 'too_short').max(300, 'too_long'),
});
export type SupportReason = z.infer<typeof supportReason>;

/** The body of a route that needs nothing but the reason. */
export const supportReasonBody = z.object({ reason: supportReason });
export type SupportReasonBody = z.infer<typeof supportReasonBody>;
