// Staff's read-only view of a customer's account: opening it (with a reason, for 30 minutes), finding
// it again for the staff frame, the staff's record of openings, and the customer's ("Who looked at my
// data"). The requests made through an access are checked and audited by the access seam
// (modules/access/access.plugin.ts); this module reads those audit events back.
import type {
  AccessLogQuery,
  AccessLogResponse,
  OpenSupportAccessBody,
  SupportAccess,
  SupportAccessListQuery,
  SupportAccessListResponse,
} from '@portal/contract';
import type { Prisma } from '@portal/db';
import {
  maskEmail,
  supportAccessExpiry,
  supportReasonCategory,
  type SupportReasonCategory,
} from '@portal/domain';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../access/actor.js';
import { recordAudit, type auditContext } from '../audit/audit.service.js';
import type { SupportDeps } from './customer-lookup.service.js';

type Context = ReturnType<typeof auditContext>;

const accessInclude = {
  viewedUser: {
    select: {
      id: true,
      username: true,
      email: true,
      meteringPoints: {
        select: {
          meteringPoint: { select: { billingAccount: { select: { customer: { select: { name: true } } } } } },
        },
      },
    },
  },
  staffUser: { select: { id: true, username: true, role: true } },
} satisfies Prisma.SupportAccessInclude;

type AccessRow = Prisma.SupportAccessGetPayload<{ include: typeof accessInclude }>;

function toAccess(row: AccessRow): SupportAccess {
  const names = row.viewedUser.meteringPoints.map((l) => l.meteringPoint.billingAccount.customer.name);
  return {
    accessId: row.id,
    openedAt: row.openedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    category: row.reasonCategory as SupportReasonCategory,
    reason: row.reason,
    viewed: {
      userId: row.viewedUser.id,
      username: row.viewedUser.username,
      email: maskEmail(row.viewedUser.email),
      customerNames: [...new Set(names)].sort(),
    },
  };
}

/**
 * The portal account to view for `id`: a customer of the look-up (the account linked to their metering
 * points, or the one chosen among several), or a customer's portal account itself.
 */
async function accountToView(deps: SupportDeps, id: string, chosen: string | undefined): Promise<string> {
  const customer = await deps.prisma.customer.findUnique({ where: { id }, select: { id: true } });
  if (!customer) {
    const user = await deps.prisma.user.findFirst({ where: { id, role: 'CUSTOMER' }, select: { id: true } });
    if (!user) throw new AppError('NOT_FOUND');
    return user.id;
  }
  const links = await deps.prisma.userMeteringPoint.findMany({
    where: { meteringPoint: { billingAccount: { customerId: id } }, user: { role: 'CUSTOMER' } },
    distinct: ['userId'],
    select: { userId: true },
  });
  const accounts = links.map((l) => l.userId);
  if (chosen !== undefined) {
    if (!accounts.includes(chosen)) throw new AppError('NOT_FOUND');
    return chosen;
  }
  if (accounts.length === 0) throw new AppError('NO_PORTAL_ACCOUNT');
  if (accounts.length > 1)
    throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'portalUserId', code: 'required' }] });
  return accounts[0]!;
}

export async function openSupportAccess(
  deps: SupportDeps,
  actor: Actor,
  id: string,
  body: OpenSupportAccessBody,
  context: Context,
): Promise<SupportAccess> {
  const viewedUserId = await accountToView(deps, id, body.portalUserId);
  const category = supportReasonCategory(body.reason, body.category);
  const row = await deps.prisma.$transaction(async (tx) => {
    const created = await tx.supportAccess.create({
      data: {
        staffUserId: actor.userId,
        viewedUserId,
        customerId: viewedUserId === id ? null : id,
        reasonCategory: category,
        reason: body.reason,
        openedAt: context.at,
        expiresAt: supportAccessExpiry(context.at),
      },
      include: accessInclude,
    });
    await recordAudit(tx, context, {
      action: 'support.access.open',
      actorUserId: actor.userId,
      subjectType: 'user',
      subjectId: viewedUserId,
      details: { accessId: created.id, customerId: created.customerId, category, reason: body.reason },
    });
    return created;
  });
  return toAccess(row);
}

/** An access the staff member opened; SUPPORT_ACCESS_INVALID once it has ended. */
export async function getSupportAccess(deps: SupportDeps, actor: Actor, id: string, now: Date) {
  const row = await deps.prisma.supportAccess.findFirst({
    where: { id, staffUserId: actor.userId },
    include: accessInclude,
  });
  if (!row) throw new AppError('NOT_FOUND');
  if (row.expiresAt <= now) throw new AppError('SUPPORT_ACCESS_INVALID');
  return toAccess(row);
}

/** Per access: how many requests were made through it and which pages they read. */
async function readsOf(deps: SupportDeps, rows: { id: string; viewedUserId: string }[]) {
  if (rows.length === 0) return new Map<string, { reads: number; pages: string[] }>();
  // through audit_event's (subject_type, subject_id) index: the viewed accounts' events only
  const counted = await deps.prisma.$queryRaw<{ access_id: string; reads: number; pages: string[] }[]>`
    SELECT details->>'accessId' AS access_id, count(*)::int AS reads,
           array_agg(DISTINCT details->>'page' ORDER BY details->>'page') AS pages
      FROM audit_event
     WHERE subject_type = 'user' AND subject_id = ANY(${[...new Set(rows.map((r) => r.viewedUserId))]}::text[])
       AND action = 'support.customer.view'
       AND details->>'accessId' = ANY(${rows.map((r) => r.id)}::text[])
     GROUP BY 1`;
  return new Map(counted.map((c) => [c.access_id, { reads: c.reads, pages: c.pages.filter(Boolean) }]));
}

const staffRole = (role: string): 'support' | 'supervisor' =>
  role === 'SUPERVISOR' ? 'supervisor' : 'support';

/** Staff's record of accesses: support staff their own only, supervisors anyone's. */
export async function listSupportAccesses(
  deps: SupportDeps,
  actor: Actor,
  query: SupportAccessListQuery,
): Promise<SupportAccessListResponse> {
  if (actor.role !== 'SUPERVISOR' && query.staffUserId !== undefined && query.staffUserId !== actor.userId)
    throw new AppError('FORBIDDEN');
  const where: Prisma.SupportAccessWhereInput = {
    staffUserId: actor.role === 'SUPERVISOR' ? query.staffUserId : actor.userId,
    viewedUserId: query.viewedUserId,
  };
  const [total, rows] = await Promise.all([
    deps.prisma.supportAccess.count({ where }),
    deps.prisma.supportAccess.findMany({
      where,
      orderBy: [{ openedAt: 'desc' }, { id: 'desc' }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      include: accessInclude,
    }),
  ]);
  const reads = await readsOf(deps, rows);
  return {
    items: rows.map((row) => ({
      ...toAccess(row),
      staff: {
        userId: row.staffUser.id,
        username: row.staffUser.username,
        role: staffRole(row.staffUser.role),
      },
      reads: reads.get(row.id)?.reads ?? 0,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * The customer's record of staff accesses to their account: when, the staff member's role and ID, the
 * reason's category and what was read, never the staff member's name or the reason's text.
 */
export async function accessLogOf(
  deps: SupportDeps,
  actor: Actor,
  query: AccessLogQuery,
): Promise<AccessLogResponse> {
  const where = { viewedUserId: actor.userId };
  const [total, rows] = await Promise.all([
    deps.prisma.supportAccess.count({ where }),
    deps.prisma.supportAccess.findMany({
      where,
      orderBy: [{ openedAt: 'desc' }, { id: 'desc' }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: {
        id: true,
        viewedUserId: true,
        openedAt: true,
        expiresAt: true,
        reasonCategory: true,
        staffUser: { select: { id: true, role: true } },
      },
    }),
  ]);
  const reads = await readsOf(deps, rows);
  return {
    items: rows.map((row) => ({
      accessId: row.id,
      openedAt: row.openedAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      staffRole: staffRole(row.staffUser.role),
      staffId: row.staffUser.id,
      category: row.reasonCategory as SupportReasonCategory,
      reads: reads.get(row.id)?.reads ?? 0,
      viewed: reads.get(row.id)?.pages ?? [],
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
