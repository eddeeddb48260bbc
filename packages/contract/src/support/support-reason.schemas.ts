// Why a staff member acts on or looks into a customer's account. Every supervisor action asks for it,
// and so does the read-only view of a customer; its category is what the customer later sees in "Who
// looked at my data", the text stays in the audit trail for staff.
import { z } from 'zod';
import { textInput } from '../common/text.js';

export const supportReasonCategories = [
  'ticket',
  'customer_request',
  'complaint',
  'payment',
  'fraud',
  'other',
] as const;
export const supportReasonCategory = z.enum(supportReasonCategories);
export type SupportReasonCategory = z.infer<typeof supportReasonCategory>;

/** a ticket number or a sentence: what a later reader of the audit needs to understand the step */
const reasonText = textInput.trim().min(3, 'too_short').max(300, 'too_long');

export const supportReason = z.object({ category: supportReasonCategory, text: reasonText });
export type SupportReason = z.infer<typeof supportReason>;

/** The body of a route that needs nothing but the reason. */
export const supportReasonBody = z.object({ reason: supportReason });
export type SupportReasonBody = z.infer<typeof supportReasonBody>;

/**
 * A reason where a bare text will do too (opening the read-only view: `{"reason": "INC-2026-0042"}`):
 * its category is then "ticket" for a ticket number and "other" for anything else.
 */
export const supportReasonOrText = z.union([reasonText, supportReason]);
