// The customer's record of what staff did with their account ("Who looked at my data"), read from the
// audit trail: each opening of the read-only view (with what it read), each read of the account's
// summary and each supervisor action. Only the staff member's role and ID and the reason's category
// leave here: never a name, never the reason's text.
import type {
  AccessLogEntry,
  AccessLogQuery,
  AccessLogResponse,
  SupportReasonCategory,
} from '@portal/contract';
import type { AuditAction } from '../audit/audit.service.js';
import type { Actor } from '../access/actor.js';
import type { SupportDeps } from './customer-lookup.service.js';
import { readsOf, staffRole } from './support-access.service.js';

/** The audit events about an account that its owner sees, and what kind of entry each makes. */
const visible = {
  'support.access.open': 'view',
  'support.user.read': 'accountRead',
  'support.user.verification_mail': 'accountAction',
  'support.user.throttle.lift': 'accountAction',
  'support.user.sessions.revoke': 'accountAction',
  'support.user.disable': 'accountAction',
  'support.user.enable': 'accountAction',
  'support.user.contract.unlink': 'accountAction',
} as const satisfies Partial<Record<AuditAction, AccessLogEntry['kind']>>;

type VisibleAction = keyof typeof visible;

interface Row {
  id: string;
  occurred_at: Date;
  action: VisibleAction;
  details: { accessId?: string; reason?: { category?: SupportReasonCategory } } | null;
  staff_id: string;
  staff_role: string;
}

export async function accessLogOf(
  deps: SupportDeps,
  actor: Actor,
  query: AccessLogQuery,
): Promise<AccessLogResponse> {
  const actions = Object.keys(visible);
  // through audit_event's (subject_type, subject_id) index: this account's events only
  const [counted, rows] = await Promise.all([
    deps.prisma.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM audit_event
       WHERE subject_type = 'user' AND subject_id = ${actor.userId} AND action = ANY(${actions}::text[])`,
    deps.prisma.$queryRaw<Row[]>`
      SELECT e.id::text AS id, e.occurred_at, e.action, e.details, u.id::text AS staff_id, u.role::text AS staff_role
        FROM audit_event e JOIN app_user u ON u.id = e.actor_user_id
       WHERE e.subject_type = 'user' AND e.subject_id = ${actor.userId} AND e.action = ANY(${actions}::text[])
       ORDER BY e.occurred_at DESC, e.id DESC
       LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
  ]);
  const accessIds = rows.flatMap((row) => (row.details?.accessId ? [row.details.accessId] : []));
  const [accesses, reads] = await Promise.all([
    deps.prisma.supportAccess.findMany({
      where: { id: { in: accessIds }, viewedUserId: actor.userId },
      select: { id: true, expiresAt: true },
    }),
    readsOf(
      deps,
      accessIds.map((id) => ({ id, viewedUserId: actor.userId })),
    ),
  ]);
  const until = new Map(accesses.map((a) => [a.id, a.expiresAt.toISOString()]));
  return {
    items: rows.map((row): AccessLogEntry => {
      const kind = visible[row.action];
      const accessId = row.details?.accessId;
      return {
        id: row.id,
        at: row.occurred_at.toISOString(),
        kind,
        action: kind === 'accountAction' ? row.action.replace('support.user.', '') : null,
        staffRole: staffRole(row.staff_role),
        staffId: row.staff_id,
        category: row.details?.reason?.category ?? null,
        until: accessId ? (until.get(accessId) ?? null) : null,
        reads: accessId ? (reads.get(accessId)?.reads ?? 0) : 0,
        viewed: accessId ? (reads.get(accessId)?.pages ?? []) : [],
      };
    }),
    total: counted[0]!.total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
