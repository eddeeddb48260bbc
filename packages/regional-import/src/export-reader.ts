// What every format's reader offers, so that the command, the job and the writer never ask which
// format an export is in.
import type { ExportHeader, ExportTrailer, RawRecord, RegionCode } from './records.js';

export const exportFormats = ['bg-csv', 'ns-fixed', 'ni-jsonl', 'kg-xml', 'kv-csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The format each region's billing system writes (region.billing_system holds the same code). */
export const formatOfRegion: Record<RegionCode, ExportFormat> = {
  BG: 'bg-csv',
  NS: 'ns-fixed',
  NI: 'ni-jsonl',
  KG: 'kg-xml',
  KV: 'kv-csv',
};

/** One export found on disk, named by its file name(s) before a byte of it is read. */
export interface ExportSource {
  format: ExportFormat;
  region: RegionCode;
  /** from the file name: YYYY-MM-DD */
  exportDate: string;
  /** from the file name */
  sequence: number;
  /** a name to show and record: the file, or for KV the manifest */
  name: string;
  /** every file the export is made of (KV: the manifest and the files it names), for the checksum */
  files: readonly string[];
}

/** Refusal of a whole export: a missing or disagreeing trailer, an unreadable container, a header that
 * contradicts the file name. Nothing of such an export is applied. */
export class ExportRefusedError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ExportRefusedError';
  }
}

/** A reader of one export. Streams: memory stays bounded whatever the export's size. */
export interface ExportReader {
  /** the header, read without reading the whole export */
  header(): Promise<ExportHeader>;
  /**
   * Every data record, in file order (bill lines right after their bill where the format nests them),
   * then the trailer as the export states it. Throws ExportRefusedError when the container or trailer
   * is missing or unreadable; a record that cannot be read is yielded all the same, for quarantine.
   */
  records(): AsyncGenerator<RawRecord, ExportTrailer, void>;
}
