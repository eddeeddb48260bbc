import { describe, expect, it } from 'vitest';
import { archiveStart, archiveWindow } from './archive.js';

describe('archiveStart', () => {
  it('is the first of the month three years back', () => {
    expect(archiveStart('2026-11-30')).toBe('2023-11-01');
    expect(archiveStart('2026-01-05')).toBe('2023-01-01');
    expect(archiveStart('2028-02-29')).toBe('2025-02-01');
  });

  it('spans 36 months', () => {
    expect(archiveWindow.months).toBe(archiveWindow.years * 12);
  });
});
