// Support's side of complaints: the inbox by the deadline that counts now, one complaint, and the
// steps (take up, ask for more, answer, close), each audited and e-mailed to the customer.
import type {
  ComplaintStepBody,
  SupportComplaintDetail,
  SupportComplaintInboxResponse,
} from '@portal/contract';
import type { Prisma } from '@portal/db';
import { complaintStatusAfter } from '@portal/domain';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../access/actor.js';
import { recordAudit, type auditContext } from '../audit/audit.service.js';
import type { ComplaintMailEvent } from './complaints.mail.js';
import { queueComplaintMail } from './complaint-mail.js';
import {
  detailInclude,
  summaryInclude,
  supportComplaintDetail,
  supportComplaintSummary,
} from './complaint-view.js';
import type { ComplaintsDeps } from './complaints.deps.js';

type AuditContext = ReturnType<typeof auditContext>;

/** Open complaints by the deadline that counts now (the answer's, then the resolution's); closed ones newest first. */
export async function complaintInbox(
  deps: ComplaintsDeps,
  actor: Actor,
  query: { state: 'open' | 'closed'; page: number; pageSize: number },
  context: AuditContext,
): Promise<SupportComplaintInboxResponse> {
  const closed = query.state === 'closed';
  const offset = (query.page - 1) * query.pageSize;
  const [page, total] = await Promise.all([
    closed
      ? deps.prisma.$queryRaw<{ id: string }[]>`
          SELECT id FROM complaint WHERE status = 'CLOSED'
           ORDER BY closed_at DESC, number DESC LIMIT ${query.pageSize} OFFSET ${offset}`
      : deps.prisma.$queryRaw<{ id: string }[]>`
          SELECT id FROM complaint WHERE status <> 'CLOSED'
           ORDER BY CASE WHEN status IN ('RECEIVED', 'IN_REVIEW') THEN answer_due ELSE resolution_due END,
                    number
           LIMIT ${query.pageSize} OFFSET ${offset}`,
    deps.prisma.complaint.count({ where: closed ? { status: 'CLOSED' } : { status: { not: 'CLOSED' } } }),
  ]);
  const ids = page.map((row) => row.id);
  const rows = await deps.prisma.complaint.findMany({ where: { id: { in: ids } }, include: summaryInclude });
  const byId = new Map(rows.map((row) => [row.id, row]));
  await recordAudit(deps.prisma, context, {
    action: 'support.complaints.inbox',
    actorUserId: actor.userId,
    details: { state: query.state, page: query.page, count: ids.length },
  });
  return {
    items: ids.map((id) => supportComplaintSummary(byId.get(id)!)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

async function detail(deps: ComplaintsDeps, id: string): Promise<SupportComplaintDetail> {
  const row = await deps.prisma.complaint.findUnique({ where: { id }, include: detailInclude });
  if (!row) throw new AppError('NOT_FOUND');
  return supportComplaintDetail(row);
}

/** One complaint for support: the read is audited (it holds the customer's words and files). */
export async function supportComplaint(
  deps: ComplaintsDeps,
  actor: Actor,
  id: string,
  context: AuditContext,
): Promise<SupportComplaintDetail> {
  const complaint = await detail(deps, id);
  await recordAudit(deps.prisma, context, {
    action: 'support.complaint.read',
    actorUserId: actor.userId,
    subjectType: 'complaint',
    subjectId: id,
  });
  return complaint;
}

const eventOf = {
  review: { kind: 'IN_REVIEW', mail: 'in_review' },
  requestInfo: { kind: 'INFO_REQUESTED', mail: 'info_requested' },
  answer: { kind: 'ANSWERED', mail: 'answered' },
  close: { kind: 'CLOSED', mail: 'closed' },
} as const satisfies Record<
  ComplaintStepBody['step'],
  { kind: Prisma.ComplaintEventCreateInput['kind']; mail: ComplaintMailEvent }
>;

/** A step of support's on a complaint: its event, the new status, the audit event and the customer's e-mail. */
export async function takeComplaintStep(
  deps: ComplaintsDeps,
  actor: Actor,
  id: string,
  body: ComplaintStepBody,
  context: AuditContext,
): Promise<SupportComplaintDetail> {
  const text = 'text' in body && body.text ? body.text : null;
  await deps.prisma.$transaction(async (tx) => {
    const row = await tx.complaint.findUniqueOrThrow({ where: { id } });
    const status = complaintStatusAfter(row.status, body.step);
    if (!status) throw new AppError('COMPLAINT_STEP_NOT_ALLOWED');
    const now = deps.now();
    // the status it was read in: a concurrent step makes this one a conflict, never a double step
    const updated = await tx.complaint.updateMany({
      where: { id, status: row.status },
      data: { status, updatedAt: now, ...(status === 'CLOSED' ? { closedAt: now } : {}) },
    });
    if (updated.count === 0) throw new AppError('COMPLAINT_STEP_NOT_ALLOWED');
    const event = eventOf[body.step];
    await tx.complaintEvent.create({
      data: { complaintId: id, kind: event.kind, text, staffUserId: actor.userId, createdAt: now },
    });
    await recordAudit(tx, context, {
      action: `support.complaint.${body.step}`,
      actorUserId: actor.userId,
      subjectType: 'complaint',
      subjectId: id,
      details: { from: row.status, to: status },
    });
    await queueComplaintMail(tx, deps.publicUrl, row, event.mail, text);
  });
  deps.notifyMail();
  return detail(deps, id);
}
