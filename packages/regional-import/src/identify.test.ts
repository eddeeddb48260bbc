import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportRefusedError } from './export-reader.js';
import { exportChecksum, identifyExports } from './identify.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'identify-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const put = (name: string, content = name) => writeFile(join(dir, name), content);
const manifest = (files: string[]) =>
  JSON.stringify({ files: files.map((name) => ({ name, type: 'x', records: 0 })) });

describe('identifyExports', () => {
  it('recognises the five formats by file name, in region then sequence order', async () => {
    await put('NS_20261203_000007.txt');
    await put('BG_20261203_000042.zip');
    await put('BG_20261202_000041.zip');
    await put('NI_20261203_000003.jsonl.gz');
    await put('KG_20261203_000042.xml');
    await put('kv_2026-12-03_000005_bills.csv');
    await put('kv_2026-12-03_000005_customers.csv');
    await put(
      'kv_2026-12-03_000005_manifest.json',
      manifest(['kv_2026-12-03_000005_customers.csv', 'kv_2026-12-03_000005_bills.csv']),
    );
    await put('readme.txt');
    await put('BG_20260231_000001.zip'); // 31 February: no export's name

    const found = await identifyExports([dir]);

    expect(found.exports.map((e) => [e.region, e.format, e.exportDate, e.sequence])).toEqual([
      ['BG', 'bg-csv', '2026-12-02', 41],
      ['BG', 'bg-csv', '2026-12-03', 42],
      ['NS', 'ns-fixed', '2026-12-03', 7],
      ['NI', 'ni-jsonl', '2026-12-03', 3],
      ['KG', 'kg-xml', '2026-12-03', 42],
      ['KV', 'kv-csv', '2026-12-03', 5],
    ]);
    const kv = found.exports.at(-1)!;
    // manifest first, then the files in manifest order (the checksum's order)
    expect(kv.files.map((file) => file.slice(dir.length + 1))).toEqual([
      'kv_2026-12-03_000005_manifest.json',
      'kv_2026-12-03_000005_customers.csv',
      'kv_2026-12-03_000005_bills.csv',
    ]);
    expect(kv.name).toBe(join(dir, 'kv_2026-12-03_000005_manifest.json'));
    expect(found.unrecognised.sort()).toEqual([join(dir, 'BG_20260231_000001.zip'), join(dir, 'readme.txt')]);
    expect(found.incomplete).toEqual([]);
  });

  it('reports KV files without a manifest as waiting, not as an export', async () => {
    await put('kv_2026-12-04_000006_customers.csv');
    await put('kv_2026-12-04_000006_bills.csv');

    const found = await identifyExports([join(dir, 'kv_2026-12-04_000006_customers.csv'), dir]);

    expect(found.exports).toEqual([]);
    expect(found.incomplete).toHaveLength(1);
    expect(found.incomplete[0]).toMatchObject({ region: 'KV', sequence: 6, exportDate: '2026-12-04' });
    expect(found.incomplete[0]!.waitingFor).toBe(join(dir, 'kv_2026-12-04_000006_manifest.json'));
    expect(found.incomplete[0]!.files).toHaveLength(2); // the file given twice counts once
  });

  it('does not descend into sub-folders and reports paths that do not exist', async () => {
    await mkdir(join(dir, 'old'));
    await writeFile(join(dir, 'old', 'BG_20261201_000040.zip'), 'x');

    const found = await identifyExports([dir, join(dir, 'nowhere')]);

    expect(found.exports).toEqual([]);
    expect(found.unrecognised).toEqual([join(dir, 'nowhere')]);
  });
});

describe('exportChecksum', () => {
  it('is the SHA-256 of the bytes, for KV the manifest then its files in manifest order', async () => {
    await put('kv_2026-12-03_000005_bills.csv', 'B');
    await put('kv_2026-12-03_000005_customers.csv', 'C');
    const text = manifest(['kv_2026-12-03_000005_customers.csv', 'kv_2026-12-03_000005_bills.csv']);
    await put('kv_2026-12-03_000005_manifest.json', text);

    const [kv] = (await identifyExports([dir])).exports;

    const expected = createHash('sha256').update(`${text}CB`).digest('hex');
    expect(await exportChecksum(kv!)).toBe(expected);
  });

  it('refuses an export whose manifest names a file that is not there', async () => {
    await put('kv_2026-12-03_000005_manifest.json', manifest(['kv_2026-12-03_000005_bills.csv']));

    const [kv] = (await identifyExports([dir])).exports;

    await expect(exportChecksum(kv!)).rejects.toThrow(ExportRefusedError);
  });
});
