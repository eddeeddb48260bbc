import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { knownHeader, knownRecords } from '../testing/known-records.js';
import { temporaryFolder } from '../testing/read-back.js';
import { writeExport } from './write-export.js';

describe('ni-jsonl writer', () => {
  it('writes gzipped JSON Lines: header first, bills with nested lines, money in para, trailer last', async () => {
    const folder = await temporaryFolder();
    const { files } = await writeExport(folder, knownHeader('NI'), knownRecords);
    expect(files.map((f) => basename(f))).toEqual(['NI_20261203_000042.jsonl.gz']);
    const text = gunzipSync(await readFile(files[0]!)).toString('utf8');
    expect(text.endsWith('}\n')).toBe(true);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe(
      '{"rec":"header","region":"NI","exportDate":"2026-12-03","sequence":42,"kind":"DELTA"}',
    );
    // UTF-8 as it stands: Cyrillic and the line break of the address inside the JSON string.
    expect(lines[1]).toBe(
      '{"rec":"customer","customerId":"K1","personType":"F","name":"Ђорђе \\"Ђоле\\" Шљивић & <син>",' +
        '"jmbg":"1503985710037","street":"Булевар; 1\\r\\nулаз 2","postalCode":"11000","city":"Beograd","phone":"064 1234567"}',
    );
    const point = JSON.parse(lines[2]!);
    expect(point).toMatchObject({ approvedPowerKw: '11.04', phases: '3', rateType: '2', tvFee: true });
    const bill = JSON.parse(lines[3]!);
    expect(bill).toMatchObject({
      rec: 'bill',
      totalToPay: 359613,
      tvFee: 30000,
      previousDebt: 0,
      discountOffer: -17981,
      days: 30,
    });
    expect(bill.lines).toEqual([
      {
        position: 1,
        code: 'EN_VT',
        kind: 'ENERGY',
        description: 'Električna energija VT',
        zone: 'GREEN',
        register: 'VT',
        quantity: '300',
        unit: 'kWh',
        unitPrice: '10.98710',
        amount: 329613,
        subtotal: false,
      },
      {
        position: 2,
        code: 'RTV',
        kind: 'TV_FEE',
        description: 'Taksa za javni medijski servis',
        amount: 30000,
        subtotal: false,
      },
    ]);
    expect(JSON.parse(lines[4]!)).not.toHaveProperty('reverses');
    expect(JSON.parse(lines[5]!)).toMatchObject({ amount: -67474, reverses: 'P-0' });
    expect(JSON.parse(lines[6]!)).toEqual({
      rec: 'trailer',
      counts: { customer: 1, meteringPoint: 1, bill: 1, billLine: 2, payment: 2 },
      sumBills: 359613,
      sumPayments: 292139,
    });
  });

  it('refuses a bill line that does not follow its bill', async () => {
    const folder = await temporaryFolder();
    const orphan = knownRecords.filter((r) => r.type !== 'bill');
    await expect(writeExport(folder, knownHeader('NI'), orphan)).rejects.toThrow(/does not follow its bill/);
  });
});
