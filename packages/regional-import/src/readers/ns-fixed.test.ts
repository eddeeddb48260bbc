import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { kindOf } from '../canonical.js';
import { ExportRefusedError, type ExportSource } from '../export-reader.js';
import { parseRecord, recordFields, recordTypes, type RecordType } from '../records.js';
import { layouts, nsFixedReader } from './ns-fixed.js';
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
const codeOf = Object.fromEntries(Object.entries(layouts).map(([code, { type }]) => [type, code])) as Record<
  RecordType,
  string
>;

/** 16 characters: sign and 15 digits of para. */
const nsMoney = (value: string) => {
  const para = BigInt(value.replace('.', ''));
  return `${para < 0n ? '-' : '+'}${(para < 0n ? -para : para).toString().padStart(15, '0')}`;
};

/** One record as NS writes it: text padded right, numbers with zeros left, absent all spaces. */
function nsLine({ type, values }: Sample): string {
  const { widths } = layouts[codeOf[type]]!;
  const fields = recordFields[type].map((name, index) => {
    const width = widths[index]!;
    const value = values[name];
    if (value === undefined) return ' '.repeat(width);
    const kind = kindOf(type, name);
    if (kind === 'date') return value.replaceAll('-', '');
    if (kind === 'money') return nsMoney(value);
    if (kind === 'flag') return value === 'true' ? '1' : '0';
    if (kind === 'int' || typeof kind === 'object') return value.replace('.', '').padStart(width, '0');
    return value.padEnd(width, ' ');
  });
  return codeOf[type] + fields.join('');
}

const header = '00NS20261203000042DELTA';
function trailerLine(counts = sampleTrailer.counts, sums = ['3270.39', '3325.26']) {
  return `99${recordTypes.map((type) => String(counts[type] ?? 0).padStart(9, '0')).join('')}${sums.map(nsMoney).join('')}`;
}

async function writeNs(lines: string[]): Promise<ExportSource> {
  const path = join(dir(), 'NS_20261203_000042.txt');
  await writeFile(path, iconv.encode(lines.map((line) => `${line}\r\n`).join(''), 'iso-8859-2'));
  return {
    format: 'ns-fixed',
    region: 'NS',
    exportDate: '2026-12-03',
    sequence: 42,
    name: path,
    files: [path],
  };
}

describe('ns-fixed reader', () => {
  it('reads ISO-8859-2, implied decimals, signed money and all-spaces absent values', async () => {
    const source = await writeNs([header, ...samples.map(nsLine), trailerLine()]);
    expect((await readFile(source.files[0]!)).includes(0xb9)).toBe(true); // š in ISO-8859-2
    const reader = nsFixedReader(source);

    expect(await reader.header()).toEqual({
      region: 'NS',
      exportDate: '2026-12-03',
      sequence: 42,
      kind: 'DELTA',
    });
    const { records, trailer } = await readAll(reader);
    expect(records.map(({ type, values }) => ({ type, values }))).toEqual(samples);
    expect(records.every((record) => parseRecord(record).ok)).toBe(true);
    expect(records[0]).toMatchObject({ position: 2 });
    expect(trailer).toEqual({
      ...sampleTrailer,
      counts: { ...Object.fromEntries(recordTypes.map((t) => [t, 0])), ...sampleTrailer.counts },
    });
    expect(trailerCheck(records, trailer)).toBeNull();
  });

  it('slices by the contract’s widths (a line written by hand)', async () => {
    const account = '20' + '0012345678' + 'K-000001    ' + '            ';
    const { records } = await readAll(
      nsFixedReader(await writeNs([header, account, trailerLine({ account: 1 }, ['0', '0'])])),
    );
    expect(records[0]!.values).toEqual({ accountNumber: '0012345678', customerId: 'K-000001' });
  });

  it('yields a wrong-length line and an unknown type for quarantine; only the known type counts', async () => {
    const bill = nsLine(samples[3]!);
    const lines = [
      header,
      bill.slice(0, -1),
      `77${'x'.repeat(40)}`,
      trailerLine({ bill: 1 }, ['3270.39', '0']),
    ];
    const { records, trailer } = await readAll(nsFixedReader(await writeNs(lines)));
    expect(records[0]).toMatchObject({
      type: 'bill',
      values: {},
      position: 2,
      problem: `${bill.length - 1} characters where a 50 record has ${bill.length}`,
    });
    expect(records[1]).toMatchObject({ type: 'unknown', position: 3, problem: 'unknown record type "77"' });
    expect(parseRecord(records[1]!)).toEqual({ ok: false, reason: 'unknown record type "77"' });
    // the bill counts but its total cannot be read: the sums cannot agree
    expect(trailerCheck(records, trailer)).toMatch(/totalToPay is missing/);
  });

  it('carries bad values through to parseRecord’s reasons', async () => {
    const counts = { customer: 1, bill: 1, payment: 1 };
    const { records } = await readAll(
      nsFixedReader(await writeNs([header, ...badSamples.map(nsLine), trailerLine(counts)])),
    );
    expect(records.map((record) => parseRecord(record))).toEqual(
      badReasons.map((reason) => ({ ok: false, reason })),
    );
  });

  it('refuses a bad trailer count and sum, a missing trailer, and a header that contradicts the name', async () => {
    const counted = await readAll(
      nsFixedReader(
        await writeNs([header, ...samples.map(nsLine), trailerLine({ ...sampleTrailer.counts, payment: 3 })]),
      ),
    );
    expect(trailerCheck(counted.records, counted.trailer)).toBe('payment count 2 but trailer says 3');
    const summed = await readAll(
      nsFixedReader(
        await writeNs([
          header,
          ...samples.map(nsLine),
          trailerLine(sampleTrailer.counts, ['3270.39', '3325.25']),
        ]),
      ),
    );
    expect(trailerCheck(summed.records, summed.trailer)).toBe('payment sum 3325.26 but trailer says 3325.25');

    await expect(readAll(nsFixedReader(await writeNs([header, ...samples.map(nsLine)])))).rejects.toThrow(
      /no 99 trailer/,
    );
    const other = await writeNs(['00NS20261203000041DELTA', trailerLine({}, ['0', '0'])]);
    await expect(readAll(nsFixedReader(other))).rejects.toThrow(ExportRefusedError);
    await expect(nsFixedReader(other).header()).rejects.toThrow(/sequence 41, the file name 42/);
  });
});
