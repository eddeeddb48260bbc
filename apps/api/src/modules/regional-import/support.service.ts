// What support staff read about the imports (GET /api/support/...): the runs, a run's quarantine, and
// portal payments that no export confirmed within confirmationDays (REGIONAL-EXPORTS.md part 3).
import type {
  ImportRunListResponse,
  QuarantineResponse,
  UnconfirmedPaymentsResponse,
} from '@portal/contract';
import type { PrismaClient } from '@portal/db';
import { confirmationDays, confirmationDeadline } from '@portal/domain';
import { isoDate } from '../../lib/belgrade-date.js';

export interface SupportDeps {
  prisma: PrismaClient;
  now: () => Date;
}

export async function listImportRuns(
  deps: SupportDeps,
  query: { region?: string | undefined; limit: number },
): Promise<ImportRunListResponse> {
  const runs = await deps.prisma.importRun.findMany({
    where: query.region ? { regionId: query.region } : {},
    orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
    take: query.limit,
  });
  return {
    runs: runs.map((run) => ({
      id: run.id,
      region: run.regionId,
      sequence: run.sequence,
      exportDate: isoDate(run.exportDate),
      kind: run.kind,
      fileName: run.fileName,
      checksum: run.checksum,
      status: run.status,
      reason: run.reason,
      startedAt: run.startedAt.toISOString(),
      durationMs: run.durationMs,
      records: run.recordsTotal,
      applied: run.recordsApplied,
      quarantined: run.recordsQuarantined,
      orphansResolved: run.orphansResolved,
    })),
  };
}

export async function quarantineOf(deps: SupportDeps, runId: string): Promise<QuarantineResponse> {
  const rows = await deps.prisma.importRejectedRow.findMany({
    where: { importRunId: runId },
    orderBy: { id: 'asc' },
  });
  return {
    records: rows.map((row) => ({
      recordType: row.recordType,
      sourceKey: row.sourceKey,
      position: row.position,
      file: row.file,
      raw: row.raw,
      reason: row.reason,
      awaitsParent: row.awaitsParent,
      resolvedAt: row.resolvedAt?.toISOString() ?? null,
    })),
  };
}

/** Portal payments still awaiting confirmation (awaitsConfirmation) and booked before the deadline. */
export async function unconfirmedPayments(deps: SupportDeps): Promise<UnconfirmedPaymentsResponse> {
  const payments = await deps.prisma.payment.findMany({
    where: {
      paymentOrderId: { not: null },
      sourceId: null,
      bookedAt: { lt: confirmationDeadline(deps.now()) },
    },
    include: { paymentOrder: { select: { number: true } }, meteringPoint: { select: { edNumber: true } } },
    orderBy: [{ bookedAt: 'asc' }, { id: 'asc' }],
  });
  return {
    days: confirmationDays,
    payments: payments.map((payment) => ({
      paymentId: payment.id,
      orderNumber: payment.paymentOrder?.number ?? '',
      region: payment.regionId,
      edNumber: payment.meteringPoint.edNumber,
      paidOn: isoDate(payment.paidOn),
      bookedAt: payment.bookedAt.toISOString(),
      amount: payment.amount.toFixed(2),
    })),
  };
}
