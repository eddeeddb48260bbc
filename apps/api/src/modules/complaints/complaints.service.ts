// The customer's complaints: filing one (fields and files, already read and checked by the route), the
// list, one complaint with its history, a reply, an attached file.
import { randomUUID } from 'node:crypto';
import type { ComplaintDetail, ComplaintListResponse, ComplaintReplyBody } from '@portal/contract';
import { belgradeDateOf, complaintDeadlines, complaintStatusAfter } from '@portal/domain';
import type { FileComplaintFields } from '@portal/contract';
import { AppError } from '../../lib/app-error.js';
import { recordAudit, type auditContext } from '../audit/audit.service.js';
import type { Actor } from '../access/actor.js';
import { linksOwner } from '../access/access.repository.js';
import type { AttachmentType } from './attachment-type.js';
import { queueComplaintMail } from './complaint-mail.js';
import { complaintDetail, complaintSummary, detailInclude, summaryInclude } from './complaint-view.js';
import type { ComplaintsDeps } from './complaints.deps.js';

export interface CheckedAttachment {
  filename: string;
  contentType: AttachmentType;
  data: Buffer;
}

type AuditContext = ReturnType<typeof auditContext>;
type ParsedFields = Omit<FileComplaintFields, 'text'> & { text: string };

const dateOrNull = (date: string | undefined) => (date ? new Date(`${date}T00:00:00Z`) : null);

/**
 * Files a complaint of the actor's (ownership of the metering point and bill checked by the route).
 * The files are written first, under ids the rows then take; if the rows cannot be written the files go.
 */
export async function fileComplaint(
  deps: ComplaintsDeps,
  actor: Actor,
  fields: ParsedFields,
  files: CheckedAttachment[],
  context: AuditContext,
): Promise<ComplaintDetail> {
  if (fields.billId) {
    const bill = await deps.prisma.bill.findUnique({
      where: { id: fields.billId },
      select: { meteringPointId: true },
    });
    // a bill of another of the customer's metering points: no bill of this one
    if (bill?.meteringPointId !== fields.meteringPointId) throw new AppError('NOT_FOUND');
  }
  const receivedOn = belgradeDateOf(deps.now());
  const due = complaintDeadlines(receivedOn, deps.deadlines);
  const id = randomUUID();
  const attachments = files.map((file) => ({ ...file, id: randomUUID() }));
  for (const file of attachments) await deps.files.write(id, file.id, file.data);
  try {
    await deps.prisma.$transaction(async (tx) => {
      const created = await tx.complaint.create({
        data: {
          id,
          userId: actor.userId,
          meteringPointId: fields.meteringPointId,
          billId: fields.billId ?? null,
          category: fields.category.toUpperCase() as 'BILL',
          periodFrom: dateOrNull(fields.periodFrom),
          periodTo: dateOrNull(fields.periodTo),
          text: fields.text,
          receivedOn: dateOrNull(receivedOn)!,
          answerDue: dateOrNull(due.answerDue)!,
          resolutionDue: dateOrNull(due.resolutionDue)!,
          createdAt: deps.now(),
          updatedAt: deps.now(),
          events: { create: { kind: 'FILED', text: null, createdAt: deps.now() } },
          attachments: {
            // a millisecond apart, so that they list in the order they were sent
            create: attachments.map((file, i) => ({
              id: file.id,
              createdAt: new Date(deps.now().getTime() + i),
              filename: file.filename,
              contentType: file.contentType,
              size: file.data.length,
            })),
          },
        },
      });
      await recordAudit(tx, context, {
        action: 'complaint.file',
        actorUserId: actor.userId,
        subjectType: 'complaint',
        subjectId: id,
        details: { category: fields.category, billId: fields.billId ?? null, files: attachments.length },
      });
      await queueComplaintMail(tx, deps.publicUrl, created, 'filed', null);
    });
  } catch (error) {
    await deps.files.remove(id);
    throw error;
  }
  deps.notifyMail();
  return getComplaint(deps, id);
}

export async function listComplaints(
  deps: ComplaintsDeps,
  actor: Actor,
  query: { page: number; pageSize: number },
): Promise<ComplaintListResponse> {
  const where = { userId: linksOwner(actor) };
  const [rows, total] = await Promise.all([
    deps.prisma.complaint.findMany({
      where,
      include: summaryInclude,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    deps.prisma.complaint.count({ where }),
  ]);
  return { items: rows.map(complaintSummary), total, page: query.page, pageSize: query.pageSize };
}

export async function getComplaint(deps: ComplaintsDeps, id: string): Promise<ComplaintDetail> {
  const row = await deps.prisma.complaint.findUnique({ where: { id }, include: detailInclude });
  if (!row) throw new AppError('NOT_FOUND');
  return complaintDetail(row);
}

/** The customer adds to their complaint; an answered one goes back to review. */
export async function replyToComplaint(
  deps: ComplaintsDeps,
  actor: Actor,
  id: string,
  body: ComplaintReplyBody,
  context: AuditContext,
): Promise<ComplaintDetail> {
  await deps.prisma.$transaction(async (tx) => {
    const row = await tx.complaint.findUniqueOrThrow({ where: { id }, select: { status: true } });
    const status = complaintStatusAfter(row.status, 'reply');
    if (!status) throw new AppError('COMPLAINT_STEP_NOT_ALLOWED');
    // the status it was read in: a concurrent step of support's makes this one a conflict
    const updated = await tx.complaint.updateMany({
      where: { id, status: row.status },
      data: { status, updatedAt: deps.now() },
    });
    if (updated.count === 0) throw new AppError('COMPLAINT_STEP_NOT_ALLOWED');
    await tx.complaintEvent.create({
      data: { complaintId: id, kind: 'CUSTOMER_REPLY', text: body.text, createdAt: deps.now() },
    });
    await recordAudit(tx, context, {
      action: 'complaint.reply',
      actorUserId: actor.userId,
      subjectType: 'complaint',
      subjectId: id,
    });
  });
  return getComplaint(deps, id);
}

/** An attached file of the complaint (whose the route has checked). */
export async function complaintAttachment(deps: ComplaintsDeps, complaintId: string, attachmentId: string) {
  const file = await deps.prisma.complaintAttachment.findFirst({
    where: { id: attachmentId, complaintId },
  });
  if (!file) throw new AppError('NOT_FOUND');
  return {
    filename: file.filename,
    contentType: file.contentType,
    body: await deps.files.read(complaintId, attachmentId),
  };
}
