// The English names of a bill's lines, one table for the bill page and the PDF. The billing system prints
// descriptions in Serbian Cyrillic only; English is named from the line's machine fields (kind, zone),
// since translating the Cyrillic words themselves would be guessing. Each side phrases the register and
// puts the parts together its own way (apps/web bill-labels.ts, apps/api bills/pdf/line-labels.ts).
import type { mixedHeadingKind } from './printed-rows.js';
import type { Band, BillLine, Zone } from './types.js';

/** By line kind; a kind missing here is a type error, so a new kind cannot reach English unnamed. */
export const englishLineKindNames: Readonly<Record<BillLine['kind'] | typeof mixedHeadingKind, string>> = {
  energy: 'Active energy',
  billing_power: 'Billing power',
  excess_power: 'Excess power',
  supplier_cost: 'Guaranteed supplier cost',
  discount: 'On-time payment discount',
  renewables_fee: 'Renewable energy incentive fee',
  efficiency_fee: 'Energy efficiency fee',
  distribution_access: 'Distribution system access',
  excise_base: 'Excise duty base',
  excise: 'Excise duty',
  vat_base: 'VAT base',
  vat: 'VAT',
  vulnerable_reduction: 'Reduction for an energy-vulnerable customer',
  period_charge: 'Charge for the billing period',
  tv_fee: 'Public media service fee',
  reactive_energy: 'Reactive energy',
  excess_reactive_energy: 'Excess reactive energy',
  // the heading over the energy and power lines of a power-metering bill (printedRows)
  energy_and_power: 'Energy and power',
  // ERS and EPCG items (seeds/004, seeds/003)
  energy_total: 'Energy',
  network_fee: 'Network fee',
  supply_fee: 'Supply service fee',
  common_consumption: 'Common consumption',
  charges_total: 'Energy, network fee and renewables fee',
  bill_total: 'Amount with VAT',
  network_capacity: 'Network capacity',
  network_losses: 'Network losses',
  network_fixed: 'Fixed part of the network capacity',
  market_operator_fee: 'Market operator fee',
  correction: 'Correction',
  social_subsidy: 'Social subsidy',
};

/** The heading of the energy item over its zones and tariffs (printedRows): the energy as a whole. */
export const englishEnergyHeading = 'Electricity consumed';

/** EPS's zones and ERS's bands, keyed as the API writes them (lower case), in running text. */
export const englishZoneNames: Readonly<Record<Lowercase<Zone | Band>, string>> = {
  green: 'green zone',
  blue: 'blue zone',
  red: 'red zone',
  band_i: 'band I',
  band_ii: 'band II',
  band_iii: 'band III',
};

/** English name of a line kind; undefined for a kind the table does not know (the API's kind is text). */
export function englishLineKindName(kind: string): string | undefined {
  return Object.hasOwn(englishLineKindNames, kind)
    ? englishLineKindNames[kind as keyof typeof englishLineKindNames]
    : undefined;
}
