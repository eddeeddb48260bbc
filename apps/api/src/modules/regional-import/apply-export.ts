// Applying one regional export (REGIONAL-EXPORTS.md part 3): the sequence rule, then every record
// staged by COPY, checked and merged with set-based SQL, the card and the bills' settlement brought in
// line, the quarantine and the run written, all in ONE transaction: a crash or kill at any point leaves
// the database as it was before the export, and the next run applies it whole.
import type { Clock } from '@portal/domain';
import { ExportRefusedError, type ExportHeader, type RawRecord } from '@portal/regional-import';
import pg from 'pg';
import { appliedExports, finishRun, insertRun, type RunIdentity } from './import-runs.js';
import { bookLedger, rebalance } from './ledger.js';
import { linkReadings } from './link-readings.js';
import { mergeBillLines, mergeBills } from './merge-billing.js';
import { mergeNotices } from './merge-notices.js';
import { mergeMeters, mergeParties, mergeReadings } from './merge-parties.js';
import { mergePayments } from './merge-payments.js';
import { recordQuarantine } from './quarantine.js';
import { checkRows } from './row-checks.js';
import { statisticsRefresher } from './statistics.js';
import { decideSequence } from './sequence-rule.js';
import { createStage, restageOrphans, stageRecords, typeStage } from './staging.js';

export interface ImportDatabase {
  /** the portal's DATABASE_URL: the import uses a pg connection of its own for COPY and its transaction */
  databaseUrl: string;
}

export interface ApplyExportInput {
  header: ExportHeader;
  /** the export's data records, in file order; may throw ExportRefusedError (the export is refused) */
  records: AsyncIterable<RawRecord>;
  /** SHA-256 of the export's bytes (for KV: of the manifest and the files it names), hex */
  checksum: string;
  /** the file name to show and record */
  name: string;
  clock: Clock;
  /**
   * Asked once every record was read, before anything is committed: the trailer's verdict, a reason to
   * refuse the whole export (missing trailer, counts or sums that disagree) or null when it agrees.
   */
  trailerCheck?: () => string | null | undefined | Promise<string | null | undefined>;
  /** COPY into the staging table (default); the embedded PGlite does not speak COPY: pass false */
  useCopy?: boolean;
  /** told how long each phase of an applied export took (the benchmark prints them) */
  onPhase?: (phase: string, ms: number) => void;
}

export type ApplyStatus = 'applied' | 'already_applied' | 'waiting' | 'refused';

export interface ApplyResult {
  status: ApplyStatus;
  /** the import_run row written (none for already_applied: nothing changes) */
  runId?: string;
  /** the export's data records, bill lines counted one each (0 unless applied) */
  records: number;
  /** of those, quarantined */
  quarantined: number;
  /** earlier exports' records waiting for a parent that this run applied */
  orphansResolved: number;
  reason?: string;
}

const nothing = { records: 0, quarantined: 0, orphansResolved: 0 };

export async function applyExport(db: ImportDatabase, input: ApplyExportInput): Promise<ApplyResult> {
  const { header } = input;
  const run: RunIdentity = {
    header,
    checksum: input.checksum,
    name: input.name,
    startedAt: input.clock.now(),
  };
  const started = performance.now();
  const client = new pg.Client({ connectionString: db.databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    // One import per region at a time: a second waits here, then sees the first one's outcome.
    const region = await client.query('SELECT id FROM region WHERE id = $1 FOR UPDATE', [header.region]);
    if (region.rowCount === 0) throw new Error(`unknown region ${header.region}`);
    const applied = await appliedExports(client, header);
    const decision = decideSequence({ ...header, checksum: input.checksum }, applied.last, applied.same);
    if (decision.action === 'already_applied') {
      await client.query('ROLLBACK');
      return { status: 'already_applied', ...nothing };
    }
    if (decision.action !== 'apply') {
      const status = decision.action === 'waiting' ? 'WAITING' : 'REFUSED';
      const runId = await insertRun(client, run, status, decision.reason, performance.now() - started);
      await client.query('COMMIT');
      return { status: decision.action, runId, ...nothing, reason: decision.reason };
    }

    const runId = await insertRun(client, run, 'APPLIED', null);
    let mark = performance.now();
    // each phase's statements are planned on statistics that count what the phases before it wrote
    const refreshStatistics = statisticsRefresher(client);
    const phase = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
      const result = await work();
      await refreshStatistics();
      const end = performance.now();
      input.onPhase?.(name, end - mark);
      mark = end;
      return result;
    };
    const records = await phase('stage', async () => {
      await createStage(client);
      await restageOrphans(client, header.region);
      return stageRecords(client, input.records, input.useCopy ?? true);
    });
    const refusal = await input.trailerCheck?.();
    if (refusal) throw new ExportRefusedError(refusal);
    await phase('type stage', () => typeStage(client));

    const now = input.clock.now();
    await phase('row checks', () => checkRows(client, header.region));
    await phase('merge parties', () => mergeParties(client, header.region, now));
    await phase('merge meters', () => mergeMeters(client, header.region));
    await phase('merge readings', () => mergeReadings(client, header.region));
    await phase('merge bills', () => mergeBills(client, header.region, now));
    await phase('merge bill lines', () => mergeBillLines(client, header.region));
    await phase('link readings', () => linkReadings(client, header.region));
    await phase('merge payments', () => mergePayments(client, header.region, now));
    await phase('merge notices', () => mergeNotices(client, header.region));
    await phase('ledger', () => bookLedger(client, header.region));
    await phase('balances', () => rebalance(client, header.region));
    const counts = await phase('quarantine', () => recordQuarantine(client, runId, header.region, now));
    await finishRun(client, runId, { total: records, ...counts, durationMs: performance.now() - started });
    await client.query('COMMIT');
    return { status: 'applied', runId, records, ...counts };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    if (!(error instanceof ExportRefusedError)) throw error;
    // Nothing of a refused export is kept but the record of the refusal.
    const runId = await insertRun(client, run, 'REFUSED', error.reason, performance.now() - started);
    return { status: 'refused', runId, ...nothing, reason: error.reason };
  } finally {
    await client.end();
  }
}
