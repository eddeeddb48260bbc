// The overview of a user's metering points, a metering point's page and its nickname. The overview is
// scoped by the actor's links; the routes with an id check access first (modules/access), so a metering
// point the user has not linked is answered like one that does not exist.
import type {
  MeteringPointDetail,
  MeteringPointListResponse,
  MeteringPointSummary,
  meteringPointListQuery,
} from '@portal/contract';
import type { PrismaClient, StatementRows } from '@portal/db';
import type { z } from 'zod';
import { AppError } from '../../lib/app-error.js';
import { belgradeDateOf, isoDate } from '../../lib/belgrade-date.js';
import { runStatement } from '../../lib/statement.js';
import { linksOf, linksOwner } from '../access/access.repository.js';
import type { Actor } from '../access/actor.js';
import { awaitingConfirmation, pendingConfirmationOf } from '../../lib/pending-confirmation.js';
import { supplierOfMeteringPoint } from '../bills/latest-bill.js';
import { listStatement, type ListRow } from './list-query.js';

export interface MeteringPointsDeps {
  prisma: PrismaClient;
  /** the overview's one statement (app.statementRows) */
  statementRows: StatementRows;
  now: () => Date;
}

export type ListQuery = z.output<typeof meteringPointListQuery>;

const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;

function toSummary(row: ListRow): MeteringPointSummary {
  return {
    id: row.id,
    nickname: row.nickname,
    address: { street: row.street, postalCode: row.postal_code, city: row.city },
    region: { id: row.region_id, name: row.region_name, nameLatin: row.region_name_latin },
    edNumber: row.ed_number,
    category: lower(row.category),
    status: lower(row.status),
    billingAccount: { id: row.billing_account_id, number: row.billing_number },
    currency: row.currency,
    balance: row.balance,
    pendingConfirmation: row.pending_confirmation,
    syncedAt: row.synced_at,
    lastBill: row.bill_id
      ? {
          id: row.bill_id,
          number: row.bill_number!,
          periodStart: row.period_start!,
          periodEnd: row.period_end!,
          issueDate: row.issue_date!,
          dueDate: row.due_date!,
          currency: row.currency,
          total: row.month_total!,
          totalToPay: row.bill_total_to_pay!,
          paid: row.bill_paid!,
        }
      : null,
    overdueAmount: row.overdue_amount,
    openDunningNotice: row.notice_id
      ? {
          id: row.notice_id,
          kind: lower(row.notice_kind!),
          number: row.notice_number!,
          issuedOn: row.notice_issued_on!,
          debtAmount: row.notice_debt_amount!,
          deadline: row.notice_deadline!,
        }
      : null,
  };
}

/** The overview's statement for the actor and query (list-query.ts). */
export function overviewStatement(userId: string, today: string, query: ListQuery) {
  return listStatement({
    userId,
    today,
    q: query.q || undefined,
    regions: query.region,
    status: query.status,
    overdue: query.overdue,
    sort: query.sort,
    order: query.order,
    page: query.page,
    pageSize: query.pageSize,
  });
}

/** The statement's one row; its json columns come parsed from pg, as text from Prisma's raw queries. */
export interface OverviewRow {
  total: number;
  total_to_pay: string;
  totals_to_pay: MeteringPointListResponse['totalsToPay'] | string;
  items: ListRow[] | string;
}

const parsed = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

export function overviewOf(result: OverviewRow, query: ListQuery): MeteringPointListResponse {
  return {
    items: parsed(result.items).map(toSummary),
    total: result.total,
    page: query.page,
    pageSize: query.pageSize,
    totalToPay: result.total_to_pay,
    totalsToPay: parsed(result.totals_to_pay),
  };
}

export async function listMeteringPoints(
  deps: MeteringPointsDeps,
  actor: Actor,
  query: ListQuery,
): Promise<MeteringPointListResponse> {
  const statement = overviewStatement(linksOwner(actor), belgradeDateOf(deps.now()), query);
  const [result] = await runStatement<OverviewRow>(deps.statementRows, statement);
  return overviewOf(result!, query);
}

export async function getMeteringPoint(
  deps: MeteringPointsDeps,
  actor: Actor,
  meteringPointId: string,
): Promise<MeteringPointDetail> {
  // the actor's link: the page shows their nickname and choices
  const link = await deps.prisma.userMeteringPoint.findFirst({
    where: { ...linksOf(actor), meteringPointId },
    include: {
      meteringPoint: {
        include: {
          region: true,
          billingAccount: { include: { customer: true } },
          meterInstallations: {
            where: { removedOn: null },
            orderBy: { installedOn: 'desc' },
            take: 1,
            include: { meter: true },
          },
          contracts: { orderBy: { startDate: 'desc' }, take: 1 },
          ledgerEntries: {
            orderBy: [{ entryDate: 'desc' }, { id: 'desc' }],
            take: 1,
            select: { balance: true },
          },
          payments: awaitingConfirmation,
        },
      },
    },
  });
  if (!link) throw new AppError('NOT_FOUND');
  const point = link.meteringPoint;
  const supplier = await supplierOfMeteringPoint(deps.prisma, point.id);
  const { region, billingAccount } = point;
  const customer = billingAccount.customer;
  const installation = point.meterInstallations[0];
  const contract = point.contracts[0];
  return {
    id: point.id,
    nickname: link.nickname,
    address: { street: point.street, postalCode: point.postalCode, city: point.city },
    region: {
      id: region.id,
      name: region.name,
      nameLatin: region.nameLatin,
      branchName: region.branchName,
      branchAddress: region.branchAddress,
      phone: region.phone,
    },
    edNumber: point.edNumber,
    eic: point.eic,
    category: lower(point.category),
    status: lower(point.status),
    currency: supplier.currency,
    billingAccount: {
      id: billingAccount.id,
      number: billingAccount.number,
      subscriberNumber: billingAccount.subscriberNumber,
    },
    customer: {
      name: customer.name,
      deliveryAddress: {
        street: customer.deliveryStreet,
        postalCode: customer.deliveryPostalCode,
        city: customer.deliveryCity,
      },
    },
    rateType: lower(point.rateType),
    approvedPowerKw: point.approvedPowerKw.toFixed(2),
    billingPowerKw: point.billingPowerKw.toFixed(2),
    phases: point.phases,
    meter: installation
      ? {
          serialNumber: installation.meter.serialNumber,
          model: installation.meter.model,
          installedOn: isoDate(installation.installedOn),
        }
      : null,
    supplyContract: contract
      ? {
          number: contract.number,
          startDate: isoDate(contract.startDate),
          endDate: contract.endDate ? isoDate(contract.endDate) : null,
          status: lower(contract.status),
        }
      : null,
    balance: (point.ledgerEntries[0]?.balance ?? 0).toFixed(2),
    pendingConfirmation: pendingConfirmationOf(point.payments),
    syncedAt: point.syncedAt.toISOString(),
    paperless: link.paperless,
    linkedAt: link.linkedAt.toISOString(),
  };
}

/** Sets or clears (null) the user's nickname of a linked metering point, and the paperless choice. */
export async function updateLink(
  deps: MeteringPointsDeps,
  actor: Actor,
  meteringPointId: string,
  changes: { nickname?: string | null; paperless?: boolean },
): Promise<{ id: string; nickname: string | null; paperless: boolean }> {
  const updated = await deps.prisma.userMeteringPoint.updateManyAndReturn({
    where: { ...linksOf(actor), meteringPointId },
    data: changes,
    select: { nickname: true, paperless: true },
  });
  const link = updated[0];
  if (!link) throw new AppError('NOT_FOUND');
  return { id: meteringPointId, ...link };
}
