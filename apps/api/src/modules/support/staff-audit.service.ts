// The staff's audit view, read from the audit trail: support staff their own events, supervisors
// everyone's (the rule of the accesses' list, support-access.service.ts). Only events of staff's work
// (the contract's staffAuditActionGroups) by actors who are staff: a customer's events never show.
//
// Reading this view is not itself audited. It answers staff's own records, not customers' data: the
// most it names of a customer is the account's username and the reason staff gave, both already in
// the trail. An event per page read would also put the supervisors' oversight into the very list they
// read, one row for every look, drowning the events the view is for.
import {
  staffAuditActionGroups,
  staffAuditActions,
  staffAuditCountCap,
  type StaffAuditAction,
  type StaffAuditEntry,
  type StaffAuditGroup,
  type StaffAuditQuery,
  type StaffAuditResponse,
  type SupportReasonCategory,
} from '@portal/contract';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../access/actor.js';
import type { AuditAction } from '../audit/audit.service.js';
import type { SupportDeps } from './customer-lookup.service.js';
import { countStatement, pageStatement, type AuditFilter } from './staff-audit-query.js';
import { staffRole } from './support-access.service.js';

// every action the view lists is one the API records (a renamed action fails to compile here)
const recorded: readonly AuditAction[] = staffAuditActions satisfies readonly AuditAction[];

const groupOf = new Map<string, StaffAuditGroup>(
  Object.entries(staffAuditActionGroups).flatMap(([group, actions]) =>
    actions.map((action) => [action, group as StaffAuditGroup] as const),
  ),
);

interface Row {
  id: string;
  occurred_at: Date;
  action: StaffAuditAction;
  actor_user_id: string;
  subject_type: string | null;
  subject_id: string | null;
  details: Details | null;
}

interface Details {
  accessId?: string;
  page?: string;
  reason?: { category?: SupportReasonCategory; text?: string };
  kind?: string;
  total?: number;
  report?: string;
  format?: string;
}

/** The staff members whose events the actor may read, with their names for the answer. */
async function staffInView(deps: SupportDeps, actor: Actor, query: StaffAuditQuery) {
  const supervisor = actor.role === 'SUPERVISOR';
  if (!supervisor && query.staffUserId !== undefined && query.staffUserId !== actor.userId)
    throw new AppError('FORBIDDEN');
  const only = supervisor ? query.staffUserId : actor.userId;
  // through app_user's (role, created_at) index: the few staff accounts, never the customers
  return deps.prisma.user.findMany({
    where: { role: { in: ['SUPPORT', 'SUPERVISOR'] }, ...(only ? { id: only } : {}) },
    select: { id: true, username: true, role: true },
  });
}

async function usernamesOf(deps: SupportDeps, rows: Row[]): Promise<Map<string, string>> {
  const ids = [
    ...new Set(rows.flatMap((r) => (r.subject_type === 'user' && r.subject_id ? [r.subject_id] : []))),
  ];
  const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (valid.length === 0) return new Map();
  const users = await deps.prisma.user.findMany({
    where: { id: { in: valid } },
    select: { id: true, username: true },
  });
  return new Map(users.map((u) => [u.id, u.username]));
}

function toEntry(row: Row, staff: Map<string, StaffAuditEntry['staff']>, usernames: Map<string, string>) {
  const details = row.details ?? {};
  const reason = details.reason;
  return {
    id: row.id,
    at: row.occurred_at.toISOString(),
    action: row.action,
    group: groupOf.get(row.action)!,
    staff: staff.get(row.actor_user_id)!,
    subject:
      row.subject_type && row.subject_id
        ? {
            type: row.subject_type,
            id: row.subject_id,
            username: row.subject_type === 'user' ? (usernames.get(row.subject_id) ?? null) : null,
          }
        : null,
    reason: reason?.category ? { category: reason.category, text: reason.text ?? '' } : null,
    accessId: details.accessId ?? null,
    page: row.action === 'support.customer.view' ? (details.page ?? null) : null,
    lookup:
      row.action === 'support.customers.lookup'
        ? { kind: details.kind ?? '', total: Number(details.total ?? 0) }
        : null,
    report:
      row.action === 'support.report.read'
        ? { name: details.report ?? '', format: details.format ?? '' }
        : null,
  } satisfies StaffAuditEntry;
}

export async function staffAudit(
  deps: SupportDeps,
  actor: Actor,
  query: StaffAuditQuery,
): Promise<StaffAuditResponse> {
  const members = await staffInView(deps, actor, query);
  const empty = { items: [], total: 0, totalCapped: false, page: query.page, pageSize: query.pageSize };
  if (members.length === 0) return empty;
  const filter: AuditFilter = {
    staffIds: members.map((m) => m.id),
    actions: query.action ? staffAuditActionGroups[query.action] : recorded,
    subjectUserId: query.subjectUserId ?? null,
    from: query.from ?? null,
    to: query.to ?? null,
  };
  const offset = (query.page - 1) * query.pageSize;
  const page = pageStatement(filter, offset, query.pageSize);
  const count = countStatement(filter, staffAuditCountCap);
  const [counted, rows] = await Promise.all([
    deps.prisma.$queryRawUnsafe<{ total: number }[]>(count.sql, ...count.params),
    // pages past the count's cap are not read: a date range or a staff member narrows the question
    offset >= staffAuditCountCap
      ? Promise.resolve([])
      : deps.prisma.$queryRawUnsafe<Row[]>(page.sql, ...page.params),
  ]);
  const total = counted[0]!.total;
  const staff = new Map(
    members.map((m) => [m.id, { userId: m.id, username: m.username, role: staffRole(m.role) }]),
  );
  const usernames = await usernamesOf(deps, rows);
  return {
    items: rows.map((row) => toEntry(row, staff, usernames)),
    total: Math.min(total, staffAuditCountCap),
    totalCapped: total > staffAuditCountCap,
    page: query.page,
    pageSize: query.pageSize,
  };
}
