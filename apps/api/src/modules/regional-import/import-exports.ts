// Imports exports found on disk: recognise them by name, apply each region's in sequence order, check
// each against its own trailer while it streams, and say per export what happened. Shared by the
// `billing:import` command and the daily job.
import { basename } from 'node:path';
import {
  ExportRefusedError,
  addToTotals,
  checkTrailer,
  emptyTotals,
  exportChecksum,
  identifyExports,
  openExport,
  type ExportHeader,
  type ExportSource,
  type ExportTrailer,
  type RawRecord,
  type RegionCode,
} from '@portal/regional-import';

export type ExportStatus = 'applied' | 'already_applied' | 'waiting' | 'refused';

/** What became of one export: the command prints it (`--json`), the job moves the files by it. */
export interface ExportOutcome {
  file: string;
  region: string | null;
  sequence: number | null;
  status: ExportStatus;
  records: number;
  quarantined: number;
  reason?: string;
  /** the files the export is made of, for the inbox to move */
  files: readonly string[];
}

/** What the writer makes of one export, whole or not at all. */
export interface ApplyInput {
  header: ExportHeader;
  name: string;
  checksum: string;
  /** the records; iterating them throws ExportRefusedError when the trailer disagrees at the end */
  records: AsyncIterable<RawRecord>;
}
export type ApplyOutcome = Pick<ExportOutcome, 'status' | 'records' | 'quarantined' | 'reason'>;
export type ApplyExport = (input: ApplyInput) => Promise<ApplyOutcome>;
/**
 * Records that an export was refused before its records were read (unreadable, or a header that
 * contradicts its name); refusals while reading are the writer's to record.
 */
export type RecordRefusal = (
  source: ExportSource,
  header: ExportHeader | null,
  checksum: string | null,
  reason: string,
) => Promise<void>;

export interface ImportDeps {
  applyExport: ApplyExport;
  recordRefusal: RecordRefusal;
  /** running count of records read, for a progress line */
  onProgress?: (source: ExportSource, records: number) => void;
}

/**
 * Yields the reader's records while counting them, and at the end holds them against the trailer: a
 * disagreeing or missing trailer throws, so the writer's transaction ends without a trace.
 */
async function* checkedRecords(
  records: AsyncGenerator<RawRecord, ExportTrailer, void>,
  progress: (count: number) => void,
): AsyncGenerator<RawRecord, void, void> {
  const totals = emptyTotals();
  let count = 0;
  for (;;) {
    const next = await records.next();
    if (next.done) {
      const disagreement = checkTrailer(totals, next.value);
      if (disagreement) throw new ExportRefusedError(disagreement);
      progress(count);
      return;
    }
    addToTotals(totals, next.value);
    if (++count % 10_000 === 0) progress(count);
    yield next.value;
  }
}

async function importOne(deps: ImportDeps, source: ExportSource): Promise<ExportOutcome> {
  const base = { file: source.name, region: source.region, sequence: source.sequence, files: source.files };
  let checksum: string | null = null;
  let header: ExportHeader | null = null;
  let reader;
  try {
    checksum = await exportChecksum(source);
    reader = openExport(source);
    // the reader refuses a header that contradicts the file name
    header = await reader.header();
  } catch (error) {
    if (!(error instanceof ExportRefusedError)) throw error;
    await deps.recordRefusal(source, header, checksum, error.reason);
    return { ...base, status: 'refused', records: 0, quarantined: 0, reason: error.reason };
  }
  const { status, records, quarantined, reason } = await deps.applyExport({
    header,
    name: basename(source.name),
    checksum,
    records: checkedRecords(reader.records(), (count) => deps.onProgress?.(source, count)),
  });
  return { ...base, status, records, quarantined, ...(reason ? { reason } : {}) };
}

/**
 * Applies every export among `paths` (files or folders), each region's in sequence order; with `region`,
 * only that region's (files that are no export's are then left alone).
 */
export async function importExports(
  deps: ImportDeps,
  paths: readonly string[],
  region?: RegionCode,
): Promise<ExportOutcome[]> {
  const found = await identifyExports([...paths]);
  const ofRegion = (source: ExportSource) => region === undefined || source.region === region;
  const ordered = found.exports
    .filter(ofRegion)
    .sort((a, b) => a.region.localeCompare(b.region) || a.sequence - b.sequence);
  const outcomes: ExportOutcome[] = [];
  for (const source of ordered) outcomes.push(await importOne(deps, source));
  for (const source of found.incomplete.filter(ofRegion))
    outcomes.push({
      file: source.name,
      region: source.region,
      sequence: source.sequence,
      status: 'waiting',
      records: 0,
      quarantined: 0,
      reason: 'its manifest has not arrived: the export is still being written',
      files: [],
    });
  for (const file of region === undefined ? found.unrecognised : [])
    outcomes.push({
      file,
      region: null,
      sequence: null,
      status: 'refused',
      records: 0,
      quarantined: 0,
      reason: 'not the name of a regional export',
      files: [file],
    });
  return outcomes;
}
