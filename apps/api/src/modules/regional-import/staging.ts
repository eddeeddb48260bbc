// Staging: every record of an export, validated or with the reason it is not, goes into one temporary
// table by COPY (batches of rows, so memory stays bounded whatever the export's size). The checks and
// merges then work on sets of rows (row-checks.ts, merge-*.ts), never one record at a time.
import { writeRows, type Cell, type TableSpec } from '@portal/db';
import {
  kindOf,
  parseRecord,
  recordFields,
  recordTypes,
  type RawRecord,
  type RecordType,
} from '@portal/regional-import';
import type pg from 'pg';
import { columnLimitProblem } from './column-limits.js';
import { parentKey, recordKey } from './record-keys.js';

const stageSpec: TableSpec = {
  table: 'import_stage',
  columns: [
    ['seq', 'bigint'],
    ['type', 'text'],
    ['key', 'text'],
    ['parent', 'text'],
    ['position', 'int'],
    ['file', 'text'],
    ['raw', 'text'],
    ['fields', 'jsonb'],
    ['reason', 'text'],
  ],
};

const batchSize = 5000;

/** The staging table's SQL view of each record type: `stage_bill` and so on. */
export const stageView = (type: RecordType): string =>
  `stage_${type.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}`;

/** A field's column type in the typed stage, from the kinds the readers and writers share. */
function sqlType(type: RecordType, field: string): string {
  const kind = kindOf(type, field);
  if (kind === 'money' || typeof kind === 'object') return 'numeric';
  if (kind === 'int') return 'int';
  if (kind === 'flag') return 'boolean';
  if (kind === 'date') return 'date';
  return 'text';
}

/**
 * The temporary staging table: it lives in this import's transaction only. ON COMMIT DROP (here and on
 * every temporary table of the import, the stage views going with import_stage) because the embedded
 * PGlite is one session for all connections: a table left behind would meet the next export's import.
 */
export async function createStage(client: pg.ClientBase): Promise<void> {
  await client.query(`
    CREATE TEMP TABLE import_stage (
      seq bigint PRIMARY KEY, -- order of arrival; retried orphans come before the export's own records
      type text NOT NULL,
      key text,
      parent text, -- a bill line's bill number
      position int NOT NULL,
      file text,
      raw text NOT NULL,
      fields jsonb, -- null when the record is invalid
      reason text, -- why it is quarantined; null while it is takeable
      orphan boolean NOT NULL DEFAULT false,
      retry_of bigint, -- the quarantined row of an earlier export this retries
      superseded boolean NOT NULL DEFAULT false
    ) ON COMMIT DROP`);
}

/**
 * Once every record is staged: per record type, a typed table of its valid records (fields as columns,
 * indexed by key) and a view `stage_<type>` over the takeable ones (not quarantined by a check, not
 * superseded by a later record with the same key), which shrinks as the checks mark rows. Typed tables
 * rather than views over the JSON, so that the checks' joins use indexes and statistics.
 */
export async function typeStage(client: pg.ClientBase): Promise<void> {
  await client.query('CREATE INDEX ON import_stage (type, key)');
  await client.query('CREATE INDEX ON import_stage (parent)');
  for (const type of recordTypes) {
    const view = stageView(type);
    const columns = recordFields[type].map((field) => `"${field}" ${sqlType(type, field)}`).join(', ');
    await client.query(`
      CREATE TEMP TABLE ${view}_all ON COMMIT DROP AS
        SELECT s.seq, s.key, f.*
          FROM import_stage s CROSS JOIN LATERAL jsonb_to_record(s.fields) AS f(${columns})
         WHERE s.type = '${type}' AND s.fields IS NOT NULL`);
    await client.query(`CREATE INDEX ON ${view}_all (key)`);
    await client.query(`ANALYZE ${view}_all`);
    await client.query(`
      CREATE TEMP VIEW ${view} AS
        SELECT t.* FROM ${view}_all t JOIN import_stage s ON s.seq = t.seq
         WHERE s.reason IS NULL AND NOT s.superseded`);
  }
  await client.query('ANALYZE import_stage');
}

/** Validates and stages the export's records; answers how many there were. */
export async function stageRecords(
  client: pg.ClientBase,
  records: AsyncIterable<RawRecord>,
  useCopy: boolean,
): Promise<number> {
  let rows: Cell[][] = [];
  let seq = 0;
  // One batch in flight while the next is read and validated: the database ingests a batch on the
  // other core instead of the reader waiting for it (the caller's ROLLBACK queues behind it on error).
  let pending: Promise<void> = Promise.resolve();
  const send = async (batch: Cell[][]) => {
    await pending;
    pending = writeRows(client, stageSpec, batch, useCopy);
    pending.catch(() => {}); // awaited at the next batch or at the end
  };
  for await (const raw of records) {
    const parsed = parseRecord(raw);
    const fields: Record<string, unknown> = parsed.ok ? parsed.record.data : raw.values;
    const reason = parsed.ok ? columnLimitProblem(parsed.record.type, fields) : parsed.reason;
    rows.push([
      ++seq,
      raw.type,
      recordKey(raw.type, fields),
      parentKey(raw.type, fields),
      raw.position,
      raw.file ?? null,
      raw.raw,
      reason === null ? JSON.stringify(fields) : null,
      reason,
    ]);
    if (rows.length >= batchSize) {
      await send(rows);
      rows = [];
    }
  }
  await send(rows);
  await pending;
  return seq;
}

/**
 * Puts the region's records that wait for a parent back on stage, before the export's own (lower seq),
 * so that a newer version of the same record in this export supersedes them.
 */
export async function restageOrphans(client: pg.ClientBase, regionId: string): Promise<void> {
  await client.query(
    `INSERT INTO import_stage (seq, type, key, parent, position, file, raw, fields, retry_of)
     SELECT r.id - 1000000000000000, r.record_type, r.source_key,
            CASE WHEN r.record_type = 'billLine' THEN r.fields->>'billNumber' END,
            r.position, r.file, r.raw, r.fields, r.id
       FROM import_rejected_row r
      WHERE r.region_id = $1 AND r.awaits_parent AND r.resolved_at IS NULL`,
    [regionId],
  );
}
