// What every reader does the same way: check the header against the file name, state the trailer, and
// turn a broken container (a truncated gzip, a ZIP without its directory, an unclosed XML tag) into a
// refusal of the whole export rather than a crash.
import { isIsoDate } from '@portal/domain';
import { ExportRefusedError, type ExportSource } from '../export-reader.js';
import { exportKinds, recordTypes, type ExportHeader, type ExportKind, type RecordType } from '../records.js';

/** The header fields as a format states them, before they are checked. */
export interface StatedHeader {
  region: unknown;
  exportDate: unknown;
  sequence: unknown;
  kind: unknown;
}

/**
 * The header, refused unless it is well formed and agrees with the file name: an export renamed by
 * hand (or a file of another day) must not be applied under the wrong sequence.
 */
export function checkedHeader(stated: StatedHeader, source: ExportSource): ExportHeader {
  const kind = typeof stated.kind === 'string' ? stated.kind.trim() : stated.kind;
  const sequence =
    typeof stated.sequence === 'number'
      ? stated.sequence
      : typeof stated.sequence === 'string' && /^\d+$/.test(stated.sequence.trim())
        ? Number(stated.sequence)
        : NaN;
  const problems: string[] = [];
  if (stated.region !== source.region)
    problems.push(`region ${String(stated.region)}, the file name ${source.region}`);
  if (typeof stated.exportDate !== 'string' || !isIsoDate(stated.exportDate)) {
    problems.push(`export date ${String(stated.exportDate)} is not a date`);
  } else if (stated.exportDate !== source.exportDate) {
    problems.push(`export date ${stated.exportDate}, the file name ${source.exportDate}`);
  }
  if (!Number.isSafeInteger(sequence)) problems.push(`sequence ${String(stated.sequence)} is not a number`);
  else if (sequence !== source.sequence)
    problems.push(`sequence ${sequence}, the file name ${source.sequence}`);
  if (!exportKinds.includes(kind as ExportKind))
    problems.push(`kind ${String(stated.kind)} is not FULL or DELTA`);
  if (problems.length > 0)
    throw new ExportRefusedError(`${source.name}: the header says ${problems.join('; ')}`);
  return { region: source.region, exportDate: source.exportDate, sequence, kind: kind as ExportKind };
}

/** A count the trailer states, refused unless it is a whole number. */
export function statedCount(value: unknown, what: string): number {
  const count = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
    throw new ExportRefusedError(`the trailer's count of ${what} "${String(value)}" is not a number`);
  }
  return count;
}

export function isRecordType(name: string): name is RecordType {
  return (recordTypes as readonly string[]).includes(name);
}

/**
 * Runs a read, turning what breaks the container into a refusal of the whole export. A refusal already
 * made passes as it is.
 */
export async function refusingBroken<T>(what: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw asRefusal(what, error);
  }
}

export function asRefusal(what: string, error: unknown): ExportRefusedError {
  if (error instanceof ExportRefusedError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ExportRefusedError(`${what} cannot be read (truncated or corrupt): ${message}`);
}
