import { describe, expect, it } from 'vitest';
import { epsHouseholdTariffs } from './eps-tariffs.js';
import { epsTariffFromRates, epsTariffRates } from './tariff-rates.js';

describe('tariff rate rows', () => {
  it('round-trip every shipped EPS tariff, also through numeric(14,6) formatting', () => {
    for (const tariff of epsHouseholdTariffs) {
      const rows = epsTariffRates(tariff).map((r) => ({ ...r, value: Number(r.value).toFixed(6) }));
      expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
      expect(epsTariffFromRates(tariff, rows)).toEqual(tariff);
    }
  });

  it('names a missing rate', () => {
    const [tariff] = epsHouseholdTariffs;
    const rows = epsTariffRates(tariff!).filter((r) => r.key !== 'vat_rate');
    expect(() => epsTariffFromRates(tariff!, rows)).toThrow(/vat_rate/);
  });
});
