// One entry point for the five writers: an export's records go to files in the region's format, named as
// the contract says, with the trailer computed from the records as they pass.
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { formatOfRegion, type ExportFormat } from '../export-reader.js';
import type { ExportHeader, ExportRecord, ExportTrailer } from '../records.js';
import { writeBgCsv } from './bg-csv.js';
import { writeKgXml } from './kg-xml.js';
import { writeKvCsv } from './kv-csv.js';
import { writeNiJsonl } from './ni-jsonl.js';
import { writeNsFixed } from './ns-fixed.js';
import type { FormatWriter } from './format-writer.js';
import { TrailerTally } from './trailer.js';

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
  // Written aside and moved in when complete, one file after the other in the order written (KV: the
  // manifest last): an importer watching the folder never sees half a file, which it would refuse.
  const staging = await mkdtemp(join(folder, '.writing-'));
  try {
    const written = await writer({ folder: staging, header, trailer: stated }, counted());
    const files: string[] = [];
    for (const path of written) {
      files.push(join(folder, basename(path)));
      await rename(path, files.at(-1)!);
    }
    return { files, trailer: tally.trailer() };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
