// `pnpm billing:import --json`, run as a user runs it: one JSON line per export, exit 1 when one was
// refused, and a second run over the same files changes nothing.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { migrate } from '@portal/db';
import { createScratchDatabase, type ScratchDatabase } from '@portal/db/testing';
import { writeExport, type ExportHeader } from '@portal/regional-import';
import { sampleRecords } from '@portal/regional-import/testing';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../../..');
let database: ScratchDatabase;
let folder: string;

function runCommand(...args: string[]): Promise<{ code: number | null; lines: unknown[] }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/cli/billing-import.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: database.databaseUrl, INIT_CWD: folder },
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((done) =>
    child.on('close', (code) =>
      done({
        code,
        lines: out
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as unknown),
      }),
    ),
  );
}

const header = (region: ExportHeader['region'], sequence: number): ExportHeader => ({
  region,
  sequence,
  kind: sequence === 1 ? 'FULL' : 'DELTA',
  exportDate: '2026-12-03',
});

beforeAll(async () => {
  database = await createScratchDatabase(inject('databaseMode'), inject('serverUrl'));
  await migrate(database.databaseUrl);
  folder = await mkdtemp(join(tmpdir(), 'portal-billing-import-'));
  await writeExport(folder, header('NI', 1), sampleRecords({ seed: 1, region: 'NI', customers: 2 }));
  await writeExport(folder, header('NS', 2), sampleRecords({ seed: 1, region: 'NS', customers: 2 }));
  await writeExport(folder, header('KG', 1), sampleRecords({ seed: 1, region: 'KG', customers: 2 }), {
    trailer: () => null,
  });
}, 60_000);

afterAll(async () => {
  await database?.drop();
  await rm(folder, { recursive: true, force: true });
});

it('prints one line per export and exits 1 when one was refused', async () => {
  const { code, lines } = await runCommand('--json', '.');
  expect(code).toBe(1);
  expect(lines).toEqual([
    expect.objectContaining({
      file: join(folder, 'KG_20261203_000001.xml'),
      region: 'KG',
      sequence: 1,
      status: 'refused',
    }),
    expect.objectContaining({ region: 'NI', sequence: 1, status: 'applied', quarantined: 0 }),
    expect.objectContaining({ region: 'NS', sequence: 2, status: 'waiting' }),
  ]);
  const fields = ['file', 'region', 'sequence', 'status', 'records', 'quarantined', 'reason'];
  for (const line of lines) expect(fields).toEqual(expect.arrayContaining(Object.keys(line as object)));
  const [refused, applied, waiting] = lines as { reason?: string; records: number }[];
  expect(refused!.reason).toMatch(/truncated|trailer/i);
  expect(applied!.records).toBeGreaterThan(10);
  expect(waiting!.reason).toBeTruthy();
}, 60_000);

it('answers already_applied for an export applied before, and exits 0', async () => {
  const { code, lines } = await runCommand('--json', 'NI_20261203_000001.jsonl.gz');
  expect(code).toBe(0);
  expect(lines).toEqual([expect.objectContaining({ region: 'NI', sequence: 1, status: 'already_applied' })]);
}, 60_000);
