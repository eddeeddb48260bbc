// EPS business prices on guaranteed supply: "široka potrošnja" (small businesses on 0.4 kV, seeds/001's
// second layout) and "potrošnja na niskom naponu" (customers with power metering, the third layout).
import { epsHouseholdTariffs } from './eps-tariffs.js';
import type { EpsCommercialTariff, EpsPowerMeteringTariff } from './types.js';

/**
 * The Odluka o regulisanoj ceni (Sl. glasnik RS 76/2025) prices "široka potrošnja" with the same zones,
 * billing power and supplier cost as households (single-rate green 8.4119, blue 12.6178, billing power
 * 60.8947, supplier cost 160.6695), and seeds/001 prints zones on the business bill too.
 * Assumption: the rest of its 2025 list (VT/NT, red zone) and the whole 2023 - 2025 list equal the
 * household ones as well; only the household prices are in our sources.
 */
export const epsCommercialTariffs: readonly EpsCommercialTariff[] = epsHouseholdTariffs.map(
  ({ code: _code, onTimeDiscountRate: _rate, onTimeDiscountRateEBill: _eBillRate, ...prices }) => ({
    ...prices,
    code: 'EPS_COMMERCIAL',
    source: `${prices.source}; široka potrošnja assumed equal to households`,
  }),
);

const fees = {
  // The renewables and energy-efficiency fees, excise and VAT are owed on every kWh of final consumption,
  // business or household (DOMAIN.md gives the rates).
  renewablesFeePerKwh: '0.801',
  efficiencyFeePerKwh: '0.015',
  exciseRate: '7.5',
  vatRate: '20',
  // Metodologija: reactive energy beyond cos φ = 0.95 is excess ("prekomerna reaktivna energija").
  powerFactor: '0.95',
} as const;

export const epsPowerMeteringTariffs: readonly EpsPowerMeteringTariff[] = [
  {
    code: 'EPS_POWER_METERING',
    validFrom: '2023-11-01',
    validTo: '2025-09-30',
    // Assumption: no source for this list. The 2025 prices below scaled back by the household ratios
    // (energy 9.1092 / 9.6136, billing power 54.258 / 60.8947); replace when the supplier confirms.
    source: 'ASSUMPTION: Sl. glasnik RS 76/2025 prices scaled by the household 2023/2025 ratios',
    energy: { VT: '13.6015', NT: '4.5338' },
    billingPowerPerKw: '173.6256',
    excessPowerPerKw: '694.5021',
    reactivePerKvarh: '1.1138',
    excessReactivePerKvarh: '2.2276',
    supplierCostPerMonth: '160.67',
    ...fees,
  },
  {
    code: 'EPS_POWER_METERING',
    validFrom: '2025-10-01',
    validTo: null,
    source: 'Odluka o regulisanoj ceni, Sl. glasnik RS 76/2025, 3. Potrošnja na niskom naponu',
    energy: { VT: '14.3547', NT: '4.7849' },
    billingPowerPerKw: '194.863',
    excessPowerPerKw: '779.4518',
    reactivePerKvarh: '1.1755',
    excessReactivePerKvarh: '2.3509',
    supplierCostPerMonth: '160.6695',
    ...fees,
  },
];
