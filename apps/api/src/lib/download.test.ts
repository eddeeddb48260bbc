import { describe, expect, it } from 'vitest';
import { attachment } from './download.js';

describe('attachment', () => {
  it('gives an ASCII name and the exact UTF-8 name', () => {
    expect(attachment('racun-2610.pdf')).toBe(
      `attachment; filename="racun-2610.pdf"; filename*=UTF-8''racun-2610.pdf`,
    );
    expect(attachment('рачун "1".pdf')).toBe(
      `attachment; filename="_____ '1'.pdf"; filename*=UTF-8''%D1%80%D0%B0%D1%87%D1%83%D0%BD%20%221%22.pdf`,
    );
  });
});
