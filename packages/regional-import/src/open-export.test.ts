import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { identifyExports } from './identify.js';
import { openExport } from './open-export.js';
import { useTempDir } from './readers/test-fixtures.js';

const dir = useTempDir();

describe('openExport', () => {
  it('reads each identified export with its format’s reader and will not read one still being written', async () => {
    const header = { rec: 'header', region: 'NI', exportDate: '2026-12-03', sequence: 7, kind: 'DELTA' };
    await writeFile(join(dir(), 'NI_20261203_000007.jsonl.gz'), gzipSync(`${JSON.stringify(header)}\n`));
    await writeFile(join(dir(), 'NS_20261203_000003.txt'), '00NS20261203000003FULL \r\n');
    await writeFile(join(dir(), 'kv_2026-12-03_000001_bills.csv'), '');

    const { exports, incomplete } = await identifyExports([dir()]);

    expect(await Promise.all(exports.map((source) => openExport(source).header()))).toEqual([
      { region: 'NS', exportDate: '2026-12-03', sequence: 3, kind: 'FULL' },
      { region: 'NI', exportDate: '2026-12-03', sequence: 7, kind: 'DELTA' },
    ]);
    expect(() => openExport(incomplete[0]!)).toThrow(/still being written/);
  });
});
