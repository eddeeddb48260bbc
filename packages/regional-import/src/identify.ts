// Recognises the regional exports among files on disk by their names alone (REGIONAL-EXPORTS.md part 2)
// and computes an export's SHA-256, the identity that makes applying it twice change nothing.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { isIsoDate } from '@portal/domain';
import { ExportRefusedError, type ExportFormat, type ExportSource } from './export-reader.js';
import { regionCodes, type RegionCode } from './records.js';

/** A KV export whose manifest has not arrived: still being written, the caller answers "waiting". */
export interface IncompleteExport extends ExportSource {
  /** the file it waits for (the manifest's name) */
  waitingFor: string;
}

export interface IdentifiedExports {
  /** complete exports, by region then sequence */
  exports: ExportSource[];
  /** KV exports without their manifest yet (`files` holds the data files seen so far) */
  incomplete: IncompleteExport[];
  /** files that are no export's (wrong name, a date that does not exist, a path that does not exist) */
  unrecognised: string[];
}

/** The single-file formats: region, format and how the name ends. */
const singleFile: { pattern: RegExp; region: RegionCode; format: ExportFormat }[] = [
  { pattern: /^BG_(\d{8})_(\d{6})\.zip$/, region: 'BG', format: 'bg-csv' },
  { pattern: /^NS_(\d{8})_(\d{6})\.txt$/, region: 'NS', format: 'ns-fixed' },
  { pattern: /^NI_(\d{8})_(\d{6})\.jsonl\.gz$/, region: 'NI', format: 'ni-jsonl' },
  { pattern: /^KG_(\d{8})_(\d{6})\.xml$/, region: 'KG', format: 'kg-xml' },
];

/** The KV data files' types, as their names spell them. */
export const kvFileTypes = [
  'customers',
  'accounts',
  'metering_points',
  'contracts',
  'meters',
  'readings',
  'bills',
  'bill_lines',
  'payments',
  'ledger_entries',
  'notices',
] as const;
const kvPattern = new RegExp(
  `^kv_(\\d{4}-\\d{2}-\\d{2})_(\\d{6})_(manifest\\.json|(?:${kvFileTypes.join('|')})\\.csv)$`,
);

/** Files and folders (a folder's files, not its sub-folders) into exports, waiting ones and the rest. */
export async function identifyExports(paths: string[]): Promise<IdentifiedExports> {
  const files = await listFiles(paths);
  const exports: ExportSource[] = [];
  const unrecognised: string[] = [...files.missing];
  // KV exports by folder and name stem: their files arrive one by one, the manifest last.
  const kvGroups = new Map<
    string,
    { exportDate: string; sequence: number; manifest?: string; data: string[] }
  >();

  for (const file of files.found) {
    const name = basename(file);
    const single = singleFile.find((candidate) => candidate.pattern.test(name));
    if (single) {
      const [, compact, seq] = single.pattern.exec(name)!;
      const exportDate = `${compact!.slice(0, 4)}-${compact!.slice(4, 6)}-${compact!.slice(6, 8)}`;
      if (!isIsoDate(exportDate)) unrecognised.push(file);
      else exports.push(source(single.format, single.region, exportDate, seq!, file, [file]));
      continue;
    }
    const kv = kvPattern.exec(name);
    if (!kv || !isIsoDate(kv[1]!)) {
      unrecognised.push(file);
      continue;
    }
    const key = join(dirname(file), `kv_${kv[1]}_${kv[2]}`);
    const group = kvGroups.get(key) ?? { exportDate: kv[1]!, sequence: Number(kv[2]), data: [] };
    kvGroups.set(key, group);
    if (kv[3] === 'manifest.json') group.manifest = file;
    else group.data.push(file);
  }

  const incomplete: IncompleteExport[] = [];
  for (const [stem, group] of kvGroups) {
    const seq = String(group.sequence).padStart(6, '0');
    if (!group.manifest) {
      const waitingFor = `${stem}_manifest.json`;
      const pending = source('kv-csv', 'KV', group.exportDate, seq, waitingFor, group.data);
      incomplete.push({ ...pending, waitingFor });
      continue;
    }
    const named = await manifestFiles(group.manifest);
    // A data file the manifest does not name is not part of the export; say so rather than drop it.
    unrecognised.push(...group.data.filter((file) => !named.includes(file)));
    exports.push(source('kv-csv', 'KV', group.exportDate, seq, group.manifest, [group.manifest, ...named]));
  }

  return { exports: exports.sort(byRegionAndSequence), incomplete, unrecognised };
}

/**
 * SHA-256 (hex) of an export's bytes: its file, or for KV the manifest then the files it names in
 * manifest order, one stream after the other (never the whole export in memory).
 */
export async function exportChecksum(source: Pick<ExportSource, 'files'>): Promise<string> {
  const hash = createHash('sha256');
  for (const file of source.files) {
    try {
      await pipeline(createReadStream(file), async (chunks: AsyncIterable<Buffer>) => {
        for await (const chunk of chunks) hash.update(chunk);
      });
    } catch (error) {
      // A KV manifest naming a file that never arrived: the export is incomplete, refused as a whole.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new ExportRefusedError(`${basename(file)} is missing`);
      }
      throw error;
    }
  }
  return hash.digest('hex');
}

function source(
  format: ExportFormat,
  region: RegionCode,
  exportDate: string,
  seq: string,
  name: string,
  files: string[],
): ExportSource {
  return { format, region, exportDate, sequence: Number(seq), name, files };
}

/**
 * The manifest's files, beside it, in its order. A manifest that cannot be read names nothing here:
 * the reader refuses it with the reason, which is where a refusal belongs (identify only names).
 */
async function manifestFiles(manifest: string): Promise<string[]> {
  try {
    const parsed: unknown = JSON.parse(await readFile(manifest, 'utf8'));
    const entries = (parsed as { files?: unknown }).files;
    if (!Array.isArray(entries)) return [];
    return entries
      .map((entry) => (entry as { name?: unknown }).name)
      .filter((name): name is string => typeof name === 'string' && name === basename(name))
      .map((name) => join(dirname(manifest), name));
  } catch {
    return [];
  }
}

async function listFiles(paths: string[]): Promise<{ found: string[]; missing: string[] }> {
  const found = new Set<string>();
  const missing: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) missing.push(path);
    else if (info.isFile()) found.add(resolve(path));
    else if (info.isDirectory()) {
      for (const entry of await readdir(path, { withFileTypes: true })) {
        if (entry.isFile()) found.add(resolve(path, entry.name));
      }
    }
  }
  return { found: [...found].sort(), missing };
}

function byRegionAndSequence(a: ExportSource, b: ExportSource): number {
  return (
    regionCodes.indexOf(a.region) - regionCodes.indexOf(b.region) ||
    a.sequence - b.sequence ||
    a.name.localeCompare(b.name)
  );
}
