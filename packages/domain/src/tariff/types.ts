export type Zone = 'GREEN' | 'BLUE' | 'RED';
export type Register = 'VT' | 'NT' | 'SINGLE';

/** One EPS household price list, in force from validFrom to validTo (inclusive; null = open). */
export interface EpsHouseholdTariff {
  code: 'EPS_HOUSEHOLD';
  validFrom: string;
  validTo: string | null;
  source: string;
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
  onTimeDiscountRate: string;
  onTimeDiscountRateEBill: string;
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
    | 'excise_base'
    | 'excise'
    | 'vat_base'
    | 'vat'
    | 'vulnerable_reduction'
    | 'period_charge'
    | 'tv_fee';
  description: string;
  zone: Zone | null;
  register: Register | null;
  quantity: string | null;
  unit: 'kWh' | 'kW' | 'month' | '%' | null;
  unitPrice: string | null;
  /** para */
  amount: number;
  /** tax bases and the charge for the period: shown, but not part of the sum that makes the total */
  isSubtotal: boolean;
}
