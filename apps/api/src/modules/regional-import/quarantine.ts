// The quarantine (import_rejected_row): what an export brought that could not be taken, with its raw
// text and reason; records that only wait for a parent are retried by every later export of the region.
import type pg from 'pg';
import { stagedFields } from './staging.js';

export interface QuarantineCounts {
  /** the export's own records quarantined by this run */
  quarantined: number;
  /** earlier exports' records that waited for a parent and are now applied (or replaced by this export) */
  orphansResolved: number;
}

/**
 * Writes this export's refused records and resolves the retried ones that are now taken. A retried
 * record refused again stays as it was, in its first export's quarantine.
 */
export async function recordQuarantine(
  client: pg.ClientBase,
  runId: string,
  regionId: string,
  now: Date,
): Promise<QuarantineCounts> {
  // the valid ones among them (refused by a check, not by their values) keep their fields
  await client.query(
    `CREATE TEMP TABLE refused_valid ON COMMIT DROP AS
     SELECT seq FROM import_stage WHERE reason IS NOT NULL AND retry_of IS NULL AND valid`,
  );
  const written = await client.query(
    `INSERT INTO import_rejected_row (import_run_id, region_id, record_type, source_key, position, file, raw,
                                      fields, reason, awaits_parent)
     SELECT $1, $2, s.type, s.key, s.position, s.file, s.raw, f.fields, s.reason, s.orphan
       FROM import_stage s LEFT JOIN (${stagedFields('SELECT seq FROM refused_valid')}) f ON f.seq = s.seq
      WHERE s.reason IS NOT NULL AND s.retry_of IS NULL
      ORDER BY s.seq`,
    [runId, regionId],
  );
  const resolved = await client.query(
    `UPDATE import_rejected_row r SET resolved_at = $2, resolved_by_run_id = $1
       FROM import_stage s
      WHERE s.retry_of = r.id AND (s.reason IS NULL OR s.superseded)`,
    [runId, now],
  );
  return { quarantined: written.rowCount ?? 0, orphansResolved: resolved.rowCount ?? 0 };
}
