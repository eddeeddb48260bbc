// The daily file of accepted self-readings per region, written to the OUTBOX for the region's billing
// system (the format is in README.md) and recorded in outbound_file. A reading goes out exactly once:
// the rows are claimed (FOR UPDATE SKIP LOCKED) and marked with their file in the transaction that
// records the file, and the unique (region, kind, day) of outbound_file makes it one file a day.
import { createHash } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PrismaClient } from '@portal/db';
import { belgradeDateOf } from '@portal/domain';
import { isoDate } from '../../lib/belgrade-date.js';

export const selfReadingsFileKind = 'SELF_READINGS';

export const outboundReadingColumns = [
  'region',
  'ed_number',
  'serial',
  'read_on',
  'kind',
  'vt',
  'nt',
  'single',
  'confirmed',
  'submitted_at',
  'portal_id',
] as const;

export interface OutboundReadingsDeps {
  prisma: PrismaClient;
  now: () => Date;
  /** the OUTBOX directory (READINGS_OUTBOX, default DATA_DIR/outbox) */
  outbox: string;
}

interface PendingRow {
  id: string;
  edNumber: string;
  serial: string;
  readOn: Date;
  vt: number | null;
  nt: number | null;
  single: number | null;
  confirmed: boolean;
  submittedAt: Date;
}

const field = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The file's text: UTF-8, `;`, CRLF, a header row, one row per reading in the order submitted. */
export function outboundReadingsCsv(region: string, rows: readonly PendingRow[]): string {
  const lines = [outboundReadingColumns.join(';')];
  for (const row of rows)
    lines.push(
      [
        region,
        row.edNumber,
        row.serial,
        isoDate(row.readOn),
        'S',
        row.vt,
        row.nt,
        row.single,
        row.confirmed ? 'Y' : 'N',
        row.submittedAt.toISOString(),
        row.id,
      ]
        .map(field)
        .join(';'),
    );
  return `${lines.join('\r\n')}\r\n`;
}

export const outboundFileName = (region: string, day: string) =>
  `${region}_OCITAVANJA_${day.replaceAll('-', '')}.csv`;

export interface OutboundOutcome {
  region: string;
  fileName: string;
  records: number;
}

/** Writes today's file of each region that has readings not sent yet and no file today. */
export async function writeOutboundReadings(deps: OutboundReadingsDeps): Promise<OutboundOutcome[]> {
  const now = deps.now();
  const day = belgradeDateOf(now);
  const regions = await deps.prisma.$queryRaw<{ regionId: string }[]>`
    SELECT DISTINCT mp.region_id AS "regionId" FROM self_reading sr
      JOIN metering_point mp ON mp.id = sr.metering_point_id
     WHERE sr.outbound_file_id IS NULL ORDER BY 1`;
  await mkdir(deps.outbox, { recursive: true });
  const outcomes: OutboundOutcome[] = [];
  for (const { regionId } of regions) {
    const outcome = await writeRegionFile(deps, regionId, day, now);
    if (outcome) outcomes.push(outcome);
  }
  return outcomes;
}

async function writeRegionFile(
  deps: OutboundReadingsDeps,
  region: string,
  day: string,
  now: Date,
): Promise<OutboundOutcome | null> {
  const fileName = outboundFileName(region, day);
  const path = join(deps.outbox, fileName);
  let written = false;
  try {
    return await deps.prisma.$transaction(async (tx) => {
      // Taken before the rows: two runs of the same day wait here, and the second finds the file.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`outbound:${region}:${day}`}))`;
      const exportDate = new Date(`${day}T00:00:00Z`);
      const existing = await tx.outboundFile.findUnique({
        where: { regionId_kind_exportDate: { regionId: region, kind: selfReadingsFileKind, exportDate } },
      });
      if (existing) return null;
      const rows = await tx.$queryRaw<PendingRow[]>`
        SELECT sr.id, mp.ed_number AS "edNumber", m.serial_number AS serial, sr.read_on AS "readOn",
               sr.vt_value AS vt, sr.nt_value AS nt, sr.single_value AS single, sr.confirmed,
               sr.submitted_at AS "submittedAt"
          FROM self_reading sr
          JOIN metering_point mp ON mp.id = sr.metering_point_id
          JOIN meter m ON m.id = sr.meter_id
         WHERE mp.region_id = ${region} AND sr.outbound_file_id IS NULL
         ORDER BY sr.submitted_at, sr.id
           FOR UPDATE OF sr SKIP LOCKED`;
      if (!rows.length) return null;
      const text = outboundReadingsCsv(region, rows);
      const file = await tx.outboundFile.create({
        data: {
          regionId: region,
          kind: selfReadingsFileKind,
          exportDate,
          fileName,
          records: rows.length,
          checksum: createHash('sha256').update(text).digest('hex'),
          createdAt: now,
        },
      });
      await tx.selfReading.updateMany({
        where: { id: { in: rows.map((r) => r.id) } },
        data: { outboundFileId: file.id },
      });
      // Written whole under a temporary name, then renamed: the billing system never sees half a file.
      await writeFile(`${path}.part`, text);
      await rename(`${path}.part`, path);
      written = true;
      return { region, fileName, records: rows.length };
    });
  } catch (error) {
    // The transaction did not commit: the readings stay unsent, so neither may the file.
    if (written) await rm(path, { force: true });
    throw error;
  }
}
