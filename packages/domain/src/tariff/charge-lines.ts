// The charge lines of an EPS bill priced by zones (household, and "široka potrošnja" businesses): billing
// power, guaranteed supplier cost, energy by zone and tariff, renewables and energy-efficiency fees. The
// layouts number them differently; the household numbers are the defaults.
import { registerNames, zoneNames } from './bill-line.js';
import { energyFeeLines, energyLinesOf, monthlyItemLines, supplierCostItem } from './line-builders.js';
import type { PricedSegment } from './priced-segments.js';
import type { TariffRules } from './rules.js';
import type { BillLine, EpsZonedTariff, Zone } from './types.js';

/** Where each charge stands on the printed bill. */
export interface ZonedChargeCodes {
  billingPower: string;
  supplierCost: string;
  energy: string;
  renewablesFee: string;
  efficiencyFee: string;
}

/** Lines 1, 2, 3, 5 and 6 of the 2026 household bill (DOMAIN.md). */
export const householdChargeCodes: ZonedChargeCodes = {
  billingPower: '1',
  supplierCost: '2',
  energy: '3',
  renewablesFee: '5',
  efficiencyFee: '6',
};

/** Billing power, then the guaranteed supplier cost: a month each for a normal period whatever its days. */
export function monthlyLines<T extends EpsZonedTariff>(
  segments: PricedSegment<T>[],
  billingPowerKw: string,
  rules: TariffRules,
  codes: ZonedChargeCodes = householdChargeCodes,
): BillLine[] {
  return [
    ...monthlyItemLines(segments, rules, {
      code: codes.billingPower,
      kind: 'billing_power',
      description: 'Обрачунска снага',
      kw: billingPowerKw,
      price: (t) => t.billingPowerPerKw,
    }),
    ...monthlyItemLines(segments, rules, supplierCostItem(codes.supplierCost)),
  ];
}

/** One sub-line per zone and tariff with any kWh. */
export function energyLines<T extends EpsZonedTariff>(
  segments: PricedSegment<T>[],
  codes: ZonedChargeCodes = householdChargeCodes,
): BillLine[] {
  return energyLinesOf(segments, {
    code: () => codes.energy,
    blocks: (s) => s.zones,
    price: (s, block, register) => s.tariff.energy[block.zone as Zone][register],
    name: (block, register) => `${zoneNames[block.zone as Zone]} ${registerNames[register]}`,
  });
}

/** Fees on every kWh of the period. */
export function perKwhFeeLines<T extends EpsZonedTariff>(
  segments: PricedSegment<T>[],
  codes: ZonedChargeCodes = householdChargeCodes,
): BillLine[] {
  return energyFeeLines(
    segments,
    (s) => ({ kwh: s.zones.reduce((acc, z) => acc + z.kwh, 0), vt: null, nt: null }),
    codes,
  );
}
