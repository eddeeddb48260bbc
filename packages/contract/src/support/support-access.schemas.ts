// Staff's read-only view of a customer's portal account: opened with a reason for 30 minutes, then
// used as the `X-Support-Access` header on the customer's own routes. The customer sees each opening
// in "Who looked at my data" (the staff member's role and ID, the reason's category, what was read).
import { z } from 'zod';
import { pageOf, pageQuery } from '../common/paging.js';
import { textInput } from '../common/text.js';

/** The header that makes a staff request a read of the customer's data through an opened access. */
export const supportAccessHeader = 'x-support-access';

/** Why staff look: all the customer is shown is the category, never the text. */
export const supportReasonCategories = [
  'ticket',
  'customer_request',
  'complaint',
  'payment',
  'other',
] as const;
export const supportReasonCategory = z.enum(supportReasonCategories);
export type SupportReasonCategory = z.infer<typeof supportReasonCategory>;

/**
 * `POST /api/support/customers/:id/access`: `:id` is a customer of the look-up (or a portal user's id);
 * `reason` a ticket number or free text; `category` is taken from it when left out ("ticket" for a
 * ticket number, else "other"); `portalUserId` picks the account when the customer has several.
 */
export const openSupportAccessBody = z.object({
  reason: textInput.trim().min(3, 'too_short').max(300, 'too_long'),
  category: supportReasonCategory.optional(),
  portalUserId: z.uuid().optional(),
});
export type OpenSupportAccessBody = z.infer<typeof openSupportAccessBody>;

export const supportAccessSchema = z.object({
  accessId: z.uuid(),
  openedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  category: supportReasonCategory,
  reason: z.string(),
  /** whose account is viewed: what the staff frame shows at the top of every page */
  viewed: z.object({
    userId: z.uuid(),
    username: z.string(),
    /** masked, as in the look-up */
    email: z.string(),
    /** the customer (holder) names of the account's contracts */
    customerNames: z.array(z.string()),
  }),
});
export type SupportAccess = z.infer<typeof supportAccessSchema>;

/** `GET /api/support/accesses`: support staff see their own, supervisors everyone's (`staffUserId`). */
export const supportAccessListQuery = pageQuery.extend({
  staffUserId: z.uuid().optional(),
  viewedUserId: z.uuid().optional(),
});
export type SupportAccessListQuery = z.infer<typeof supportAccessListQuery>;

export const staffAccessEntrySchema = supportAccessSchema.extend({
  staff: z.object({ userId: z.uuid(), username: z.string(), role: z.enum(['support', 'supervisor']) }),
  /** requests made through it */
  reads: z.number().int(),
});
export const supportAccessListResponse = pageOf(staffAccessEntrySchema);
export type SupportAccessListResponse = z.infer<typeof supportAccessListResponse>;

/** One staff access to the customer's account, as the customer sees it: no names, no reason text. */
export const accessLogEntrySchema = z.object({
  accessId: z.uuid(),
  openedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  staffRole: z.enum(['support', 'supervisor']),
  /** the staff member's ID: enough to ask the supplier about them, not who they are */
  staffId: z.string(),
  category: supportReasonCategory,
  /** how many of the account's pages and documents were read through it */
  reads: z.number().int(),
  /** what was read: the kinds of page, e.g. "bills", "bill.pdf", each once */
  viewed: z.array(z.string()),
});
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;

export const accessLogQuery = pageQuery;
export type AccessLogQuery = z.infer<typeof accessLogQuery>;
export const accessLogResponse = pageOf(accessLogEntrySchema);
export type AccessLogResponse = z.infer<typeof accessLogResponse>;
