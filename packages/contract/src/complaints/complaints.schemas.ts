// Complaints (prigovori): a customer's complaint about a bill, a reading, a payment or the supply of a
// metering point, its history, and support's handling of it.
import { z } from 'zod';
import { calendarDate } from '../common/money.js';
import { pageOf, pageQuery } from '../common/paging.js';
import { requestDate } from '../common/dates.js';
import { textInput } from '../common/text.js';

export const complaintCategories = ['bill', 'reading', 'payment', 'supply'] as const;
export type ComplaintCategory = (typeof complaintCategories)[number];
export const complaintStatuses = ['received', 'in_review', 'answered', 'closed'] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];
export const complaintEventKinds = [
  'filed',
  'in_review',
  'info_requested',
  'customer_reply',
  'answered',
  'closed',
] as const;
export type ComplaintEventKind = (typeof complaintEventKinds)[number];

/** What files a complaint takes: photos of the meter and PDFs, checked on the server by their content. */
export const complaintAttachmentRules = {
  types: ['image/jpeg', 'image/png', 'application/pdf'] as const,
  /** bytes, each file */
  maxFileSize: 5 * 1024 * 1024,
  maxFiles: 5,
};

const complaintText = textInput.trim().min(10, 'too_short').max(4000, 'too_long');

/**
 * The text fields of `POST /api/complaints` (multipart/form-data; the files are parts named `files`).
 * A complaint about a bill names the bill; the others may name the period they concern.
 */
export const fileComplaintFields = z
  .object({
    meteringPointId: z.uuid(),
    category: z.enum(complaintCategories),
    billId: z.uuid().optional(),
    periodFrom: requestDate.optional(),
    periodTo: requestDate.optional(),
    text: complaintText,
  })
  .refine((fields) => fields.category !== 'bill' || fields.billId !== undefined, {
    message: 'required',
    path: ['billId'],
  })
  .refine((fields) => !fields.periodFrom || !fields.periodTo || fields.periodFrom <= fields.periodTo, {
    message: 'too_small',
    path: ['periodTo'],
  });
export type FileComplaintFields = z.input<typeof fileComplaintFields>;

/** `POST /api/complaints/:id/replies`: the customer adds to the complaint (more information asked for). */
export const complaintReplyBody = z.object({ text: complaintText });
export type ComplaintReplyBody = z.infer<typeof complaintReplyBody>;

export const complaintSummarySchema = z.object({
  id: z.uuid(),
  /** as quoted: P-000123 */
  number: z.string(),
  category: z.enum(complaintCategories),
  status: z.enum(complaintStatuses),
  meteringPointId: z.uuid(),
  /** the metering point's nickname, or its address */
  meteringPoint: z.string(),
  billId: z.uuid().nullable(),
  billNumber: z.string().nullable(),
  periodFrom: calendarDate.nullable(),
  periodTo: calendarDate.nullable(),
  receivedOn: calendarDate,
  answerDue: calendarDate,
  resolutionDue: calendarDate,
  updatedAt: z.iso.datetime(),
});
export type ComplaintSummary = z.infer<typeof complaintSummarySchema>;

export const complaintEventSchema = z.object({
  kind: z.enum(complaintEventKinds),
  text: z.string().nullable(),
  /** by support staff (never named to the customer), or by the customer */
  byStaff: z.boolean(),
  at: z.iso.datetime(),
});
export type ComplaintEvent = z.infer<typeof complaintEventSchema>;

export const complaintAttachmentSchema = z.object({
  id: z.uuid(),
  filename: z.string(),
  contentType: z.enum(complaintAttachmentRules.types),
  size: z.number().int(),
});
export type ComplaintAttachment = z.infer<typeof complaintAttachmentSchema>;

export const complaintDetailSchema = complaintSummarySchema.extend({
  text: z.string(),
  events: z.array(complaintEventSchema),
  attachments: z.array(complaintAttachmentSchema),
});
export type ComplaintDetail = z.infer<typeof complaintDetailSchema>;

/** `GET /api/complaints`: the customer's complaints, newest first. */
export const complaintListQuery = pageQuery;
export const complaintListResponse = pageOf(complaintSummarySchema);
export type ComplaintListResponse = z.infer<typeof complaintListResponse>;

/** `GET /api/support/complaints`: `open` (default) are those not closed, by nearest deadline first. */
export const supportComplaintInboxQuery = pageQuery.extend({
  state: z.enum(['open', 'closed']).default('open'),
});
export type SupportComplaintInboxQuery = z.input<typeof supportComplaintInboxQuery>;

export const supportComplaintSummarySchema = complaintSummarySchema.extend({
  /** the customer's portal account */
  username: z.string(),
  /** the deadline that counts now: the answer's until answered, then the resolution's */
  nextDue: calendarDate,
});
export type SupportComplaintSummary = z.infer<typeof supportComplaintSummarySchema>;
export const supportComplaintInboxResponse = pageOf(supportComplaintSummarySchema);
export type SupportComplaintInboxResponse = z.infer<typeof supportComplaintInboxResponse>;

export const supportComplaintDetailSchema = complaintDetailSchema.extend({
  username: z.string(),
  nextDue: calendarDate,
});
export type SupportComplaintDetail = z.infer<typeof supportComplaintDetailSchema>;

/** `POST /api/support/complaints/:id/steps`: take it up, ask for more, answer, close (with a text). */
export const complaintStepBody = z.discriminatedUnion('step', [
  z.object({ step: z.literal('review') }),
  z.object({ step: z.literal('requestInfo'), text: complaintText }),
  z.object({ step: z.literal('answer'), text: complaintText }),
  z.object({ step: z.literal('close'), text: textInput.trim().max(4000, 'too_long').optional() }),
]);
export type ComplaintStepBody = z.infer<typeof complaintStepBody>;
