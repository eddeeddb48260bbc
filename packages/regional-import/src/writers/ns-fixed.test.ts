import { readdir, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ExportRecord } from '../records.js';
import { knownHeader, knownRecords } from '../testing/known-records.js';
import { temporaryFolder } from '../testing/read-back.js';
import { nsLayouts } from './ns-fixed.js';
import { writeExport } from './write-export.js';

const pad = (text: string, width: number) => text.padEnd(width, ' ');

describe('ns-fixed writer', () => {
  it('writes ISO-8859-2 fixed-width lines with CRLF, a 00 header and a 99 trailer', async () => {
    const folder = await temporaryFolder();
    const { files } = await writeExport(folder, knownHeader('NS'), knownRecords);
    expect(files.map((f) => basename(f))).toEqual(['NS_20261203_000042.txt']);
    const bytes = await readFile(files[0]!);
    // ISO-8859-2: Đ is 0xD0, Š 0xA9 (Windows-1250 would have 0x8A).
    expect(bytes.includes(Buffer.from([0xa9, 0x6c, 0x6a]))).toBe(true);
    const lines = iconv.decode(bytes, 'iso-8859-2').split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe('00NS20261203000042DELTA');
    expect(lines[1]).toBe(
      '10K1          F' +
        pad('Đorđe "Đole" Šljivić & <sin>', 70) +
        '1503985710037' +
        ' '.repeat(17) +
        pad('Bulevar; 1 ulaz 2', 50) +
        '11000' +
        pad('Beograd', 30) +
        ' '.repeat(60) +
        pad('064 1234567', 20),
    );
    expect(lines[2]).toBe(
      '301234567890RSBGZ123456789012034567891H2000110400011043A' +
        ' '.repeat(8) +
        '10' +
        pad('Dunavska 5', 50) +
        '11000' +
        pad('Beograd', 30),
    );
    expect(lines[3]!.slice(0, 2)).toBe('50');
    expect(lines[3]!.slice(-16 * 8)).toBe(
      '+000000000329613+000000000030000+000000000359613+000000000000000' +
        '+000000000000000+000000000000000+000000000359613-000000000017981',
    );
    expect(lines[4]).toBe(
      '51' +
        pad('2611-1234567890', 20) +
        '001' +
        pad('EN_VT', 12) +
        pad('ENERGY', 32) +
        pad('Električna energija VT', 80) +
        pad('GREEN', 8) +
        pad('VT', 12) +
        '000000000300000' +
        pad('kWh', 12) +
        '000000010987100' +
        '+000000000329613' +
        '0',
    );
    expect(lines[7]).toBe(
      '60' +
        pad('P-2', 20) +
        '1234567890203456789120261205-000000000067474' +
        pad('BANK', 12) +
        ' '.repeat(25 + 70 + 20) +
        pad('P-0', 20),
    );
    expect(lines[8]).toBe(
      '99' +
        ['1', '0', '1', '0', '0', '0', '1', '2', '2', '0', '0'].map((n) => n.padStart(9, '0')).join('') +
        '+000000000359613+000000000292139',
    );
    // Every record line is exactly as wide as its layout; a bill without net metering ends before the
    // nine prosumer fields of 9 characters.
    for (const line of lines.slice(1, 8)) {
      const layout = Object.values(nsLayouts).find((l) => l.code === line.slice(0, 2))!;
      const prosumerFields = line.startsWith('50') ? 9 * 9 : 0;
      expect(line.length).toBe(2 + layout.fields.reduce((sum, [, width]) => sum + width, 0) - prosumerFields);
    }
  });

  it('moves the file in only once complete, and leaves nothing behind when writing fails', async () => {
    const folder = await temporaryFolder();
    const tooLong = { ...knownRecords[0]!, data: { ...knownRecords[0]!.data, city: 'x'.repeat(31) } };
    await expect(writeExport(folder, knownHeader('NS'), [tooLong as ExportRecord])).rejects.toThrow(
      /customer.city: "x+" does not fit 30 characters/,
    );
    expect(await readdir(folder)).toEqual([]);
  });

  it('leaves the trailer out on request, as a truncated export', async () => {
    const folder = await temporaryFolder();
    const { files } = await writeExport(folder, knownHeader('NS'), knownRecords, { trailer: () => null });
    const text = iconv.decode(await readFile(files[0]!), 'iso-8859-2');
    expect(text).not.toContain('\r\n99');
    expect(text.endsWith('P-0                 \r\n')).toBe(true);
  });
});
