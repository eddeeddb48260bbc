// A tariff version as rows of the versioned rate table (tariff_rate) and back, so the database holds
// the same prices the engine uses.
import type { EpsCommercialTariff, EpsHouseholdTariff, Register, Zone } from './types.js';

export interface TariffRate {
  component: string;
  zone: Zone | null;
  register: Register | null;
  /** unique within a version: component[:zone[:register]] */
  key: string;
  value: string;
  unit: string;
}

const zones: Zone[] = ['GREEN', 'BLUE', 'RED'];
const registers: Register[] = ['VT', 'NT', 'SINGLE'];

const scalarRates = [
  ['billing_power', 'billingPowerPerKw', 'RSD/kW/month'],
  ['supplier_cost', 'supplierCostPerMonth', 'RSD/month'],
  ['renewables_fee', 'renewablesFeePerKwh', 'RSD/kWh'],
  ['efficiency_fee', 'efficiencyFeePerKwh', 'RSD/kWh'],
  ['excise_rate', 'exciseRate', '%'],
  ['vat_rate', 'vatRate', '%'],
  ['on_time_discount', 'onTimeDiscountRate', '%'],
  ['on_time_discount_ebill', 'onTimeDiscountRateEBill', '%'],
] as const satisfies readonly (readonly [string, keyof EpsHouseholdTariff, string])[];

/** The rows of a zoned EPS price list; the on-time discount rates only where the tariff has them. */
export function epsTariffRates(tariff: EpsHouseholdTariff | EpsCommercialTariff): TariffRate[] {
  const rates: TariffRate[] = [];
  for (const zone of zones) {
    for (const register of registers) {
      rates.push({
        component: 'energy',
        zone,
        register,
        key: `energy:${zone}:${register}`,
        value: tariff.energy[zone][register],
        unit: 'RSD/kWh',
      });
    }
  }
  rates.push({
    component: 'zone_limit',
    zone: 'GREEN',
    register: null,
    key: 'zone_limit:GREEN',
    value: String(tariff.zoneLimits.green),
    unit: 'kWh/30 days',
  });
  rates.push({
    component: 'zone_limit',
    zone: 'BLUE',
    register: null,
    key: 'zone_limit:BLUE',
    value: String(tariff.zoneLimits.blue),
    unit: 'kWh/30 days',
  });
  for (const [component, field, unit] of scalarRates) {
    const value = (tariff as Partial<EpsHouseholdTariff>)[field];
    if (typeof value === 'string')
      rates.push({ component, zone: null, register: null, key: component, value, unit });
  }
  return rates;
}

export function epsTariffFromRates(
  version: Pick<EpsHouseholdTariff, 'validFrom' | 'validTo' | 'source'>,
  rates: readonly Pick<TariffRate, 'key' | 'value'>[],
): EpsHouseholdTariff {
  const byKey = new Map(rates.map((r) => [r.key, normalise(r.value)]));
  const get = (key: string) => {
    const value = byKey.get(key);
    if (value === undefined) throw new Error(`tariff version ${version.validFrom} has no rate "${key}"`);
    return value;
  };
  const energy = Object.fromEntries(
    zones.map((zone) => [
      zone,
      Object.fromEntries(registers.map((register) => [register, get(`energy:${zone}:${register}`)])),
    ]),
  ) as EpsHouseholdTariff['energy'];
  const scalars = Object.fromEntries(scalarRates.map(([component, field]) => [field, get(component)]));
  return {
    code: 'EPS_HOUSEHOLD',
    ...version,
    energy,
    zoneLimits: { green: Number(get('zone_limit:GREEN')), blue: Number(get('zone_limit:BLUE')) },
    ...(scalars as Pick<EpsHouseholdTariff, (typeof scalarRates)[number][1]>),
  };
}

/** "9.613600" (a numeric column) -> "9.6136" */
function normalise(value: string): string {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}
