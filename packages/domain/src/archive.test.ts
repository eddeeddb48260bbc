import { describe, expect, it } from 'vitest';
import { archiveStart, archiveWindow } from './archive.js';

describe('archiveStart', () => {
  it('is the first of the month three years back', () => {
    const starts = { '2026-11-30': '2023-11-01', '2026-01-05': '2023-01-01', '2028-02-29': '2025-02-01' };
    for (const [today, start] of Object.entries(starts)) expect(archiveStart(today)).toBe(start);
  });

  it('spans 36 months', () => {
    expect(archiveWindow.months).toBe(archiveWindow.years * 12);
  });
});
