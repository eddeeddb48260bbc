// Names of a bill's printed lines in the interface language. The billing system prints them in Serbian
// Cyrillic: Latin script gets them transliterated, English gets a name by the line's kind.
import {
  transliterateCyrillicToLatin,
  type BillLine,
  type Locale,
  type OnTimeDiscountState,
} from '@portal/contract';

const englishKinds: Record<string, string> = {
  energy: 'Energy',
  billing_power: 'Billing power',
  excess_power: 'Excess power',
  supplier_cost: 'Guaranteed supplier cost (metering point fee)',
  supply_fee: 'Supply service fee',
  network_fee: 'Network fee',
  common_consumption: 'Common consumption',
  discount: 'On-time payment discount',
  vulnerable_reduction: 'Reduction for an energy-vulnerable customer',
  renewables_fee: 'Renewable energy fee',
  efficiency_fee: 'Energy efficiency fee',
  excise_base: 'Excise base',
  excise: 'Excise duty',
  vat_base: 'VAT base',
  vat: 'VAT',
  period_charge: 'Charge for the billing period',
  tv_fee: 'TV fee',
  reactive_energy: 'Reactive energy',
  correction: 'Correction',
  // ERS and EPCG items (seeds/004, seeds/003)
  energy_total: 'Energy',
  charges_total: 'Energy, network fee and renewables fee',
  bill_total: 'Amount with VAT',
  network_capacity: 'Network capacity',
  network_losses: 'Network losses',
  network_fixed: 'Fixed part of the network capacity',
  market_operator_fee: 'Market operator fee',
  social_subsidy: 'Social subsidy',
};
const englishZones: Record<string, string> = {
  green: 'green zone',
  blue: 'blue zone',
  red: 'red zone',
  band_i: 'band I',
  band_ii: 'band II',
  band_iii: 'band III',
};
const englishRegisters: Record<string, string> = {
  vt: 'VT',
  nt: 'NT',
  single: 'single rate',
  reactive_vt: 'reactive VT',
  reactive_nt: 'reactive NT',
  power: 'power',
};

export function lineLabel(line: BillLine, locale: Locale): string {
  if (locale === 'sr-Cyrl') return line.description;
  if (locale === 'sr-Latn') return transliterateCyrillicToLatin(line.description);
  const name = englishKinds[line.kind];
  if (!name) return transliterateCyrillicToLatin(line.description);
  const detail = [line.zone && englishZones[line.zone], line.register && englishRegisters[line.register]]
    .filter(Boolean)
    .join(', ');
  return detail ? `${name} (${detail})` : name;
}

/** The explanation (explain.* key) of a line, by its kind. */
export function lineExplanation(kind: string): string | undefined {
  const keys: Record<string, string> = {
    energy: 'energy',
    billing_power: 'billingPower',
    supplier_cost: 'meteringPointFee',
    discount: 'discount',
    vat_base: 'vatBase',
    vat: 'vat',
    excise_base: 'excise',
    excise: 'excise',
    renewables_fee: 'fees',
    efficiency_fee: 'fees',
    period_charge: 'periodCharge',
    tv_fee: 'tvFee',
  };
  return keys[kind];
}

/**
 * The bill page's message about the on-time discount offer, by where the API says it stands on the
 * app's clock; null when the bill offers none. A lapsed offer must not read as a promise.
 */
export function discountMessageKey(state: OnTimeDiscountState): string | null {
  const keys: Record<OnTimeDiscountState, string | null> = {
    none: null,
    offered: 'bill.discountNotice',
    earned: 'bill.discountEarned',
    lapsed: 'bill.discountLapsed',
  };
  return keys[state];
}
