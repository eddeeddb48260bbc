// A complaint row as the API answers it: the customer's view, and support's with the account and the
// deadline that counts now.
import type {
  ComplaintDetail,
  ComplaintSummary,
  SupportComplaintDetail,
  SupportComplaintSummary,
} from '@portal/contract';
import type { Prisma } from '@portal/db';
import { complaintNumber } from '@portal/domain';
import { isoDate } from '../../lib/belgrade-date.js';

export const summaryInclude = {
  meteringPoint: {
    select: { street: true, city: true, userLinks: { select: { userId: true, nickname: true } } },
  },
  bill: { select: { number: true } },
  user: { select: { username: true } },
} as const satisfies Prisma.ComplaintInclude;

export const detailInclude = {
  ...summaryInclude,
  events: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  attachments: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
} as const satisfies Prisma.ComplaintInclude;

type SummaryRow = Prisma.ComplaintGetPayload<{ include: typeof summaryInclude }>;
type DetailRow = Prisma.ComplaintGetPayload<{ include: typeof detailInclude }>;

const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;

export function complaintSummary(row: SummaryRow): ComplaintSummary {
  const point = row.meteringPoint;
  const nickname = point.userLinks.find((link) => link.userId === row.userId)?.nickname;
  return {
    id: row.id,
    number: complaintNumber(row.number),
    category: lower(row.category),
    status: lower(row.status),
    meteringPointId: row.meteringPointId,
    meteringPoint: nickname ?? `${point.street}, ${point.city}`,
    billId: row.billId,
    billNumber: row.bill?.number ?? null,
    periodFrom: row.periodFrom ? isoDate(row.periodFrom) : null,
    periodTo: row.periodTo ? isoDate(row.periodTo) : null,
    receivedOn: isoDate(row.receivedOn),
    answerDue: isoDate(row.answerDue),
    resolutionDue: isoDate(row.resolutionDue),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function complaintDetail(row: DetailRow): ComplaintDetail {
  return {
    ...complaintSummary(row),
    text: row.text,
    events: row.events.map((event) => ({
      kind: lower(event.kind),
      text: event.text,
      byStaff: event.staffUserId !== null,
      at: event.createdAt.toISOString(),
    })),
    attachments: row.attachments.map((file) => ({
      id: file.id,
      filename: file.filename,
      contentType: file.contentType as ComplaintDetail['attachments'][number]['contentType'],
      size: file.size,
    })),
  };
}

/** The deadline support works to now: the answer's until there is one, then the resolution's. */
export function nextDue(row: Pick<SummaryRow, 'status' | 'answerDue' | 'resolutionDue'>): string {
  return isoDate(row.status === 'RECEIVED' || row.status === 'IN_REVIEW' ? row.answerDue : row.resolutionDue);
}

export const supportComplaintSummary = (row: SummaryRow): SupportComplaintSummary => ({
  ...complaintSummary(row),
  username: row.user.username,
  nextDue: nextDue(row),
});

export const supportComplaintDetail = (row: DetailRow): SupportComplaintDetail => ({
  ...complaintDetail(row),
  username: row.user.username,
  nextDue: nextDue(row),
});
