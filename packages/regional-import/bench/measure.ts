// Generates an export into a temporary folder, reads it through a reader with the control totals, and
// prints the file size, records per second and the peak RSS; the file is deleted afterwards.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addToTotals, checkTrailer, emptyTotals } from '../src/control-totals.js';
import type { ExportReader } from '../src/export-reader.js';

export async function measure(
  name: string,
  generate: (path: string) => Promise<unknown>,
  open: (path: string) => ExportReader,
): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'regional-bench-'));
  const path = join(dir, name);
  try {
    await generate(path);
    // every file of the export (KV: the data files and the manifest)
    const sizes = await Promise.all(
      (await readdir(dir)).map(async (file) => (await stat(join(dir, file))).size),
    );
    const size = sizes.reduce((sum, bytes) => sum + bytes, 0) / 1024 / 1024;
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const totals = emptyTotals();
    const started = performance.now();
    const records = open(path).records();
    let rows = 0;
    let next = await records.next();
    for (; !next.done; next = await records.next()) {
      rows += 1;
      addToTotals(totals, next.value);
    }
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
    console.log(`${name}: ${size.toFixed(1)} MB, ${rows} records in ${seconds.toFixed(1)} s`);
    console.log(`${Math.round(rows / seconds)} records/s, ${(size / seconds).toFixed(1)} MB/s`);
    console.log(`RSS before reading ${mb(before)}, peak ${mb(peak)}`);
    console.log(`trailer check: ${checkTrailer(totals, next.value) ?? 'agrees'}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
