// The staff's audit view: what staff did (looked customers up, opened and used read-only views, read
// account summaries, acted on accounts, read quarantines and reports, managed staff), as the audit trail
// holds it. Support staff see their own history, supervisors everyone's. Customers' own events never
// show here, nor staff's logins: those are the account's security record, not work on customers' data.
import { z } from 'zod';
import { pageOf, pageQuery } from '../common/paging.js';
import { requestDate } from '../common/dates.js';
import { supportReasonCategory } from './support-reason.schemas.js';

/**
 * The audit actions of staff's work, by the group a reader filters on. A group rather than a prefix:
 * the action names are the API's (`support.user.disable`), the groups are what a supervisor asks
 * ("every account action"), and a new action only has to be put in its group here.
 */
export const staffAuditActionGroups = {
  /** a read-only view of a customer's account was opened, with a reason */
  access: ['support.access.open'],
  /** a page or document of the customer read through an open view */
  view: ['support.customer.view'],
  lookup: ['support.customers.lookup'],
  /** a portal account's summary read */
  accountRead: ['support.user.read'],
  /** a supervisor's actions on a portal account, each with a reason */
  accountAction: [
    'support.user.verification_mail',
    'support.user.throttle.lift',
    'support.user.sessions.revoke',
    'support.user.disable',
    'support.user.enable',
    'support.user.contract.unlink',
  ],
  quarantine: ['support.quarantine.read'],
  reports: ['support.report.read'],
  /** the staff list read, staff accounts created */
  staff: ['support.staff.list', 'staff.account.create'],
} as const;

export type StaffAuditGroup = keyof typeof staffAuditActionGroups;
export const staffAuditGroups = Object.keys(staffAuditActionGroups) as StaffAuditGroup[];
export type StaffAuditAction = (typeof staffAuditActionGroups)[StaffAuditGroup][number];
export const staffAuditActions = Object.values(staffAuditActionGroups).flat() as StaffAuditAction[];

/**
 * The most events the answer counts: past it `total` is this number and `totalCapped` true. Counting
 * every staff event of a year for each page would read them all; nobody pages that far, a date range
 * narrows the question instead.
 */
export const staffAuditCountCap = 10_000;

/**
 * `GET /api/support/audit`: `from` and `to` are Europe/Belgrade calendar days, both included;
 * `staffUserId` another staff member's events (supervisors only: support asking for someone else's is
 * 403); `subjectUserId` the events about one portal account; `action` a group.
 */
export const staffAuditQuery = pageQuery
  .extend({
    staffUserId: z.uuid().optional(),
    subjectUserId: z.uuid().optional(),
    action: z.enum(staffAuditGroups as [StaffAuditGroup, ...StaffAuditGroup[]]).optional(),
    from: requestDate.optional(),
    to: requestDate.optional(),
  })
  .superRefine((query, ctx) => {
    if (query.from && query.to && query.to < query.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'too_small', params: { minimum: query.from } });
  });
export type StaffAuditQuery = z.infer<typeof staffAuditQuery>;

export const staffAuditEntrySchema = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  action: z.enum(staffAuditActions as [StaffAuditAction, ...StaffAuditAction[]]),
  group: z.enum(staffAuditGroups as [StaffAuditGroup, ...StaffAuditGroup[]]),
  staff: z.object({ userId: z.uuid(), username: z.string(), role: z.enum(['support', 'supervisor']) }),
  /** what the event was about: a portal account (`user`, with its username) or an import run */
  subject: z.object({ type: z.string(), id: z.string(), username: z.string().nullable() }).nullable(),
  /** the reason given (opening a view, a supervisor's action) */
  reason: z.object({ category: supportReasonCategory, text: z.string() }).nullable(),
  /** the view an event belongs to (access, view) */
  accessId: z.string().nullable(),
  /** the page a view read (the contract's route name, `bills.pdf`) */
  page: z.string().nullable(),
  /** a look-up: the kind of key it took the text for and how many matched; the text is never kept */
  lookup: z.object({ kind: z.string(), total: z.number().int() }).nullable(),
  /** a report read: its name and format */
  report: z.object({ name: z.string(), format: z.string() }).nullable(),
});
export type StaffAuditEntry = z.infer<typeof staffAuditEntrySchema>;

export const staffAuditResponse = pageOf(staffAuditEntrySchema).extend({
  /** `total` stopped at `staffAuditCountCap`: at least that many match */
  totalCapped: z.boolean(),
});
export type StaffAuditResponse = z.infer<typeof staffAuditResponse>;
