// EPS household prices on guaranteed supply (DOMAIN.md, with sources).
import type { DatedValue, EpsHouseholdTariff } from './types.js';

const fees = {
  renewablesFeePerKwh: '0.801',
  efficiencyFeePerKwh: '0.015',
  exciseRate: '7.5',
  vatRate: '20',
  onTimeDiscountRate: '5',
} as const;

export const epsHouseholdTariffs: readonly EpsHouseholdTariff[] = [
  {
    code: 'EPS_HOUSEHOLD',
    validFrom: '2023-11-01',
    validTo: '2025-09-30',
    source: 'EPS price list in force 1.11.2023 - 30.9.2025 (vreme.com; kurir.rs)',
    energy: {
      GREEN: { VT: '9.1092', NT: '2.2773', SINGLE: '7.97' },
      BLUE: { VT: '13.6638', NT: '3.416', SINGLE: '11.955' },
      RED: { VT: '27.3276', NT: '6.8319', SINGLE: '23.911' },
    },
    zoneLimits: { green: 350, blue: 1600 },
    billingPowerPerKw: '54.258',
    supplierCostPerMonth: '160.67',
    ...fees,
    // No e-bill discount before October 2025.
    onTimeDiscountRateEBill: '5',
  },
  {
    code: 'EPS_HOUSEHOLD',
    validFrom: '2025-10-01',
    validTo: null,
    source: 'Odluka o ceni, Sl. glasnik RS 76/2025',
    energy: {
      GREEN: { VT: '9.6136', NT: '2.4034', SINGLE: '8.4119' },
      BLUE: { VT: '14.4203', NT: '3.6051', SINGLE: '12.6178' },
      // Assumption: the red single-rate price is not in our sources; twice the blue one, the ratio
      // that holds in the 2023 list (23.911 = 2 x 11.955). Replace when the supplier confirms.
      RED: { VT: '28.8407', NT: '7.2102', SINGLE: '25.2356' },
    },
    zoneLimits: { green: 350, blue: 1200 },
    billingPowerPerKw: '60.8947',
    supplierCostPerMonth: '160.6695',
    ...fees,
    onTimeDiscountRateEBill: '7',
  },
];

/**
 * TV fee (taksa za javni medijski servis) collected on the electricity bill, RSD per month.
 * Assumption: 349 from 1.1.2025; DOMAIN.md only says "from the 2024 amendment".
 */
export const tvFees: readonly DatedValue[] = [
  { validFrom: '2022-01-01', value: '299' },
  { validFrom: '2025-01-01', value: '349' },
];

/** The dated value in force on a day: the entry with the latest `validFrom` on or before it. */
export function valueOn(table: readonly DatedValue[], date: string): string {
  let found: DatedValue | undefined;
  for (const entry of table) {
    if (entry.validFrom <= date && (!found || entry.validFrom > found.validFrom)) found = entry;
  }
  if (!found) throw new Error(`no value in force on ${date}`);
  return found.value;
}
