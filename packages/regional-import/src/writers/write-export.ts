// One entry point for the five writers: an export's records go to files in the region's format, named as
// the contract says, with the trailer computed from the records as they pass.
import { mkdir } from 'node:fs/promises';
import { formatOfRegion, type ExportFormat } from '../export-reader.js';
import type { ExportHeader, ExportRecord, ExportTrailer } from '../records.js';
import { writeBgCsv } from './bg-csv.js';
import { writeKgXml } from './kg-xml.js';
import { writeKvCsv } from './kv-csv.js';
import { writeNiJsonl } from './ni-jsonl.js';
import { writeNsFixed } from './ns-fixed.js';
import { TrailerTally, type FormatWriter } from './trailer.js';

export const formatWriters: Record<ExportFormat, FormatWriter> = {
  'bg-csv': writeBgCsv,
  'ns-fixed': writeNsFixed,
  'ni-jsonl': writeNiJsonl,
  'kg-xml': writeKgXml,
  'kv-csv': writeKvCsv,
};

export interface WriteExportOptions {
  /** default: the region's own format */
  format?: ExportFormat;
  /**
   * For tests of refusal: the trailer to state instead of the true one (given the true one), or null
   * to leave the trailer out, as a truncated export would.
   */
  trailer?: (computed: ExportTrailer) => ExportTrailer | null;
}

export interface WrittenExport {
  /** the files written, in the order written (KV: the manifest last) */
  files: string[];
  /** the true trailer of the records written */
  trailer: ExportTrailer;
}

export async function writeExport(
  folder: string,
  header: ExportHeader,
  records: AsyncIterable<ExportRecord> | Iterable<ExportRecord>,
  options: WriteExportOptions = {},
): Promise<WrittenExport> {
  await mkdir(folder, { recursive: true });
  const tally = new TrailerTally();
  async function* counted() {
    for await (const record of records) {
      tally.add(record);
      yield record;
    }
  }
  const stated = () => (options.trailer ?? ((computed) => computed))(tally.trailer());
  const writer = formatWriters[options.format ?? formatOfRegion[header.region]];
  const files = await writer({ folder, header, trailer: stated }, counted());
  return { files, trailer: tally.trailer() };
}
