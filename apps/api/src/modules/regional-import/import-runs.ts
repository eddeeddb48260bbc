// The bookkeeping of import_run: what was applied per region, and one row per attempt with its outcome.
import type { ExportHeader } from '@portal/regional-import';
import type pg from 'pg';
import type { AppliedExport } from './sequence-rule.js';

export interface RunIdentity {
  header: ExportHeader;
  checksum: string;
  name: string;
  startedAt: Date;
}

/** The region's last applied export, and the applied one with this export's sequence. */
export async function appliedExports(
  client: pg.ClientBase,
  header: ExportHeader,
): Promise<{ last: AppliedExport | null; same: AppliedExport | null }> {
  const { rows } = await client.query<AppliedExport & { last: boolean }>(
    `(SELECT applied_sequence AS sequence, checksum, true AS last FROM import_run
       WHERE region_id = $1 AND applied_sequence IS NOT NULL ORDER BY applied_sequence DESC LIMIT 1)
     UNION ALL
     (SELECT applied_sequence, checksum, false FROM import_run WHERE region_id = $1 AND applied_sequence = $2)`,
    [header.region, header.sequence],
  );
  const pick = (last: boolean) => {
    const row = rows.find((r) => r.last === last);
    return row ? { sequence: row.sequence, checksum: row.checksum } : null;
  };
  return { last: pick(true), same: pick(false) };
}

/** Records an attempt; an applied one takes its sequence, which the unique key allows once per region. */
export async function insertRun(
  client: pg.ClientBase,
  run: RunIdentity,
  status: 'APPLIED' | 'REFUSED' | 'WAITING',
  reason: string | null,
  durationMs = 0,
): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO import_run (id, region_id, sequence, export_date, kind, checksum, file_name, status, reason,
                             applied_sequence, started_at, duration_ms)
     VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     RETURNING id`,
    [
      run.header.region,
      run.header.sequence,
      run.header.exportDate,
      run.header.kind,
      run.checksum,
      run.name,
      status,
      reason,
      status === 'APPLIED' ? run.header.sequence : null,
      run.startedAt,
      Math.round(durationMs),
    ],
  );
  return rows[0]!.id;
}

export async function finishRun(
  client: pg.ClientBase,
  runId: string,
  counts: { total: number; quarantined: number; orphansResolved: number; durationMs: number },
): Promise<void> {
  await client.query(
    `UPDATE import_run SET records_total = $2::int, records_applied = $2::int - $3::int, records_quarantined = $3::int,
                           orphans_resolved = $4, duration_ms = $5
      WHERE id = $1`,
    [runId, counts.total, counts.quarantined, counts.orphansResolved, Math.round(counts.durationMs)],
  );
}
