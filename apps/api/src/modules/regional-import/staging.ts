// Staging: every record of an export goes into one temporary table by COPY (batches of rows, so memory
// stays bounded whatever the export's size), with its raw text and, when it is invalid, the reason; the
// fields of a valid record go at the same time into its type's typed table (one column per field). The
// checks and merges then work on sets of rows (row-checks.ts, merge-*.ts), never one record at a time.
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
    ['valid', 'boolean'],
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

/** Each record type's typed table: the record's seq and key, then its fields in the contract's order. */
const typedSpecs = {} as Record<RecordType, TableSpec>;
for (const type of recordTypes)
  typedSpecs[type] = {
    table: `${stageView(type)}_all`,
    columns: [
      ['seq', 'bigint'],
      ['key', 'text'],
      ...recordFields[type].map((field) => [field, sqlType(type, field)] as const),
    ],
  };

const columnsOf = (spec: TableSpec, skip = 0) =>
  spec.columns
    .slice(skip)
    .map(([name, type]) => `"${name}" ${type}`)
    .join(', ');

/**
 * The temporary staging tables: they live in this import's transaction only. ON COMMIT DROP (here and on
 * every temporary table of the import, the stage views going with them) because the embedded PGlite is
 * one session for all connections: a table left behind would meet the next export's import.
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
      valid boolean NOT NULL, -- its fields are in its type's typed table
      fields jsonb, -- a retried orphan's fields, as its quarantine kept them
      reason text, -- why it is quarantined; null while it is takeable
      orphan boolean NOT NULL DEFAULT false,
      retry_of bigint, -- the quarantined row of an earlier export this retries
      superseded boolean NOT NULL DEFAULT false
    ) ON COMMIT DROP`);
  for (const spec of Object.values(typedSpecs))
    await client.query(`CREATE TEMP TABLE ${spec.table} (${columnsOf(spec)}) ON COMMIT DROP`);
}

/**
 * Once every record is staged: the indexes and statistics the checks' joins need, and per record type a view `stage_<type>` over the takeable records
 * (not quarantined by a check, not superseded by a later record with the same key), which shrinks as
 * the checks mark rows.
 */
export async function typeStage(client: pg.ClientBase): Promise<void> {
  await client.query('CREATE INDEX ON import_stage (type, key)');
  await client.query('CREATE INDEX ON import_stage (parent)');
  for (const type of recordTypes) {
    const view = stageView(type);
    const spec = typedSpecs[type];
    await client.query(`CREATE INDEX ON ${spec.table} (key)`);
    await client.query(`ANALYZE ${spec.table}`);
    await client.query(`
      CREATE TEMP VIEW ${view} AS
        SELECT t.* FROM ${spec.table} t JOIN import_stage s ON s.seq = t.seq
         WHERE s.reason IS NULL AND NOT s.superseded`);
  }
  await client.query('ANALYZE import_stage');
}

/** The fields of the valid records whose seq `seqs` (a query) gives, as JSON: what the quarantine keeps. */
export const stagedFields = (seqs: string): string =>
  recordTypes
    .map(
      (type) =>
        `SELECT seq, jsonb_strip_nulls(to_jsonb(t) - 'seq' - 'key') AS fields
           FROM ${typedSpecs[type].table} t WHERE t.seq IN (${seqs})`,
    )
    .join(' UNION ALL ');

/** Validates and stages the export's records; answers how many there were. */
export async function stageRecords(
  client: pg.ClientBase,
  records: AsyncIterable<RawRecord>,
  useCopy: boolean,
): Promise<number> {
  const batches = new Map<TableSpec, Cell[][]>();
  const add = (spec: TableSpec, row: Cell[]) => {
    const rows = batches.get(spec) ?? [];
    rows.push(row);
    batches.set(spec, rows);
    return rows.length;
  };
  let seq = 0;
  // One batch in flight while the next is read and validated: the database ingests a batch on the
  // other core instead of the reader waiting for it.
  let pending: Promise<void> = Promise.resolve();
  const send = async (spec: TableSpec) => {
    const rows = batches.get(spec);
    if (!rows?.length) return;
    batches.delete(spec);
    await pending;
    pending = writeRows(client, spec, rows, useCopy);
    pending.catch(() => {}); // awaited at the next batch or at the end
  };
  try {
    for await (const raw of records) {
      const parsed = parseRecord(raw);
      const fields: Record<string, unknown> = parsed.ok ? parsed.record.data : raw.values;
      const reason = parsed.ok ? columnLimitProblem(parsed.record.type, fields) : parsed.reason;
      const key = recordKey(raw.type, fields);
      const row = [
        ++seq,
        raw.type,
        key,
        parentKey(raw.type, fields),
        raw.position,
        raw.file ?? null,
        raw.raw,
      ];
      if (add(stageSpec, [...row, reason === null, reason]) >= batchSize) await send(stageSpec);
      if (reason === null && raw.type !== 'unknown') {
        const spec = typedSpecs[raw.type];
        const typed = [seq, key, ...recordFields[raw.type].map((field) => fields[field] as Cell)];
        if (add(spec, typed) >= batchSize) await send(spec);
      }
    }
    for (const spec of [...batches.keys()]) await send(spec);
  } catch (error) {
    // a refused export (the reader threw): the batch in flight ends before the caller rolls back
    await pending.catch(() => {});
    throw error;
  }
  await pending;
  return seq;
}

/**
 * Puts the region's records that wait for a parent back on stage, before the export's own (lower seq),
 * so that a newer version of the same record in this export supersedes them.
 */
export async function restageOrphans(client: pg.ClientBase, regionId: string): Promise<void> {
  const restaged = await client.query(
    `INSERT INTO import_stage (seq, type, key, parent, position, file, raw, valid, fields, retry_of)
     SELECT r.id - 1000000000000000, r.record_type, r.source_key,
            CASE WHEN r.record_type = 'billLine' THEN r.fields->>'billNumber' END,
            r.position, r.file, r.raw, true, r.fields, r.id
       FROM import_rejected_row r
      WHERE r.region_id = $1 AND r.awaits_parent AND r.resolved_at IS NULL`,
    [regionId],
  );
  if (!restaged.rowCount) return;
  // their fields into the typed tables, while the stage holds nothing else
  for (const type of recordTypes) {
    const spec = typedSpecs[type];
    await client.query(`
      INSERT INTO ${spec.table}
        SELECT s.seq, s.key, f.*
          FROM import_stage s CROSS JOIN LATERAL jsonb_to_record(s.fields) AS f(${columnsOf(spec, 2)})
         WHERE s.type = '${type}'`);
  }
}
