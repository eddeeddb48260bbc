import { describe, expect, it } from 'vitest';
import { householdBill } from '../modules/bills/pdf/bill-fixtures.test-helpers.js';
import { ipsQrOptions, qrMatrix } from './ips-qr.js';

describe('the IPS QR matrix', () => {
  const payload = householdBill().payment!.ipsQrPayload!;

  it('uses error correction M with a 4-module quiet zone', () => {
    expect(ipsQrOptions).toEqual({ errorCorrectionLevel: 'M', quietZone: 4 });
  });

  it('is a square QR symbol with its three finder patterns', () => {
    const matrix = qrMatrix(payload);
    expect((matrix.size - 17) % 4).toBe(0);
    // the 7x7 finder patterns' dark outer rings at the top-left, top-right and bottom-left corners
    for (const [row, col] of [
      [0, 0],
      [0, matrix.size - 7],
      [matrix.size - 7, 0],
    ] as const) {
      for (let i = 0; i < 7; i++) {
        expect(matrix.isDark(row, col + i)).toBe(true);
        expect(matrix.isDark(row + 6, col + i)).toBe(true);
      }
    }
  });

  it('is the same matrix for the same payload', () => {
    const a = qrMatrix(payload);
    const b = qrMatrix(payload);
    const cells = (m: typeof a) =>
      Array.from({ length: m.size * m.size }, (_, i) => m.isDark(Math.floor(i / m.size), i % m.size));
    expect(cells(a)).toEqual(cells(b));
  });
});
