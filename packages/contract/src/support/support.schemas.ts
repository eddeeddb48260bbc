// What support staff read about the regional imports: every attempt to apply an export with its
// outcome, the records an export could not take, and portal payments no export has confirmed.
import { z } from 'zod';
import { calendarDate, rsdAmount } from '../common/money.js';

export const importRunSchema = z.object({
  id: z.uuid(),
  region: z.string(),
  sequence: z.number().int(),
  exportDate: calendarDate,
  kind: z.enum(['FULL', 'DELTA']),
  fileName: z.string(),
  checksum: z.string(),
  status: z.enum(['APPLIED', 'REFUSED', 'WAITING']),
  reason: z.string().nullable(),
  startedAt: z.iso.datetime(),
  durationMs: z.number().int(),
  records: z.number().int(),
  applied: z.number().int(),
  quarantined: z.number().int(),
  orphansResolved: z.number().int(),
});
export type ImportRun = z.infer<typeof importRunSchema>;

/** `GET /api/support/imports`: the latest attempts first. */
export const importRunListQuery = z.object({
  region: z.string().max(8).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const importRunListResponse = z.object({ runs: z.array(importRunSchema) });
export type ImportRunListResponse = z.infer<typeof importRunListResponse>;

export const quarantinedRecordSchema = z.object({
  recordType: z.string(),
  sourceKey: z.string().nullable(),
  position: z.number().int(),
  file: z.string().nullable(),
  raw: z.string(),
  reason: z.string(),
  /** it waits for a parent record, and is retried by every later export of the region */
  awaitsParent: z.boolean(),
  resolvedAt: z.iso.datetime().nullable(),
});
export type QuarantinedRecord = z.infer<typeof quarantinedRecordSchema>;

/** `GET /api/support/imports/:id/quarantine`: in file order. */
export const quarantineResponse = z.object({ records: z.array(quarantinedRecordSchema) });
export type QuarantineResponse = z.infer<typeof quarantineResponse>;

export const unconfirmedPaymentSchema = z.object({
  paymentId: z.uuid(),
  orderNumber: z.string(),
  region: z.string(),
  edNumber: z.string(),
  paidOn: calendarDate,
  bookedAt: z.iso.datetime(),
  amount: rsdAmount,
});

/** `GET /api/support/unconfirmed-payments`: portal payments no export confirmed within the days allowed. */
export const unconfirmedPaymentsResponse = z.object({
  days: z.number().int(),
  payments: z.array(unconfirmedPaymentSchema),
});
export type UnconfirmedPaymentsResponse = z.infer<typeof unconfirmedPaymentsResponse>;
