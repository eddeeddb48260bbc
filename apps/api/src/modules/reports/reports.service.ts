// The supervisor's reports of the portal's use: registrations and payments per day with running totals,
// as JSON for the charts and as CSV for spreadsheets. Every read is an audit event: the reports hold no
// personal data, but what staff do is on record.
import {
  paymentChannels,
  type PaymentChannel,
  type PaymentReport,
  type PaymentReportQuery,
  type RegistrationReport,
  type RegistrationReportQuery,
} from '@portal/contract';
import type { PrismaClient } from '@portal/db';
import { stringify } from 'csv-stringify/sync';
import type { Actor } from '../access/actor.js';
import { recordAudit, type auditContext } from '../audit/audit.service.js';
import type { Download } from '../../lib/download.js';
import {
  paymentsStatement,
  registrationsStatement,
  type PaymentDayRow,
  type RegistrationDayRow,
  type Statement,
} from './report-queries.js';

export interface ReportsDeps {
  prisma: PrismaClient;
}

type Context = ReturnType<typeof auditContext>;
type ReportName = 'registrations' | 'payments';

async function rowsOf<T>(deps: ReportsDeps, statement: Statement): Promise<T[]> {
  return deps.prisma.$queryRawUnsafe<T[]>(statement.sql, ...statement.params);
}

async function audit(
  deps: ReportsDeps,
  actor: Actor,
  context: Context,
  report: ReportName,
  format: 'json' | 'csv',
  query: RegistrationReportQuery & { channel?: PaymentChannel },
) {
  await recordAudit(deps.prisma, context, {
    action: 'support.report.read',
    actorUserId: actor.userId,
    details: {
      report,
      format,
      from: query.from,
      to: query.to,
      region: query.region ?? null,
      channel: query.channel ?? null,
    },
  });
}

export async function registrationReport(
  deps: ReportsDeps,
  actor: Actor,
  query: RegistrationReportQuery,
  context: Context,
  format: 'json' | 'csv' = 'json',
): Promise<RegistrationReport> {
  const days = await rowsOf<RegistrationDayRow>(
    deps,
    registrationsStatement(query.from, query.to, query.region),
  );
  await audit(deps, actor, context, 'registrations', format, query);
  return {
    from: query.from,
    to: query.to,
    region: query.region ?? null,
    total: days.at(-1)?.cumulative ?? 0,
    days,
  };
}

export async function paymentReport(
  deps: ReportsDeps,
  actor: Actor,
  query: PaymentReportQuery,
  context: Context,
  format: 'json' | 'csv' = 'json',
): Promise<PaymentReport> {
  const statement = paymentsStatement(query.from, query.to, query.region, query.channel?.toUpperCase());
  const rows = await rowsOf<PaymentDayRow>(deps, statement);
  await audit(deps, actor, context, 'payments', format, query);
  const days = rows.map((row) => {
    const counts = typeof row.by_channel === 'string' ? JSON.parse(row.by_channel) : row.by_channel;
    return {
      date: row.date,
      count: row.count,
      amount: row.amount,
      cumulative: row.cumulative,
      cumulativeAmount: row.cumulative_amount,
      byChannel: Object.fromEntries(
        paymentChannels.map((c) => [c, (counts as Record<string, number>)[c.toUpperCase()] ?? 0]),
      ) as Record<PaymentChannel, number>,
    };
  });
  return {
    from: query.from,
    to: query.to,
    region: query.region ?? null,
    channel: query.channel ?? null,
    total: days.at(-1)?.cumulative ?? 0,
    totalAmount: days.at(-1)?.cumulativeAmount ?? '0.00',
    days,
  };
}

/**
 * Excel as set up in Serbia (sr-Latn-RS, sr-Cyrl-RS) reads a list separator `;` and a decimal comma:
 * such a file opens in columns with a double click, amounts as numbers. UTF-8 with a byte-order mark,
 * CRLF line ends, ISO dates.
 */
function csv(rows: (string | number)[][]): string {
  return `\uFEFF${stringify(rows, { delimiter: ';', record_delimiter: 'windows' })}`;
}

const decimalComma = (amount: string) => amount.replace('.', ',');

function fileName(report: string, query: { from: string; to: string; region?: string; channel?: string }) {
  const parts = [report, query.from, query.to, query.region, query.channel].filter(Boolean);
  return `${parts.join('-')}.csv`;
}

export function registrationCsv(report: RegistrationReport, query: RegistrationReportQuery): Download {
  const rows = report.days.map((d) => [d.date, d.count, d.cumulative]);
  return {
    filename: fileName('registracije', query),
    contentType: 'text/csv; charset=utf-8',
    body: csv([['date', 'registrations', 'cumulative'], ...rows]),
  };
}

export function paymentCsv(report: PaymentReport, query: PaymentReportQuery): Download {
  const header = [
    'date',
    'payments',
    'amount_rsd',
    'cumulative',
    'cumulative_amount_rsd',
    ...paymentChannels,
  ];
  const rows = report.days.map((d) => [
    d.date,
    d.count,
    decimalComma(d.amount),
    d.cumulative,
    decimalComma(d.cumulativeAmount),
    ...paymentChannels.map((c) => d.byChannel[c]),
  ]);
  return {
    filename: fileName('uplate', query),
    contentType: 'text/csv; charset=utf-8',
    body: csv([header, ...rows]),
  };
}
