// The description of a bill line in the reader's language. The billing system prints descriptions in
// Serbian Cyrillic; Serbian Latin is their transliteration, and English is written here from the line's
// machine fields (kind, zone, register), since translating the Cyrillic words themselves would be guessing.
import { textInScript, transliterateCyrillicToLatin, type BillLine, type Locale } from '@portal/contract';
import { wordlessParts } from '@portal/domain';

const kinds: Record<string, string> = {
  billing_power: 'Billing power',
  excess_power: 'Excess power',
  supplier_cost: 'Guaranteed supplier cost',
  energy: 'Active energy',
  energy_and_power: 'Energy and power',
  discount: 'On-time payment discount',
  renewables_fee: 'Renewable energy incentive fee',
  efficiency_fee: 'Energy efficiency fee',
  distribution_access: 'Distribution system access',
  metering_point_fee: 'Metering point fee',
  excise_base: 'Excise duty base',
  excise: 'Excise duty',
  vat_base: 'VAT base',
  vat: 'VAT',
  vulnerable_reduction: 'Reduction for a vulnerable customer',
  period_charge: 'Charge for the billing period',
  tv_fee: 'Public media service fee',
  reactive_energy: 'Reactive energy',
  excess_reactive_energy: 'Excess reactive energy',
  active_power: 'Maximum active power',
  network_fee: 'Network fee',
  interest: 'Interest',
  correction: 'Correction',
  supply_fee: 'Supply service fee',
  common_consumption: 'Common consumption',
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

const zones: Record<NonNullable<BillLine['zone']>, string> = {
  green: 'Green zone',
  blue: 'Blue zone',
  red: 'Red zone',
  band_i: 'Band I',
  band_ii: 'Band II',
  band_iii: 'Band III',
};

const registers: Record<NonNullable<BillLine['register']>, string> = {
  vt: 'high tariff (VT)',
  nt: 'low tariff (NT)',
  single: 'single tariff',
  reactive_vt: 'high tariff (VT)',
  reactive_nt: 'low tariff (NT)',
  power: '',
};

/**
 * ERS's energy totals (seeds/004 fields 16a, 16b; 16 on a single-rate meter) are subtotals with no
 * register of their own: the field's code says which tariff element's bands they add up.
 */
const ersEnergyTotals: Record<string, string> = {
  '16a': 'Energy, high tariff (VT), bands I–III',
  '16b': 'Energy, low tariff (NT), bands I–III',
  '16': 'Energy, single tariff, bands I–III',
};

function english(line: BillLine): string | null {
  const ersTotal = line.kind === 'energy_total' ? ersEnergyTotals[line.code] : undefined;
  if (ersTotal) return ersTotal;
  const reactive = line.register === 'reactive_vt' || line.register === 'reactive_nt';
  // the heading of the energy item (printedRows) names the whole, as the web page does
  const heading = line.kind === 'energy' && !line.zone && !line.register;
  const base =
    line.kind === 'energy' && reactive
      ? kinds.reactive_energy
      : heading
        ? 'Electricity consumed'
        : kinds[line.kind];
  if (base === undefined) return null;
  // a charge per kW whose kind does not say so (ERS's network fee on the billing power, OS) says it here
  const perKw = line.register === 'power' && !line.kind.includes('power');
  const qualifier = perKw ? 'billing power' : line.register ? registers[line.register] : '';
  const head =
    line.kind === 'energy' && line.zone
      ? `${zones[line.zone]}, ${qualifier}`
      : qualifier
        ? `${base}, ${qualifier}`
        : base;
  return [head, ...wordlessParts(line.description)].join(' ');
}

export function lineDescription(line: BillLine, locale: Locale): string {
  if (locale === 'sr-Cyrl') return textInScript(line.description, locale);
  // A kind this table does not know yet still reads in Latin script rather than in Cyrillic.
  if (locale === 'en') return english(line) ?? transliterateCyrillicToLatin(line.description);
  return transliterateCyrillicToLatin(line.description);
}

const units: Record<Locale, Record<string, string>> = {
  'sr-Cyrl': { month: 'мес.' },
  'sr-Latn': { month: 'mes.' },
  en: { month: 'month' },
};

/** kWh, kW, kvarh and % are the same in every language; "month" is not. */
export function unitLabel(unit: string | null, locale: Locale): string {
  if (unit === null) return '';
  return units[locale][unit] ?? unit;
}
