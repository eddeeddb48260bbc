// Issue 14: the demo generator writes its data as the five regions' exports, each region in its own
// format, so that the portal can load the demo set through the same import as real exports.
import { addDays, archiveWindow } from '@portal/domain';
import {
  regionCodes,
  writeExport,
  type ExportKind,
  type ExportRecord,
  type RegionCode,
  type WrittenExport,
} from '@portal/regional-import';
import { buildDataset } from '../dataset.js';
import { ExportSink } from './export-sink.js';
import { demoUserLinks, type DemoUserLinks } from './portal-data.js';

export interface DemoExportOptions {
  /** random customers besides the demo accounts */
  customers: number;
  seed?: number;
  /** the export's day: the data as of then */
  asOf: string;
  months?: number;
}

export interface DemoRecords {
  records: Map<RegionCode, ExportRecord[]>;
  /** the demo users' links, to add once the exports are imported */
  links: DemoUserLinks[];
  /** the database rows the same run would have written, per table (for comparison) */
  rows: Record<string, number>;
}

/** The demo generator's regional data as export records, per region. */
export async function demoRecords(options: DemoExportOptions): Promise<DemoRecords> {
  const sink = new ExportSink();
  const plan = await buildDataset(sink, {
    customers: options.customers,
    seed: options.seed,
    asOf: options.asOf,
    months: options.months ?? archiveWindow.months,
  });
  return { records: sink.records, links: demoUserLinks(plan), rows: Object.fromEntries(sink.totals) };
}

export interface DemoExports {
  exports: Record<RegionCode, WrittenExport>;
  links: DemoUserLinks[];
}

async function writeAll(
  folder: string,
  records: Map<RegionCode, ExportRecord[]>,
  exportDate: string,
  sequence: number,
  kind: ExportKind,
): Promise<Record<RegionCode, WrittenExport>> {
  const written = {} as Record<RegionCode, WrittenExport>;
  for (const region of regionCodes) {
    const header = { region, exportDate, sequence, kind };
    written[region] = await writeExport(folder, header, records.get(region) ?? []);
  }
  return written;
}

/** Each region's FULL export (sequence 1) of the demo data as of `asOf`. */
export async function writeDemoExports(folder: string, options: DemoExportOptions): Promise<DemoExports> {
  const { records, links } = await demoRecords(options);
  return { exports: await writeAll(folder, records, options.asOf, 1, 'FULL'), links };
}

export interface DemoDay {
  full: DemoExports;
  delta: Record<RegionCode, WrittenExport>;
}

/**
 * A day of billing to watch a sync happen: each region's FULL export as of the day before `day`
 * (sequence 1), then its DELTA for `day` (sequence 2) with what the billing systems created or changed
 * that day: new bills, payments, readings, notices. The delta is the difference between the demo data
 * generated as of the two days; records only ever appear or change, as billing systems never delete.
 */
export async function writeDemoDay(
  folder: string,
  options: Omit<DemoExportOptions, 'asOf'> & { day: string },
): Promise<DemoDay> {
  const before = addDays(options.day, -1);
  const months = options.months ?? archiveWindow.months;
  const previous = await demoRecords({ ...options, asOf: before, months });
  // Across a month's end, one month more keeps the history starting on the same day.
  const newMonth = before.slice(0, 7) !== options.day.slice(0, 7);
  const current = await demoRecords({ ...options, asOf: options.day, months: months + (newMonth ? 1 : 0) });
  const full = await writeAll(folder, previous.records, before, 1, 'FULL');
  const changes = new Map(
    regionCodes.map((r) => [r, changed(previous.records.get(r), current.records.get(r))]),
  );
  const delta = await writeAll(folder, changes, options.day, 2, 'DELTA');
  return { full: { exports: full, links: previous.links }, delta };
}

/** A record's key within its region (part 1 of the contract). */
export function recordKey(record: ExportRecord): string {
  const d = record.data as Record<string, unknown>;
  const key = {
    customer: [d.customerId],
    account: [d.accountNumber],
    meteringPoint: [d.edNumber],
    contract: [d.contractNumber],
    meter: [d.serial],
    reading: [d.edNumber, d.serial, d.readOn],
    bill: [d.billNumber],
    billLine: [d.billNumber, d.position],
    payment: [d.paymentId],
    ledgerEntry: [d.entryId],
    notice: [d.noticeNumber],
  }[record.type];
  return `${record.type}:${key.join('|')}`;
}

/** A metering point's notice of a kind, whatever its day. */
const noticeOf = (record: ExportRecord) =>
  record.type === 'notice' ? `${record.data.edNumber}|${record.data.kind}` : undefined;

/**
 * The records of `after` that are new or differ from `before`; a bill comes with all its lines. The
 * generator issues due notices on its "as of" day, so a day later it issues the same notice again, dated
 * a day later: such a notice was already exported and is left out.
 */
export function changed(before: ExportRecord[] = [], after: ExportRecord[] = []): ExportRecord[] {
  const old = new Map(before.map((r) => [recordKey(r), JSON.stringify(r.data)]));
  const kept = new Set(after.map(recordKey));
  const redated = new Set(before.filter((r) => !kept.has(recordKey(r))).map(noticeOf));
  const result: ExportRecord[] = [];
  for (let i = 0; i < after.length; i++) {
    const record = after[i]!;
    if (record.type !== 'bill') {
      const isNew = !old.has(recordKey(record));
      if (isNew && redated.has(noticeOf(record))) continue;
      if (old.get(recordKey(record)) !== JSON.stringify(record.data)) result.push(record);
      continue;
    }
    let end = i + 1;
    while (after[end]?.type === 'billLine') end++;
    const group = after.slice(i, end);
    if (group.some((r) => old.get(recordKey(r)) !== JSON.stringify(r.data))) result.push(...group);
    i = end - 1;
  }
  return result;
}
