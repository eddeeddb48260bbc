// The offline page's content, from what the service worker kept (offline-cache.ts): the bills the
// user saw, grouped by metering point, newest first, each with its PDF when that was opened too.
// Pure: the page reads the cache and hands the parsed answers here.
import type { BillListResponse, BillSummary, MeteringPointListResponse } from '@portal/contract';

export type KeptAnswer =
  | { kind: 'meteringPoints'; body: MeteringPointListResponse }
  | { kind: 'bills'; meteringPointId: string; body: BillListResponse }
  | { kind: 'bill'; body: BillSummary & { meteringPoint?: { id: string; edNumber: string } } }
  | { kind: 'billPdf'; billId: string; url: string };

export interface SavedPoint {
  id: string | null;
  /** the nickname, or the ED number, or null when unknown */
  label: string | null;
  bills: (BillSummary & { pdfUrl: string | null })[];
}

/** How many of a metering point's latest bills the page shows (older ones only with a kept PDF). */
export const recentBills = 12;

export function savedBills(answers: readonly KeptAnswer[]): SavedPoint[] {
  const labels = new Map<string, string>();
  const pdfs = new Map<string, string>();
  const bills = new Map<string, { bill: BillSummary; pointId: string | null }>();
  for (const answer of answers) {
    if (answer.kind === 'meteringPoints')
      for (const point of answer.body.items) labels.set(point.id, point.nickname ?? point.edNumber);
    else if (answer.kind === 'billPdf') pdfs.set(answer.billId, answer.url);
    else if (answer.kind === 'bills')
      for (const bill of answer.body.items) bills.set(bill.id, { bill, pointId: answer.meteringPointId });
    else {
      const point = answer.body.meteringPoint;
      if (point && !labels.has(point.id)) labels.set(point.id, point.edNumber);
      if (!bills.has(answer.body.id))
        bills.set(answer.body.id, { bill: answer.body, pointId: point?.id ?? null });
    }
  }
  const points = new Map<string | null, SavedPoint>();
  for (const { bill, pointId } of bills.values()) {
    let point = points.get(pointId);
    if (!point) {
      point = { id: pointId, label: pointId ? (labels.get(pointId) ?? null) : null, bills: [] };
      points.set(pointId, point);
    }
    point.bills.push({ ...pick(bill), pdfUrl: pdfs.get(bill.id) ?? null });
  }
  for (const point of points.values()) {
    point.bills.sort((a, b) => b.periodStart.localeCompare(a.periodStart));
    // the last year's bills, and older ones only when their PDF was kept
    point.bills = point.bills.filter((bill, i) => i < recentBills || bill.pdfUrl !== null);
  }
  return [...points.values()].sort((a, b) => (a.label ?? '\uffff').localeCompare(b.label ?? '\uffff'));
}

// every field of a bill summary, and only those (the type check fails when the summary gains one)
const summaryFields: Record<keyof BillSummary, true> = {
  id: true,
  number: true,
  periodStart: true,
  periodEnd: true,
  issueDate: true,
  dueDate: true,
  currency: true,
  total: true,
  totalToPay: true,
  amountPaid: true,
  status: true,
  kwh: true,
  notRead: true,
  underComplaint: true,
};

/** Only the summary's fields: a kept bill detail carries much more than the page shows. */
function pick(bill: BillSummary): BillSummary {
  const fields = Object.keys(summaryFields) as (keyof BillSummary)[];
  return Object.fromEntries(fields.map((field) => [field, bill[field]])) as unknown as BillSummary;
}
