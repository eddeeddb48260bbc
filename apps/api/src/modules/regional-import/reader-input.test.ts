import type { ExportTrailer, RawRecord } from '@portal/regional-import';
import { describe, expect, it } from 'vitest';
import { readerInput } from './reader-input.js';

const raw = (type: RawRecord['type'], values: Record<string, string>): RawRecord => ({
  type,
  values,
  raw: '',
  position: 1,
});
const records = [
  raw('bill', { totalToPay: '3349.00' }),
  raw('billLine', {}),
  raw('payment', { amount: '1000.50' }),
  raw('payment', { amount: '-200' }),
];

async function* reader(trailer: ExportTrailer | undefined): AsyncGenerator<RawRecord, ExportTrailer, void> {
  yield* records;
  return trailer as ExportTrailer;
}

async function readAll(trailer: ExportTrailer | undefined) {
  const input = readerInput(reader(trailer));
  const read: RawRecord[] = [];
  for await (const record of input.records) read.push(record);
  expect(read).toHaveLength(4);
  return input.trailerCheck();
}

const agreeing: ExportTrailer = {
  counts: { bill: 1, billLine: 1, payment: 2 },
  sumBills: '3349.00',
  sumPayments: '800.50',
};

describe('the trailer against what was read', () => {
  it('agrees when counts and sums match', async () => {
    expect(await readAll(agreeing)).toBeNull();
  });

  it('names a count or a sum that disagrees, and a missing trailer', async () => {
    expect(await readAll({ ...agreeing, counts: { bill: 1, billLine: 2, payment: 2 } })).toBe(
      'the trailer counts 2 billLine records, the export holds 1',
    );
    expect(await readAll({ ...agreeing, sumPayments: '1000.50' })).toBe(
      'the trailer sums payments to 1000.50, the export to 800.50',
    );
    expect(await readAll(undefined)).toBe('the export ended without its trailer');
  });
});
