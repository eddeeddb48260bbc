// Staff's read-only view of a customer's portal account: opened with a reason for 30 minutes, then
// used as the `X-Support-Access` header on the customer's own routes. The customer sees each opening
// in "Who looked at my data" (the staff member's role and ID, the reason's category, what was read).
import { z } from 'zod';
import { pageOf, pageQuery } from '../common/paging.js';
import { supportReasonCategory, supportReasonOrText } from './support-reason.schemas.js';

export { supportAccessHeader } from '../http-headers.js';

/**
 * `POST /api/support/customers/:id/access`: `:id` is a customer of the look-up (or a portal user's id);
 * `reason` its category and text, or a bare text (a ticket number, or free text), whose category is
 * then taken from it; `portalUserId` picks the account when the customer has several. All the customer
 * is shown of the reason is its category, never the text.
 */
export const openSupportAccessBody = z.object({
  reason: supportReasonOrText,
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

/** What staff did with the customer's account, as the customer's access log names it. */
export const accessLogKinds = ['view', 'accountRead', 'accountAction'] as const;

/**
 * One staff access to the customer's account, as the customer sees it: when, the staff member's role
 * and ID (never the name), the reason's category (never its text) and what was read.
 * - `view`: the account's pages were opened read-only (until `until`); `reads` requests, `viewed` pages
 * - `accountRead`: support read the account's summary (state, contracts) to help
 * - `accountAction`: a supervisor acted on the account (`action`: `disable`, `sessions.revoke`, ...)
 */
export const accessLogEntrySchema = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  kind: z.enum(accessLogKinds),
  action: z.string().nullable(),
  staffRole: z.enum(['support', 'supervisor']),
  /** the staff member's ID: enough to ask the supplier about them, not who they are */
  staffId: z.string(),
  category: supportReasonCategory.nullable(),
  /** a view's end */
  until: z.iso.datetime().nullable(),
  /** how many of the account's pages and documents a view read */
  reads: z.number().int(),
  /** the pages a view read (the contract's route names, `bills.pdf`), each once */
  viewed: z.array(z.string()),
});
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;

export const accessLogQuery = pageQuery;
export type AccessLogQuery = z.infer<typeof accessLogQuery>;
export const accessLogResponse = pageOf(accessLogEntrySchema);
export type AccessLogResponse = z.infer<typeof accessLogResponse>;
