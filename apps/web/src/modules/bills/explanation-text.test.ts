import { describe, expect, it } from 'vitest';
import { explanationKey } from './explanation-text.js';
import en from './messages.en.js';
import srCyrl from './messages.sr-Cyrl.js';

describe('the explanation of a bill field', () => {
  it('is the layout’s own where its legend has one, EPS’s otherwise', () => {
    expect(explanationKey('zones', 'ERS_BANDS')).toBe('layoutExplain.ERS_BANDS.zones');
    expect(explanationKey('dueDate', 'EPCG')).toBe('layoutExplain.EPCG.dueDate');
    expect(explanationKey('zones', 'EPS_HOUSEHOLD')).toBe('explain.zones');
    expect(explanationKey('edNumber', 'EPCG')).toBe('explain.edNumber');
    expect(explanationKey('zones', undefined)).toBe('explain.zones');
  });

  it('has the same fields in both catalogues, each one a field EPS explains too', () => {
    for (const layout of ['ERS_BANDS', 'EPCG'] as const) {
      const keys = Object.keys(en.layoutExplain[layout]).sort();
      expect(Object.keys(srCyrl.layoutExplain[layout]).sort()).toEqual(keys);
      for (const key of keys) expect(Object.hasOwn(en.explain, key)).toBe(true);
    }
  });
});
