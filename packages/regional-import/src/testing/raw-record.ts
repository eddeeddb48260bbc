// A typed record back in the canonical syntax a reader yields (RawRecord), for tests that check records
// with parseRecord as the import will.
import type { ExportRecord, RawRecord } from '../records.js';

export function toRawRecord(record: ExportRecord, position = 1): RawRecord {
  const values = Object.fromEntries(
    Object.entries(record.data).map(([name, value]) => [
      name,
      value === undefined ? undefined : String(value),
    ]),
  );
  return { type: record.type, values, raw: JSON.stringify(record.data), position };
}
