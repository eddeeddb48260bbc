// Support's look-up of customers: the page of matches with what staff need to tell customers apart
// (masked identifiers, metering points, linked portal users), and an audit event per look-up.
import type { CustomerLookupQuery, CustomerLookupResponse, LookedUpCustomer } from '@portal/contract';
import type { PrismaClient } from '@portal/db';
import { maskEmail, maskJmbg, maskPib, planLookup } from '@portal/domain';
import type { Actor } from '../access/actor.js';
import { recordAudit, type auditContext } from '../audit/audit.service.js';
import { lookupStatement, type LookupRow } from './lookup-query.js';

export interface SupportDeps {
  prisma: PrismaClient;
}

type Context = ReturnType<typeof auditContext>;

/** Metering points, billing numbers and linked users of the page's customers, in one query. */
async function detailsOf(prisma: PrismaClient, customerIds: string[]) {
  const accounts = await prisma.billingAccount.findMany({
    where: { customerId: { in: customerIds } },
    orderBy: { number: 'asc' },
    select: {
      customerId: true,
      number: true,
      meteringPoints: {
        orderBy: { edNumber: 'asc' },
        select: {
          id: true,
          edNumber: true,
          eic: true,
          street: true,
          postalCode: true,
          city: true,
          regionId: true,
          userLinks: { select: { user: { select: { id: true, email: true } } } },
        },
      },
    },
  });
  return (customerId: string) => accounts.filter((a) => a.customerId === customerId);
}

function toResult(row: LookupRow, accounts: Awaited<ReturnType<typeof detailsOf>>): LookedUpCustomer {
  const own = accounts(row.id);
  const points = own.flatMap((a) => a.meteringPoints);
  const users = new Map(points.flatMap((p) => p.userLinks.map((l) => [l.user.id, l.user.email] as const)));
  return {
    id: row.id,
    name: row.name,
    personType: row.person_type === 'LEGAL' ? 'legal' : 'natural',
    // the one place identifiers leave for staff: masked (packages/domain/src/staff/masking.ts)
    jmbg: row.jmbg ? maskJmbg(row.jmbg) : null,
    pib: row.pib ? maskPib(row.pib) : null,
    region: row.region_id,
    billingNumbers: own.map((a) => a.number),
    meteringPoints: points.map((p) => ({
      id: p.id,
      edNumber: p.edNumber,
      eic: p.eic,
      address: `${p.street}, ${p.postalCode} ${p.city}`,
      region: p.regionId,
    })),
    portalUsers: [...users].map(([id, email]) => ({ id, email: maskEmail(email) })),
  };
}

/**
 * Looks customers up and records it. The audit event keeps who, when, the kind of text (digits, e-mail,
 * code or name), its length and the customers shown, not the text: it may be a name, an e-mail address
 * or digits of a JMBG, which the audit trail must not collect.
 */
export async function lookUpCustomers(
  deps: SupportDeps,
  actor: Actor,
  query: CustomerLookupQuery,
  context: Context,
): Promise<CustomerLookupResponse> {
  const plan = planLookup(query.q);
  const statement = lookupStatement(plan, query.page, query.pageSize);
  let total = 0;
  let items: LookedUpCustomer[] = [];
  if (statement) {
    const [result] = await deps.prisma.$queryRawUnsafe<{ total: number; items: LookupRow[] | string }[]>(
      statement.sql,
      ...statement.params,
    );
    const rows =
      typeof result!.items === 'string' ? (JSON.parse(result!.items) as LookupRow[]) : result!.items;
    total = result!.total;
    const accounts = await detailsOf(
      deps.prisma,
      rows.map((r) => r.id),
    );
    items = rows.map((row) => toResult(row, accounts));
  }
  await recordAudit(deps.prisma, context, {
    action: 'support.customers.lookup',
    actorUserId: actor.userId,
    details: {
      kind: plan.kind,
      length: query.q.length,
      page: query.page,
      total,
      customerIds: items.map((c) => c.id),
    },
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}
