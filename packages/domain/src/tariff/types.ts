export type Zone = 'GREEN' | 'BLUE' | 'RED';
/** ERS consumption bands (opsezi potrošnje, seeds/004) */
export type Band = 'BAND_I' | 'BAND_II' | 'BAND_III';
export type Register = 'VT' | 'NT' | 'SINGLE';
/** what a printed line is priced by (the database's tariff_register): active, reactive energy, power */
export type LineRegister = Register | 'REACTIVE_VT' | 'REACTIVE_NT' | 'POWER';

/** A price list in force from validFrom to validTo (inclusive; null = open). */
export interface DatedTariff {
  validFrom: string;
  validTo: string | null;
  source: string;
}

/**
 * An EPS price list with green/blue/red zones: the household one, and the one of "široka potrošnja"
 * (small businesses on 0.4 kV without power metering), which the price decision prices with the same zones.
 */
export interface EpsZonedTariff extends DatedTariff {
  /** RSD per kWh without VAT */
  energy: Record<Zone, Record<Register, string>>;
  /** upper limits of the green and blue zones for 30 days, kWh */
  zoneLimits: { green: number; blue: number };
  /** RSD per kW of billing power per month */
  billingPowerPerKw: string;
  /** guaranteed supplier cost, RSD per month */
  supplierCostPerMonth: string;
  renewablesFeePerKwh: string;
  efficiencyFeePerKwh: string;
  /** percentages */
  exciseRate: string;
  vatRate: string;
}

export interface EpsHouseholdTariff extends EpsZonedTariff {
  code: 'EPS_HOUSEHOLD';
  onTimeDiscountRate: string;
  onTimeDiscountRateEBill: string;
}

/** "Široka potrošnja" without power metering (small businesses on 0.4 kV): zones, no discounts. */
export interface EpsCommercialTariff extends EpsZonedTariff {
  code: 'EPS_COMMERCIAL';
}

/** "Potrošnja na niskom naponu": customers with power metering (seeds/001, third layout). */
export interface EpsPowerMeteringTariff extends DatedTariff {
  code: 'EPS_POWER_METERING';
  /** RSD per kWh without VAT; dual-rate metering only */
  energy: { VT: string; NT: string };
  /** RSD per kW of billing power per month */
  billingPowerPerKw: string;
  /** RSD per kW of measured power above the approved power, per month */
  excessPowerPerKw: string;
  /** RSD per kvarh up to the limit of the power factor, and above it */
  reactivePerKvarh: string;
  excessReactivePerKvarh: string;
  /** cos φ below which reactive energy is excess: "0.95" */
  powerFactor: string;
  supplierCostPerMonth: string;
  renewablesFeePerKwh: string;
  efficiencyFeePerKwh: string;
  exciseRate: string;
  vatRate: string;
}

/** ERS household price list (seeds/004), KM without VAT. */
export interface ErsHouseholdTariff extends DatedTariff {
  code: 'ERS_HOUSEHOLD';
  /** KM per kWh by consumption band and tariff (AVT = VT, AMT = NT) */
  energy: Record<Band, Record<Register, string>>;
  /** upper limits of bands I and II, kWh per 30 days (or per bill, see ErsRules) */
  bandLimits: { bandI: number; bandII: number };
  /** transmission and distribution network fee: KM per kWh by tariff, KM per kW of billing power a month */
  networkPerKwh: Record<Register, string>;
  networkPerKw: string;
  renewablesFeePerKwh: string;
  /** KM per month */
  supplyFeePerMonth: string;
  vatRate: string;
}

/** EPCG (Montenegro) price list (seeds/003), EUR without VAT. */
export interface EpcgTariff extends DatedTariff {
  code: 'EPCG';
  /** items 1-3: active energy, EUR per kWh */
  activeEnergy: Record<Register, string>;
  /** items 4, 5: reactive energy, EUR per kvarh (never billed to households) */
  reactivePerKvarh: string;
  /** item 10: EUR per kW of billing power a month (customers with power metering only) */
  billingPowerPerKw: string;
  /** item 12: transmission and distribution capacity, EUR per kWh by tariff */
  networkCapacityPerKwh: Record<Register, string>;
  /** items 15, 16: network losses, EUR per kWh by tariff */
  lossesPerKwh: Record<Register, string>;
  /** item 26 */
  renewablesFeePerKwh: string;
  /** item 22: fixed part of the network capacity, EUR a month, the same for every low-voltage customer */
  networkFixedPerMonth: string;
  /** item 23: market operator (COTEE) fee, EUR per kWh */
  marketOperatorFeePerKwh: string;
  /** item 31: discounts on active energy, % */
  discountRates: { regular: string; goldenTeam: string };
  /** items 33-35: social subsidy, % of the bill up to the ceiling, else the ceiling's share off */
  subsidy: { rate: string; ceiling: string };
  vatRate: string;
}

/** A dated value (TV fee, NBS reference rate): in force from `validFrom` until the next entry. */
export interface DatedValue {
  validFrom: string;
  value: string;
}

export interface BillLine {
  /** the layout's own line number: "1", "3", "8" ... */
  code: string;
  kind:
    | 'billing_power'
    | 'supplier_cost'
    | 'energy'
    | 'discount'
    | 'renewables_fee'
    | 'efficiency_fee'
    // line 7, prosumers only
    | 'distribution_access'
    | 'excise_base'
    | 'excise'
    | 'vat_base'
    | 'vat'
    | 'vulnerable_reduction'
    | 'period_charge'
    | 'tv_fee'
    // EPS business layouts
    | 'excess_power'
    | 'reactive_energy'
    | 'excess_reactive_energy'
    // ERS layout (seeds/004)
    | 'energy_total'
    | 'network_fee'
    | 'supply_fee'
    | 'common_consumption'
    | 'charges_total'
    | 'bill_total'
    // EPCG layout (seeds/003)
    | 'network_capacity'
    | 'network_losses'
    | 'network_fixed'
    | 'market_operator_fee'
    | 'correction'
    | 'social_subsidy';
  description: string;
  zone: Zone | Band | null;
  register: LineRegister | null;
  quantity: string | null;
  unit: 'kWh' | 'kvarh' | 'kW' | 'month' | '%' | null;
  unitPrice: string | null;
  /** para (RSD bills), fening (KM bills) or cent (EUR bills): 1/100 of the bill's currency */
  amount: number;
  /** tax bases and the charge for the period: shown, but not part of the sum that makes the total */
  isSubtotal: boolean;
}
