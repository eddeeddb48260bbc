import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { kindOf } from '../canonical.js';
import { ExportRefusedError, type ExportSource } from '../export-reader.js';
import { parseRecord } from '../records.js';
import { niJsonlReader } from './ni-jsonl.js';
import {
  badReasons,
  badSamples,
  readAll,
  samples,
  sampleTrailer,
  trailerCheck,
  useTempDir,
  type Sample,
} from './test-fixtures.js';

const dir = useTempDir();

/** A sample as NI writes it: money in para, ints and flags as JSON numbers and booleans. */
function niObject({ type, values }: Sample): Record<string, unknown> {
  const object: Record<string, unknown> = { rec: type };
  for (const [name, value] of Object.entries(values)) {
    const kind = kindOf(type, name);
    object[name] =
      kind === 'money'
        ? Number(value.replace('.', ''))
        : kind === 'int'
          ? Number(value)
          : kind === 'flag'
            ? value === 'true'
            : value;
  }
  return object;
}

/** The samples as NI lines: the bill carries its lines, without their bill number. */
function niLines(records: Sample[] = samples): string[] {
  const lines: Record<string, unknown>[] = [];
  for (const sample of records) {
    if (sample.type !== 'billLine') {
      lines.push(niObject(sample));
      continue;
    }
    const { rec: _rec, billNumber: _bill, ...line } = niObject(sample);
    const bill = lines.findLast((object) => object.rec === 'bill')!;
    bill.lines = [...((bill.lines as unknown[]) ?? []), line];
  }
  return lines.map((object) => JSON.stringify(object));
}

const header = JSON.stringify({
  rec: 'header',
  region: 'NI',
  exportDate: '2026-12-03',
  sequence: 42,
  kind: 'FULL',
});
const trailerLine = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    rec: 'trailer',
    counts: sampleTrailer.counts,
    sumBills: 327039,
    sumPayments: 332526,
    ...over,
  });

async function writeNi(lines: string[], cut = 0): Promise<ExportSource> {
  const path = join(dir(), 'NI_20261203_000042.jsonl.gz');
  const gz = gzipSync(Buffer.from(lines.map((line) => `${line}\n`).join('')));
  await writeFile(path, gz.subarray(0, gz.length - cut));
  return {
    format: 'ni-jsonl',
    region: 'NI',
    exportDate: '2026-12-03',
    sequence: 42,
    name: path,
    files: [path],
  };
}

describe('ni-jsonl reader', () => {
  it('reads para as RSD and yields a bill then its nested lines with the bill number filled in', async () => {
    const reader = niJsonlReader(await writeNi([header, ...niLines(), trailerLine()]));

    expect(await reader.header()).toEqual({
      region: 'NI',
      exportDate: '2026-12-03',
      sequence: 42,
      kind: 'FULL',
    });
    const { records, trailer } = await readAll(reader);
    expect(records.map(({ type, values }) => ({ type, values }))).toEqual(samples);
    expect(records.every((record) => parseRecord(record).ok)).toBe(true);
    expect(records.filter((r) => r.type === 'billLine').map((r) => r.position)).toEqual([5, 5]);
    expect(records.find((r) => r.type === 'billLine')!.raw).not.toContain('billNumber');
    expect(trailer).toEqual(sampleTrailer);
    expect(trailerCheck(records, trailer)).toBeNull();
  });

  it('takes a missing key and null alike as absent, and names para that are not whole', async () => {
    const payment = { rec: 'payment', paymentId: 'U-9', payerName: null, amount: 12.5, reference: '97' };
    const { records } = await readAll(
      niJsonlReader(await writeNi([header, JSON.stringify(payment), trailerLine()])),
    );
    expect(records[0]!.values).toEqual({ paymentId: 'U-9', amount: '12.5 para', reference: '97' });
    expect(parseRecord(records[0]!)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('amount: an amount in RSD'),
    });
  });

  it('yields a line that is not JSON for quarantine, counted under no type', async () => {
    const { records, trailer } = await readAll(
      niJsonlReader(await writeNi([header, '{"rec":"customer",', ...niLines(), trailerLine()])),
    );
    expect(records[0]).toMatchObject({
      type: 'unknown',
      position: 2,
      raw: '{"rec":"customer",',
      problem: expect.stringMatching(/^not JSON/),
    });
    expect(trailerCheck(records, trailer)).toBeNull();
  });

  it('carries bad values through to parseRecord’s reasons', async () => {
    const { records } = await readAll(
      niJsonlReader(await writeNi([header, ...niLines(badSamples), trailerLine()])),
    );
    expect(records.map((record) => parseRecord(record))).toEqual(
      badReasons.map((reason) => ({ ok: false, reason })),
    );
  });

  it('refuses a bad count or sum through the check, and a missing trailer or a cut gzip outright', async () => {
    const lines = [header, ...niLines()];
    const counted = await readAll(
      niJsonlReader(
        await writeNi([...lines, trailerLine({ counts: { ...sampleTrailer.counts, billLine: 3 } })]),
      ),
    );
    expect(trailerCheck(counted.records, counted.trailer)).toBe('billLine count 2 but trailer says 3');
    const summed = await readAll(niJsonlReader(await writeNi([...lines, trailerLine({ sumBills: 327038 })])));
    expect(trailerCheck(summed.records, summed.trailer)).toBe('bill sum 3270.39 but trailer says 3270.38');

    await expect(readAll(niJsonlReader(await writeNi(lines)))).rejects.toThrow(
      /does not end with its trailer/,
    );
    await expect(readAll(niJsonlReader(await writeNi([...lines, trailerLine()], 12)))).rejects.toThrow(
      ExportRefusedError,
    );
    const otherRegion = header.replace('"NI"', '"NS"');
    await expect(niJsonlReader(await writeNi([otherRegion, trailerLine()])).header()).rejects.toThrow(
      /region NS/,
    );
  });
});
