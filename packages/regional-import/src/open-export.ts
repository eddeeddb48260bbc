// The one place that picks a reader by format, so that callers never ask which format an export is in.
import type { ExportFormat, ExportReader, ExportSource } from './export-reader.js';
import { bgCsvReader } from './readers/bg-csv.js';
import { kgXmlReader } from './readers/kg-xml.js';
import { kvCsvReader } from './readers/kv-csv.js';
import { niJsonlReader } from './readers/ni-jsonl.js';
import { nsFixedReader } from './readers/ns-fixed.js';

const readers: Record<ExportFormat, (source: ExportSource) => ExportReader> = {
  'bg-csv': bgCsvReader,
  'ns-fixed': nsFixedReader,
  'ni-jsonl': niJsonlReader,
  'kg-xml': kgXmlReader,
  'kv-csv': kvCsvReader,
};

/** A reader of the export; nothing is read until its header() or records() is called. */
export function openExport(source: ExportSource): ExportReader {
  // an IncompleteExport is shaped like a source; reading it would refuse an export that only waits
  if ('waitingFor' in source) throw new Error(`${source.name} is still being written: wait for its manifest`);
  return readers[source.format](source);
}
