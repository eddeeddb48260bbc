import { describe, expect, it } from 'vitest';
import { zipFiles } from './zip.js';

describe('zipFiles', () => {
  it('writes a zip holding every entry, the same bytes for the same entries', async () => {
    const entries = [
      {
        name: 'racun-2511.pdf',
        data: Buffer.from('%PDF-1.7 first'),
        modified: new Date('2025-12-04T00:00:00Z'),
      },
      {
        name: 'racun-2512.pdf',
        data: Buffer.from('%PDF-1.7 second'),
        modified: new Date('2026-01-04T00:00:00Z'),
      },
    ];
    const zip = await zipFiles(entries);
    expect(zip.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    const text = zip.toString('latin1');
    for (const entry of entries) {
      expect(text).toContain(entry.name);
      // stored, not deflated: the data is there as it is
      expect(text).toContain(entry.data.toString('latin1'));
    }
    expect((await zipFiles(entries)).equals(zip)).toBe(true);
  });
});
